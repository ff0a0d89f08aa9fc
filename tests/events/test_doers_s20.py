"""Doers of attacks, session 20 round 3 (sentences written for these tests, not taken from the eval sets).

- The doer of a deadly operation after a quoted victims' party (من عناصر جماعة «X» ... في العمليات التي
  تقوم بها Y): Y is the actor; a party between that is not the victims' side still blocks it.
- A weapon's launcher in a relative clause on it (صاروخ مصدره قوات النظام، قذيفة أطلقها مقاتلو المعارضة): the side
  that fired it attacked; a weapon whose launcher is not named gives no actor.
"""
from tests.events.helpers_parties import countries as _countries, events_of as _events, show as _pairs


def test_rocket_whose_source_is_regime_forces():  # (a regression guard: other rules find it alone too)
    evs = _events("قتل تسعة مدنيين أمس إثر سقوط صاروخ مصدره قوات النظام السوري على سوق شعبي في مدينة إدلب.", "ASSAULT")
    assert evs and any("SYR" in _countries(e.actor) for e in evs), _pairs(evs)


def test_shell_fired_by_opposition_fighters_far_from_trigger():
    evs = _events("قتل أربعة مدنيين بينهم طفلان أمس في حي الميدان إثر سقوط قذيفة هاون أطلقها مقاتلو "
                  "المعارضة على مدينة دمشق.", "ASSAULT")
    assert evs and any("SYR" in _countries(e.actor) for e in evs), _pairs(evs)


def test_weapon_without_named_launcher_gives_no_actor():
    evs = _events("قتل أربعة مدنيين أمس إثر سقوط قذيفة مجهولة المصدر على سوق شعبي في مدينة حلب.", "ASSAULT")
    assert all(not any(a.country for a in e.actor) for e in evs), _pairs(evs)


def test_operation_doer_after_quoted_victims_party():
    # the men killed are "من عناصر جماعة «X»": X is their side, not a doer; the clause's doer did the killing
    evs = _events("قتل العشرات من عناصر جماعة «بوكو حرام» المتشددة واعتقل عشرة آخرون في العمليات العسكرية التي تقوم "
                  "بها القوات النيجيرية في شمال شرق البلاد.", "ASSAULT")
    assert evs and any("NGA" in _countries(e.actor) for e in evs), _pairs(evs)


def test_party_between_that_is_not_the_victims_blocks_operation_doer():
    evs = _events("قتل خمسة مدنيين قرب مواقع تسيطر عليها حركة «الشباب» المتشددة في العمليات العسكرية التي تقوم بها "
                  "القوات الكينية في الصومال.", "ASSAULT")
    assert all("KEN" not in _countries(e.actor) for e in evs), _pairs(evs)

"""The other side of a one-sided meeting found in the meeting's own phrase (hadath/events/meeting_parties.py;
sentences written for these tests, not taken from the eval sets).

- The phrase goes on past the subject, a time and a place to مع / بين: the parties listed there are the meeting's.
- A verbal noun with its doer's pronoun (خلال لقائه اليوم X) has the one met as its object.
- A dual owner (بعد لقائهما) names both sides: the other one is the single other country named before it.
- Not when a topic (العلاقات، التعاون) or a purpose (لبحث) comes first: those parties are the topic's; a planned
  meeting keeps its future aux.
- Guards (session 20): the setting slot only for a meeting whose own phrase names no side (no بين/مع list, no
  destination); the partner slot takes the one named right after مع (honorifics, ranks, counts between) and those
  coordinated with it, not a place, a posting or a party after them.
"""
import pytest

from hadath import extract
from hadath.document import Event
from hadath.events import meeting_parties
from hadath.events.meeting_parties import meeting_sides

ALL_SLOTS = frozenset(("joint", "object", "setting", "partner"))


@pytest.fixture
def all_slots(monkeypatch):
    """The setting and partner slots are off by default (session 19: wrong in both validation fires; session 20,
    guarded: still one false event on test); their finders are still tested with every slot switched on."""
    monkeypatch.setattr(meeting_parties, "SLOTS", ALL_SLOTS)


def _consults(text):
    return [e for e in extract(text, date="2015-08-01").events if e.type == "CONSULT"]


def _pairs(text):
    return {(frozenset(a.country for a in e.actor), frozenset(a.country for a in e.recipient)) for e in _consults(text)}


def test_partner_after_place_and_comma(all_slots):
    text = ("اجتمع معالي وزير الخارجية الأستاذ ناصر جودة أمس في فرع وزارة الخارجية بالعقبة, "
            "مع معالي وزير خارجية الجمهورية التونسية.")
    assert (frozenset({"JOR"}), frozenset({"TUN"})) in _pairs(text), _pairs(text)


def test_dual_owner_takes_the_addressee(all_slots):
    text = "وأكد الرئيس الفرنسي لنظيره المغربي، أن بلاده ملتزمة بدعم التنمية، وذلك بعد لقائهما في الرباط."
    assert (frozenset({"FRA"}), frozenset({"MAR"})) in _pairs(text), _pairs(text)


def test_dual_owner_with_counterpart_named_once(all_slots):
    text = ("أكد وزير الخارجية الياباني كيشيدا لنظيره الكوري يون، أنّ بلاده ستعمل على تحسين العلاقات، "
            "بعد لقائهما على هامش قمة آسيان.")
    assert (frozenset({"JPN"}), frozenset({"KOR"})) in _pairs(text), _pairs(text)


def test_object_of_verbal_noun_with_doer_pronoun():
    text = ("ودعا الرئيس التونسي خلال لقائه اليوم مبعوث الأمين العام للأمم المتحدة إلى ليبيا، في تونس "
            "الى زيارة مدينة صفاقس.")
    assert (frozenset({"TUN"}), frozenset({"IGO"})) in _pairs(text), _pairs(text)


def test_relations_discussed_are_not_the_meeting():
    text = "وأعلنت الحكومة الأردنية أن الاجتماع الذي عقد أمس تناول العلاقات بين تونس والجزائر."
    assert not any("DZA" in r or "DZA" in a for a, r in _pairs(text)), _pairs(text)


def test_purpose_ends_the_phrase():
    text = "واجتمع وزير الخارجية الأردني أمس في عمان لبحث التعاون بين الأردن والعراق."
    assert not any("IRQ" in r for _, r in _pairs(text)), _pairs(text)


def test_dual_owner_needs_one_other_country(all_slots):
    text = "أكد وزير الخارجية الفرنسي أن بلاده تدعم الحكومة الهندية والحكومة المصرية، بعد لقائهما في باريس."
    assert not any(r for _, r in _pairs(text)), _pairs(text)


def test_planned_meeting_keeps_future(all_slots):
    text = ("سيجتمع معالي وزير الخارجية الأستاذ ناصر جودة غدا في فرع وزارة الخارجية بالعقبة, "
            "مع معالي وزير خارجية الجمهورية التونسية.")
    evs = [e for e in _consults(text) if {a.country for a in e.recipient} == {"TUN"}]
    assert evs and all(e.aux == "future" for e in evs), [(e.aux, e.recipient) for e in _consults(text)]


def test_meeting_sides_none_without_a_party_word():
    doc = extract("اجتمع وزير الخارجية الأردني أمس في عمان.", date="2015-08-01")
    for ev in doc.events:
        assert meeting_sides(doc, ev) is None


def test_setting_of_a_statement_takes_the_addressee(all_slots):
    text = ("وقالت دول الاتحاد الأوروبي لوزير الخارجية الصيني أمس في بداية محادثات بروكسل، "
            "إن التجارة يجب أن تبقى مفتوحة.")
    assert (frozenset({"IGO"}), frozenset({"CHN"})) in _pairs(text), _pairs(text)


def test_object_after_title_and_name():
    text = "وأشاد الرئيس التونسي بالتعاون الثنائي، وذلك خلال استقباله أمس الدكتور أحمد يوسف وزير الخارجية الليبي."
    assert (frozenset({"TUN"}), frozenset({"LBY"})) in _pairs(text), _pairs(text)


def test_joint_list_with_member_states_read_as_places():
    text = "وبدأت في الرباط أمس جولة المفاوضات الجديدة التي تستمر يومين بين وزراء الطاقة في المغرب، الجزائر وتونس."
    assert (frozenset({"MAR"}), frozenset({"DZA", "TUN"})) in _pairs(text), _pairs(text)


def test_city_in_the_list_is_no_side():
    text = "وبدأت أمس جولة المفاوضات الجديدة التي تستمر يومين بين وزراء الطاقة في المغرب والجزائر في جنيف."
    assert not any("CHE" in a | r for a, r in _pairs(text)), _pairs(text)


def test_partner_named_by_a_bare_term_is_unknown(all_slots):
    text = "ونقل وزير الخارجية الأردني أمس خلال لقائه مع مسؤولين من العراق وسوريا رسالة من الملك."
    assert not any(r & {"IRQ", "SYR"} for _, r in _pairs(text)), _pairs(text)


def test_gathering_clause_names_the_other_side_not_those_attending():
    from dataclasses import replace

    text = ("وفي محاولة لإقناع الحكومة العراقية، كشف مصدر عن اجتماع في العقبة قبل أيام، ضم وزير الداخلية العراقي "
            "بمسؤولين أردنيين، بحضور مسؤولين أتراك.")
    doc = extract(text, date="2015-08-01")
    ev = next(e for e in doc.events if e.type == "CONSULT")
    one_sided = replace(ev, actor=[a for a in ev.actor if a.country == "IRQ"], recipient=[])
    actor, recipient, slot = meeting_sides(doc, one_sided)
    assert {a.country for a in recipient} == {"JOR"} and slot == "joint", (recipient, slot)


def test_setting_and_partner_slots_are_off_by_default():
    text = "وأكد الرئيس الفرنسي لنظيره المغربي، أن بلاده ملتزمة بدعم التنمية، وذلك بعد لقائهما في الرباط."
    assert (frozenset({"FRA"}), frozenset({"MAR"})) not in _pairs(text), _pairs(text)


def test_an_unused_slot_does_not_hide_the_joint_list():
    # the setting slot (off by default) would answer first: the بين/جمع list after the meeting must still be read
    text = ("وأكد الرئيس الفرنسي لنظيره المغربي أن بلاده ملتزمة بدعم التنمية، وذلك بعد اللقاء الذي جمع الرئيس "
            "الفرنسي برئيس الوزراء الإسباني في الرباط.")
    assert (frozenset({"FRA"}), frozenset({"ESP"})) in _pairs(text), _pairs(text)


def test_a_clause_word_glued_to_a_conjunction_ends_the_list():
    text = "وبدأت أمس جولة مفاوضات بين وزراء الطاقة في المغرب، الجزائر فيما تغيب وزير الطاقة الليبي."
    assert not any("LBY" in a | r for a, r in _pairs(text)), _pairs(text)


def _one_sided(text, trigger_word, own):
    """The document and a CONSULT at the first ``trigger_word`` with only the party of country ``own``: the slots
    are tested on the meeting the argument rules left one-sided, whatever they did with this sentence."""
    doc = extract(text, date="2015-08-01")
    start = text.index(trigger_word)
    actor = next(a for a in doc.actors if a.country == own)
    sentence = next(s for s in doc.sentences if s.start <= start < s.end)
    ev = Event("CONSULT", doc.span(start, start + len(trigger_word)), sentence, actor=[actor])
    return doc, ev


def _slot_and_recipients(text, trigger_word, own):
    doc, ev = _one_sided(text, trigger_word, own)
    sides = meeting_sides(doc, ev)
    return (sides[2], {a.country for a in sides[1]}) if sides else None


def test_setting_not_used_when_the_meeting_lists_its_own_sides(all_slots):
    # the meeting's بين-list names its sides: the Jordanian who praised it is no side (before any subject of it)
    text = ("أشاد النائب الأردني بموقف المملكة العربية السعودية من خلال الاجتماع الذي عقد أمس بين الملك سلمان "
            "والرئيس المصري.")
    found = _slot_and_recipients(text, "الاجتماع", "SAU")
    assert found is None or found[0] != "setting", found


def test_setting_not_used_when_the_visit_names_its_destination(all_slots):
    text = "ورحب المغردون المصريون بولي العهد السعودي خلال زيارته إلى القاهرة."
    assert _slot_and_recipients(text, "زيارته", "EGY") is None


def test_setting_still_used_with_a_venue_after_the_meeting(all_slots):
    text = "أكد وزير الخارجية الهندي لنظيره الياباني أن بلاده ستدعم المشروع، بعد لقائهما في طوكيو."
    assert _slot_and_recipients(text, "لقائهما", "IND") == ("setting", {"JPN"})


def test_partner_after_a_comma_and_a_venue(all_slots):
    text = "اجتمع وزير الخارجية الأردني أمس في مكتبه بعمان، مع معالي وزير الخارجية التونسي."
    assert _slot_and_recipients(text, "اجتمع", "JOR") == ("partner", {"TUN"})


def test_partner_posting_is_no_side(all_slots):
    # لدى المملكة names where the chargé d'affaires serves, not a second party met
    text = "اجتمع وزير الخارجية الأردني أمس في مكتبه بعمان، مع القائم بأعمال سفارة سويسرا لدى المملكة العربية السعودية."
    assert _slot_and_recipients(text, "اجتمع", "JOR") == ("partner", {"CHE"})


def test_partner_list_is_the_coordinated_parties_not_the_venue(all_slots):
    text = "اجتمع وزير الخارجية الروسي أمس في فندق بالعاصمة، مع نظيريه السعودي والأمريكي في قطر."
    assert _slot_and_recipients(text, "اجتمع", "RUS") == ("partner", {"SAU", "USA"})


def test_partner_after_a_count(all_slots):
    text = "اجتمع وزير الدفاع البريطاني أمس في مقر الوزارة، مع عدد من المسؤولين العراقيين."
    assert _slot_and_recipients(text, "اجتمع", "GBR") == ("partner", {"IRQ"})


def test_time_mae_is_no_partner(all_slots):
    # مع + a verbal noun (مع اقتراب، مع بدء) is a circumstance: the French president is not met
    text = "اجتمع مجلس الوزراء السعودي أمس في جدة، مع اقتراب موعد زيارة الرئيس الفرنسي."
    assert _slot_and_recipients(text, "اجتمع", "SAU") is None

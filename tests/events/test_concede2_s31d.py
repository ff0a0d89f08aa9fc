"""Session 31d (concede2): parties of a lifted sanction, ban or siege (``hadath/events/concede_parties.py``) and the
row ``concede.s31-concede2-rafa3a-3uqubat`` (lifting sanctions: CONCEDE, no longer RETREAT; a siege stays RETREAT). Sentences
written for these tests, not taken from the eval sets."""
from __future__ import annotations

from helpers_triggers import coded, pattern_ids, rule_events


def test_lifting_sanctions_is_a_concession():
    text = "ستلغي كندا قريبا، وفقا للاتفاق، وسترفع كندا عقوباتها المفروضة على كوبا منذ سنوات."
    assert "concede.s31-concede2-rafa3a-3uqubat" in pattern_ids(text)
    ev = rule_events(text)
    assert ("CONCEDE", ["CAN"], ["CUB"]) in ev
    assert not any(t == "RETREAT" for t, _, _ in ev)


def test_imposing_sanctions_is_no_concession():
    text = "فرضت كندا عقوبات جديدة على كوبا أمس."
    assert not any(t == "CONCEDE" for t, _, _ in rule_events(text))


def test_target_after_an_imposer_relative_clause():
    text = "وافقت فرنسا على رفع الحظر الذي يفرضه الاتحاد الأفريقي على تصدير الأسلحة للسودان خلال عامين."
    assert ("CONCEDE", ["FRA"], ["SDN"]) in rule_events(text)


def test_recipient_kept_when_not_inside_the_noun_phrase():
    # the named recipient stands before the noun, not between it and a target: nothing to replace
    text = "وافقت اليابان على رفع الحظر عن الصين."
    ev = [e for e in rule_events(text) if e[0] == "CONCEDE"]
    assert ev and all(e[2] == ["CHN"] for e in ev)


def test_bloc_adjective_names_the_lifter():
    text = "سوف يرفع الحظر الأوروبي على واردات الغاز من روسيا الشهر المقبل بعد اتفاق للتسوية مع موسكو."
    ev = [e for e in rule_events(text) if e[0] == "CONCEDE"]
    assert ev and ev[0][1] == ["IGO"]


def test_nationality_adjective_names_the_lifter():
    text = "أعلن البيت الأبيض أنه سيجري رفع العقوبات الأمريكية عن ميانمار بعد الانتخابات."
    ev = [e for e in rule_events(text) if e[0] == "CONCEDE"]
    assert ev and ("USA" in ev[0][1]) and ev[0][2] == ["MMR"]


def test_no_adjective_no_lifter_added():
    text = "سوف يرفع الحظر على واردات الغاز من روسيا الشهر المقبل."
    assert not any(e[0] == "CONCEDE" and "IGO" in e[1] for e in coded(text))


def test_lifting_a_siege_stays_retreat():
    ev = rule_events("رفعت القوات الحكومية الحصار عن مدينة حلب السورية.")
    assert any(t == "RETREAT" for t, _, _ in ev) and not any(t == "CONCEDE" for t, _, _ in ev)

"""Session 27: the sides of a meeting. A topic word inside a party's name (مجلس التعاون) does not end the meeting's
list of parties; a party whose long name starts in the list is listed; an actor a merged report in another sentence
brought is no side of the meeting's own list; a meeting read with no actor and every party as a recipient (جرى
اتصال بين X و Y) takes its sides from its بين list; a bare term met after مع stands for the states named right after
its من (مع دبلوماسيين من X و Y); a meeting with no actor at all is dropped; received calls in the plural from callers
of several countries are one call per caller.

Sentences written for these tests, not taken from any evaluation set."""
from __future__ import annotations

import pytest

import hadath
from hadath.document import Actor
from hadath.events.doc_index import token_index
from hadath.events.meeting_parties import _listed_parties, _party_preposition, complete_meeting_parties
from tests.events.fixtures_events import pipeline_sides


def _tuples(text, kind="CONSULT"):
    return pipeline_sides(text, kind)


def _after(doc, word):
    """Index of the token right after the first token spelt ``word``."""
    return next(i for i, t in enumerate(doc.tokens) if t.text == word) + 1


def test_topic_word_inside_a_name_does_not_end_the_list():
    doc = hadath.extract("انطلقت اليوم أعمال الاجتماع المشترك بين وزراء خارجية دول مجلس التعاون الخليجي "
                         "ووزير الخارجية الياباني في الرياض.", date="2015-08-01")
    k = _after(doc, "المشترك")
    found = _party_preposition(doc, k, len(doc.tokens))
    assert found is not None and found[1] == "joint"
    countries = {a.country for a in _listed_parties(doc, found[0] + 1, len(doc.tokens))}
    assert {"IGO", "JPN"} <= countries, countries


def test_a_topic_outside_any_name_still_ends_the_phrase():
    doc = hadath.extract("عقد وزير الخارجية الأردني لقاء تناول العلاقات بين مصر والسودان.", date="2015-08-01")
    assert _party_preposition(doc, _after(doc, "لقاء"), len(doc.tokens)) is None


def test_a_long_name_starting_in_the_list_is_listed():
    doc = hadath.extract("بدأ اليوم الاجتماع المشترك بين أصحاب السمو والمعالي والسعادة وزراء خارجية دول مجلس "
                         "التعاون لدول الخليج العربية، ووزير خارجية جمهورية كوريا الجنوبية السيد يون بيونغ سي.",
                         date="2015-08-01")
    found = _party_preposition(doc, _after(doc, "المشترك"), len(doc.tokens))
    countries = {a.country for a in _listed_parties(doc, found[0] + 1, len(doc.tokens))}
    assert {"IGO", "KOR"} <= countries, countries


def _meeting(doc):
    return next(e for e in doc.events if e.type == "CONSULT")


def test_no_actor_and_both_sides_as_recipients_takes_the_between_list():
    doc = hadath.extract("جرى اتصال هاتفي اليوم بين وزير الخارجية الكويتي ووزير الخارجية الروسي.", date="2015-08-01")
    ev = _meeting(doc)
    ev.actor, ev.recipient = [], list(ev.actor) + list(ev.recipient)
    complete_meeting_parties(doc, [ev])
    assert [a.country for a in ev.actor] == ["KWT"] and [a.country for a in ev.recipient] == ["RUS"]


def test_an_actor_from_another_sentence_is_no_side_of_the_list():
    doc = hadath.extract("انطلقت اليوم أعمال الاجتماع المشترك بين وزراء خارجية دول مجلس التعاون الخليجي ووزير "
                         "الخارجية الياباني في الرياض. وقالت مصر إن الاجتماع مهم.", date="2015-08-01")
    ev = _meeting(doc)
    other = next(a for a in doc.actors if a.start >= ev.sentence.end)
    ev.actor, ev.recipient = [other], []
    complete_meeting_parties(doc, [ev])
    assert [a.country for a in ev.actor] == ["IGO"] and [a.country for a in ev.recipient] == ["JPN"]


@pytest.mark.parametrize("text,actor,recipient", [
    ("أجرى وزير الخارجية الليبي محادثات مع دبلوماسيين من فرنسا وإيطاليا أمس.", "LBY", {"FRA", "ITA"}),
    ("قال مسؤول إن الحكومة الليبية تجري محادثات مع دبلوماسيين من فرنسا وإيطاليا لإنهاء الأزمة.", "LBY",
     {"FRA", "ITA"}),
])
def test_a_bare_term_met_stands_for_the_states_after_its_min(text, actor, recipient):
    assert ({actor}, recipient) in _tuples(text), _tuples(text)


@pytest.mark.parametrize("text", [
    "أجرى وزير الخارجية الليبي محادثات مع دبلوماسيين يمثلون فرنسا وإيطاليا أمس.",
    "أجرى وزير الخارجية الليبي محادثات مع مسؤولين في شركات من فرنسا أمس.",
])
def test_a_bare_term_with_anything_else_after_it_gives_no_side(text):
    assert all(not r for _, r in _tuples(text)), _tuples(text)


@pytest.mark.parametrize("text", [
    "اجتمع أكثر من ألف شخص أمس في ساحة المدينة في أوسلو عاصمة النرويج.",
    "وصل الإعصار إلى السواحل الشرقية للفلبين صباح اليوم.",
])
def test_a_meeting_with_no_actor_is_dropped(text):
    assert all(a for a, _ in _tuples(text)), _tuples(text)


def test_plural_calls_are_one_call_per_caller():
    got = _tuples("تلقى وزير الخارجية الأردني اتصالين هاتفيين اليوم من وزير الخارجية الفرنسي، ووزير الخارجية "
                  "الألماني.")
    assert ({"FRA"}, {"JOR"}) in got and ({"DEU"}, {"JOR"}) in got, got


def test_a_caller_after_a_name_tail_is_one_more_call():
    got = _tuples("تلقى العاهل الأردني الملك عبدالله الثاني اتصالين هاتفيين أمس من ملك المغرب محمد السادس بن "
                  "الحسن، وأمير دولة الكويت صباح الأحمد.")
    assert ({"MAR"}, {"JOR"}) in got and ({"KWT"}, {"JOR"}) in got, got


def test_a_single_call_stays_one_event():
    got = _tuples("تلقى وزير الخارجية الأردني اتصالا هاتفيا اليوم من وزير الخارجية الفرنسي.")
    assert got == [({"FRA"}, {"JOR"})], got


@pytest.mark.parametrize("text,actor,first,then", [
    ("غادر وزير الخارجية الياباني القاهرة مساء أمس متوجها إلى نيودلهي في ختام زيارة لمصر.", "JPN", "EGY", "IND"),
    ("زار وزير الخارجية الياباني مصر أمس وذلك قبل التوجه غدا للأردن.", "JPN", "EGY", "JOR"),
    ("ستزور وزيرة الخارجية الأسترالية الهند الأحد ثم باكستان الاثنين.", "AUS", "IND", "PAK"),
])
def test_the_next_stop_of_a_visit_is_a_visit_too(text, actor, first, then):
    got = _tuples(text)
    assert ({actor}, {first}) in got and ({actor}, {then}) in got, got


@pytest.mark.parametrize("text", [
    "زار وزير الخارجية الياباني مصر أمس ثم المتحف الوطني.",
    "وصل الرئيس الكيني إلى نيجيريا قادما من غانا.",
])
def test_no_next_stop_without_a_travel_word_and_a_country(text):
    got = _tuples(text)
    assert len(got) == 1, got


def test_a_carried_visitor_is_the_actor_of_the_arrival():
    got = _tuples("وصلت إلى مطار الخرطوم طائرة تقل وزير الخارجية الإثيوبي.")
    assert ({"ETH"}, {"SDN"}) in got, got


def test_a_plane_carrying_cargo_names_no_visitor():
    got = _tuples("وصلت إلى مطار الخرطوم طائرة تحمل أطنانا من الأدوية.")
    assert got == [], got


def test_the_carrier_country_is_no_actor_of_travellers_arriving():
    from hadath.events.sentence_filter import NoFilter
    from hadath.events.stage import code_document
    from tests.events.fixtures_events import marked_document

    doc = marked_document("وصل 40 طالبا [مصريا|EGY|-] إلى [السودان|SDN|-] على متن طائرة [سعودية|SAU|-].")
    assert not any("SAU" in {a.country for a in e.actor} for e in code_document(doc, sentence_filter=NoFilter()))


def test_a_relative_meeting_verb_takes_its_subject_then_its_object():
    got = _tuples("وجاءت الخطوة خلال الزيارة التي استقبل خلالها الرئيس الغاني رئيس الوزراء الهندي.")
    assert ({"GHA"}, {"IND"}) in got, got

"""Session 17: aid carried by a state's aircraft or ship that lands or moors in a place of another country is that
state's aid to the place's country (implied_parties._landed_aid); a reporting source is no giver."""
import pytest

import hadath


def _aid(text):
    evs = [e for e in hadath.extract(text, date="2015-08-01").events if e.type == "AID"]
    return [(sorted({str(a.country) for a in e.actor}), sorted({str(a.country) for a in e.recipient})) for e in evs]


@pytest.mark.parametrize("text,actor,recipient", [
    ("ذكرت وسائل إعلام محلية أن طائرتين كويتيتين هبطتا في بنغازي صباح الأحد تحملان أدوية.", ["KWT"], ["LBY"]),
    ("أفادت مصادر ليبية، اليوم، بهبوط أول طائرة قطرية إغاثية في مطار بنغازي.", ["QAT"], ["LBY"]),
    ("هبطت طائرة إماراتية إغاثية بمطار بنغازي أمس.", ["ARE"], ["LBY"]),
])
def test_carrier_lands_in_another_country(text, actor, recipient):
    assert (actor, recipient) in _aid(text)


def test_landing_in_the_carriers_own_country_gives_no_recipient():
    # the carrier lands at home: no other country receives the aid, so no two-party act is kept
    assert all(r != ["KWT"] for _, r in _aid(
        "ذكرت وسائل إعلام محلية أن طائرتين كويتيتين هبطتا في الكويت صباح الأحد تحملان أدوية."))


def test_no_landing_word_no_place_recipient():
    # a carrier that only "carries" aid, with a place named for another reason, gets no recipient from it
    assert all(r != ["LBY"] for _, r in _aid(
        "قالت قناة محلية إن طائرتين كويتيتين تحملان أدوية، بينما يستمر القتال في بنغازي."))


def test_a_place_after_a_time_word_is_no_landing_place():
    # "بعد تحرير بنغازي": a بـ word that is no preposition of the place
    assert all(r != ["LBY"] for _, r in _aid("هبطت طائرة إماراتية إغاثية اليوم بعد تحرير بنغازي."))

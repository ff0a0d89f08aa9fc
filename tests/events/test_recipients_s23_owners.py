"""Recipients that own the noun a praise or a solidarity frame governs (session 23; sentences written for these
tests, not taken from the eval sets).

``recipient:owner-of-praised-act``: a welcome or a praise governing a ب-noun (ترحيب بلاده بزيارة X، أشاد فيها بجهود
X) is for the party in construct after that noun, its owner; one adverbial word or the subject's own country as a
pronoun noun may stand before the ب-noun, and honorifics before the party's name. A definite ب-noun takes no
genitive, and the subject's own country is no recipient.

``_owner_of_stance_noun``: a support frame ending in a bare stance noun in construct (أكد X تضامن Y مع Z، عبر عن
تعازي Y) has its owner right after it; when that is the subject's own country it is no second party, and the
recipient is looked for after it (مع Z).
"""
import pytest

from tests.events.helpers_parties import countries as _countries, events_of as _events

PRAISED = "recipient:owner-of-praised-act"


@pytest.mark.parametrize("text, actor, country", [
    # a welcome noun after the subject's own country as a pronoun noun, honorifics before the visitor's name
    ("أعرب الناطق باسم الحكومة الأردنية عن ترحيب بلاده بزيارة سمو الأمير محمد بن سلمان إلى عمان.", "JOR", "SAU"),
    # a definite ب-noun owned by the nationality adjective on it
    ("أعرب وزير الخارجية الأردني عن ترحيب بلاده بالمبادرة السعودية لإنهاء الأزمة.", "JOR", "SAU"),
])
def test_owner_of_the_praised_noun_is_the_recipient(text, actor, country):
    evs = _events(text, "SUPPORT")
    assert any(_countries(e.recipient) == {country} and _countries(e.actor) == {actor} for e in evs), \
        [(e.actor, e.recipient, e.explanation) for e in evs]
    assert any(any(PRAISED in x for x in e.explanation) for e in evs)


@pytest.mark.parametrize("text", [
    # the subject's own country owns the welcomed noun: no recipient from it
    ("أعرب الناطق باسم الحكومة الأردنية عن ترحيب بلاده بزيارة وزير الخارجية الأردني إلى بغداد."),
    # a definite ب-noun has no construct genitive: a named party after it is not its owner (بجهود مصر has one)
    ("أعرب الناطق باسم الحكومة الأردنية عن ترحيب بلاده بالجهود مصر والسودان."),
])
def test_no_owner_recipient_from_own_country_or_definite_noun(text):
    evs = _events(text, "SUPPORT")  # with no recipient the welcome is dropped (session 26); none may be made up
    assert not any(any(PRAISED in x for x in e.explanation) for e in evs), \
        [(e.actor, e.recipient, e.explanation) for e in evs]


def test_own_country_owning_the_solidarity_noun_is_skipped():
    text = "وأكد الشيخ عبدالله بن زايد وزير الخارجية في تصريح له تضامن الإمارات قيادة وحكومة وشعبا مع الأردن في مواجهة الإرهاب."
    evs = _events(text, "SUPPORT")
    assert any(_countries(e.recipient) == {"JOR"} for e in evs), [(e.actor, e.recipient, e.explanation) for e in evs]

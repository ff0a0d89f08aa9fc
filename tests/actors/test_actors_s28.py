"""Actors session 28 (helper actors): sentences written for these tests, not taken from the eval sets.

- A title that took its nationality from a nisba (الرئيس الفرنسي) ends before a known man of another state right
  after it: he is the verb's object, not the office's holder ("هنأ الرئيس الفرنسي الأمير محمد بن سلمان").
"""
from hadath import extract


def _actors(text, date="2015-08-05"):
    return [(a.text, a.country) for a in extract(text, date=date).actors]


def _events(text, date="2015-08-05"):
    return [(e.type, sorted(str(a.country) for a in e.actor), sorted(str(a.country) for a in e.recipient))
            for e in extract(text, date=date).events]


# -- a man of another state after a title with a nationality -------------------------------------------------------

def test_title_with_nationality_stops_before_another_states_man():
    acts = _actors("استقبل الرئيس الفرنسي الأمير محمد بن سلمان في قصر الإليزيه أمس.")
    assert ("الرئيس الفرنسي", "FRA") in acts, acts
    assert any("محمد بن سلمان" in t and c == "SAU" for t, c in acts), acts
    assert not any("الفرنسي" in t and "سلمان" in t for t, _ in acts), acts


def test_the_other_states_man_is_the_object():
    evs = _events("التقى الرئيس الفرنسي الأمير محمد بن سلمان في باريس لبحث العلاقات الثنائية.")
    assert ("CONSULT", ["FRA"], ["SAU"]) in evs, evs


def test_guard_title_with_its_own_holder_stays_one_actor():
    """The holder of the office named by the nisba (وزير الخارجية الأمريكي جون كيري) is the same man."""
    acts = _actors("قال وزير الخارجية الأمريكي جون كيري إن المحادثات كانت مثمرة.")
    assert any("جون كيري" in t and "الأمريكي" in t and c == "USA" for t, c in acts), acts


def test_guard_same_states_prince_after_his_title():
    """A nisba of the man's own state (ولي العهد السعودي الأمير ...): one actor, the title's holder."""
    acts = _actors("وصل ولي ولي العهد السعودي الأمير محمد بن سلمان إلى القاهرة أمس.")
    assert any("السعودي" in t and "سلمان" in t and c == "SAU" for t, c in acts), acts

"""The future سـ takes the imperfect only: a noun spelt like سـ + a perfect (سلام) makes no attack a plan."""
import hadath


def _auxes(text: str) -> list[tuple[str, str]]:
    return [(e.type, e.aux) for e in hadath.extract(text, date="2015-08-01").events]


def test_peace_before_an_attack_noun_is_no_future():
    text = "قتل عضو في لجنة سلام محلية بانفجار نفذه مسلحون مجهولون أمس في إقليم بلوشستان الباكستاني."
    assert ("ASSAULT", "asserted") in _auxes(text)
    assert ("ASSAULT", "future") not in _auxes(text)


def test_a_real_future_verb_before_the_noun_still_plans():
    assert _auxes("أعلن الجيش الباكستاني أنه سيشن هجوما على مواقع المسلحين في إقليم بلوشستان.") == [("ASSAULT", "future")]

"""Round 19: people arrested named by their nationality, or as citizens, are the recipient (that country), even
when a group they are said to belong to follows; unnamed suspects and foreigners still give none."""
import pytest

import hadath


def _coerce(text):
    evs = [e for e in hadath.extract(text, date="2015-08-01").events if e.type == "COERCE"]
    assert evs, f"no COERCE event in {text!r}"
    return [(sorted({a.country for a in e.actor}), sorted({str(a.country) for a in e.recipient})) for e in evs]


@pytest.mark.parametrize("text,actor,recipient", [
    ("أعلنت وزارة الداخلية الأردنية أنها ألقت القبض على عدد من السوريين ينتمون إلى تنظيم داعش.", ["JOR"], ["SYR"]),
    ("اعتقلت الشرطة التونسية ثلاثة ليبيين يشتبه في انتمائهم إلى تنظيم داعش.", ["TUN"], ["LBY"]),
    ("قالت السلطات المصرية إنها اعتقلت مواطنين اثنين مشتبها بهما في تهريب أسلحة.", ["EGY"], ["EGY"]),
    ("ألقت الشرطة الأردنية القبض على مواطن يشتبه بانتمائه إلى تنظيم القاعدة.", ["JOR"], ["JOR"]),
])
def test_arrested_nationals_and_citizens(text, actor, recipient):
    assert (actor, recipient) in _coerce(text)


@pytest.mark.parametrize("text", [
    "اعتقلت الشرطة التونسية ثلاثة مشتبهين بالإرهاب.",  # unnamed suspects: no recipient
    "رحلت السلطات الماليزية 9 سائحين أجانب.",  # unnamed foreigners: no recipient
])
def test_unnamed_suspects_still_give_none(text):
    assert all(r == [] for _, r in _coerce(text))


def test_arrest_of_a_named_party_keeps_it():
    # a nationality far after the object (a relative clause on a named person) is not the arrested people
    parties = _coerce("اعتقلت الشرطة الفرنسية الناشط الإيراني علي رضائي الذي التقى بعدد من اللبنانيين في باريس.")
    assert all("LBN" not in r for _, r in parties)


@pytest.mark.parametrize("text,actor,recipient", [
    ("ضبطت الشرطة الأردنية خلية إرهابية تضم أربعة متهمين عراقيي الجنسية.", ["JOR"], ["IRQ"]),
    ("اعتقلت السلطات اللبنانية ثلاثة أشخاص سوريي الجنسية.", ["LBN"], ["SYR"]),
])
def test_nationality_in_construct_before_jinsiyya(text, actor, recipient):
    assert (actor, recipient) in _coerce(text)


def _assault(text):
    evs = [e for e in hadath.extract(text, date="2015-08-01").events if e.type == "ASSAULT"]
    assert evs, f"no ASSAULT event in {text!r}"
    return [(sorted({a.country for a in e.actor}), sorted({str(a.country) for a in e.recipient})) for e in evs]


def test_people_killed_on_the_attackers_own_soil():
    # a state's strikes killing unnamed people, the sentence naming places of that state only: its own people
    text = "قتل ثمانية أشخاص في غارات جوية نفذها الجيش العراقي على قرية يسيطر عليها تنظيم داعش في محافظة نينوى شمال البلاد."
    assert (["IRQ"], ["IRQ"]) in _assault(text)


def test_strikes_abroad_are_not_on_own_soil():
    text = ("قتل ثمانية أشخاص في غارات جوية نفذها الجيش التركي على قرية يسيطر عليها حزب العمال الكردستاني في محافظة "
            "دهوك العراقية.")
    assert all("TUR" not in r for _, r in _assault(text))


def test_militants_killed_still_give_no_country():
    parties = _assault("قتلت القوات العراقية عشرة مسلحين من تنظيم داعش في محافظة الأنبار.")
    assert all("IRQ" not in r for _, r in parties)

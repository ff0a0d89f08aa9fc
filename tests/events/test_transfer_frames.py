"""Transfer frames for AID and COOPERATE (session 18; sentences written for these tests, not taken from the eval
sets).

- handing over hardware as a verbal noun: ``تسليم مصر ثماني طائرات`` -> AID, the genitive is the recipient;
- receiving from a state named after من (``تسلمت X طائرات من طراز «...» من Y``): the actor layer reads Y as a
  place, the receiving frame (role ``from``) takes it as the giver: AID Y -> X;
- a completed receipt of funds (``حصلت X على قرض من Y``, perfect only) -> AID Y -> X;
- opening a base to a force named behind ل (``فتحت X قاعدة ... للطائرات الأمريكية``) -> COOPERATE X -> USA.
Surrender, taking office, citizenship or prizes and extraditions are no aid.
"""
import pytest

from hadath import extract
from hadath.events.argument_clues import li_force_head


def _events(text, typ):
    return [e for e in extract(text, date="2015-07-26").events if e.type == typ]


def _countries(actors):
    return {a.country for a in actors}


def _has(text, typ, actor, recipient):
    evs = _events(text, typ)
    assert any(_countries(e.actor) == {actor} and _countries(e.recipient) == {recipient} for e in evs), \
        [(e.type, _countries(e.actor), _countries(e.recipient), e.explanation) for e in evs]


@pytest.mark.parametrize("text, actor, recipient", [
    # handing over: the verbal noun with the recipient as its genitive
    ("أعلنت فرنسا أمس تسليم المغرب أربع مروحيات عسكرية حديثة ضمن صفقة التسليح.", "FRA", "MAR"),
    ("أكملت ألمانيا الأسبوع الماضي تسليم تونس شحنة أجهزة مراقبة حدودية متطورة.", "DEU", "TUN"),
    # receiving: the giver is a country after من, read as a place by the actor layer
    ("تسلمت الأردن أمس ست طائرات مقاتلة من طراز «إف-16» من هولندا.", "NLD", "JOR"),
    ("تسلمت الحكومة اللبنانية اليوم شحنة أسلحة وذخائر جديدة من بريطانيا لدعم جيشها.", "GBR", "LBN"),
    ("تسلمت تونس أمس دفعة جديدة من المدرعات من إيطاليا في إطار برنامج التعاون العسكري.", "ITA", "TUN"),
    # a completed receipt of funds (perfect حصل على): the من-phrase names the giver
    ("قالت وزارة المالية إن اليونان حصلت على قرض جديد من صندوق النقد الدولي.", "IGO", "GRC"),
    ("حصلت مصر أمس على منحة من الاتحاد الأوروبي لدعم التعليم.", "IGO", "EGY"),
])
def test_transfer_is_aid(text, actor, recipient):
    _has(text, "AID", actor, recipient)


@pytest.mark.parametrize("text, actor, recipient", [
    ("فتحت قبرص قاعدة أندرياس باباندريو الجوية في جنوب الجزيرة للطائرات الفرنسية.", "CYP", "FRA"),
    ("أكدت إيطاليا أنها فتحت قاعدة سيغونيلا الجوية في صقلية للطائرات الأمريكية.", "ITA", "USA"),
])
def test_opening_a_base_to_a_force_is_cooperate(text, actor, recipient):
    _has(text, "COOPERATE", actor, recipient)


@pytest.mark.parametrize("text", [
    # surrender
    "سلم المطلوب نفسه إلى الشرطة المصرية أمس بعد أسبوع من المطاردة.",
    # taking office
    "تسلم الرئيس التونسي الجديد مهامه رسميا أمس في قصر قرطاج.",
    "تسلم وزير الخارجية الأردني منصبه الجديد أمس خلفا لسلفه.",
    # citizenship, a prize
    "حصل اللاعب المصري على الجنسية القطرية العام الماضي.",
    "حصلت الروائية الجزائرية على جائزة أدبية فرنسية رفيعة.",
    # an extradition is no aid (the news gold codes it COOPERATE)
    "سلمت السلطات التركية الأردن أمس مواطنا مطلوبا في قضايا إرهاب.",
    # a prospect of funds (imperfect after قد) is no completed receipt
    "قال الوزير إن بلاده قد تحصل على دعم من دول الخليج في صورة مواد بترولية.",
    # political backing obtained is no aid
    "جاء التصويت بعدما حصل وزير الخارجية الفرنسي على دعم من روسيا لمشروع القرار.",
    # handing over flats or projects to citizens
    "بدأت وزارة الإسكان المصرية تسليم الوحدات السكنية الجاهزة للمواطنين.",
])
def test_no_aid(text):
    evs = _events(text, "AID")
    assert not evs, [(_countries(e.actor), _countries(e.recipient), e.explanation) for e in evs]


def test_a_company_database_is_no_base():
    assert not _events("فتحت الشركة قاعدة بيانات جديدة لعملائها في الخليج.", "COOPERATE")


def test_receiving_from_a_person_keeps_the_person():
    # a named giver among the actors is kept; the place rule only fills a missing giver
    _has("تسلمت قيادة الجيش اللبناني أمس شحنة أسلحة من السفير الأمريكي في بيروت.", "AID", "USA", "LBN")


@pytest.mark.parametrize("word, ok", [("لطائرات", True), ("للطائرات", True), ("لقوات", True), ("للقوات", True),
                                      ("لعملائها", False), ("طائرات", False)])
def test_li_force_head(word, ok):
    assert li_force_head(word) is ok


def test_base_opened_to_a_coalition_names_it_as_recipient():
    # the force's owner right after لطائرات is the recipient even with no country (a coalition)
    evs = _events("وفتحت رومانيا قاعدة كوغالنيتشانو الجوية على البحر الأسود لطائرات التحالف الدولي ضد الإرهاب.",
                  "COOPERATE")
    assert any(_countries(e.actor) == {"ROU"} and e.recipient for e in evs), \
        [(_countries(e.actor), e.recipient, e.explanation) for e in evs]

"""Session 20 actor resolution: local crowds take the article's country (or their place's), and unnamed Kurdish
parties take the state their story is set in (context.article_country, people_of_places, ethnic_parties).
Sentences written for these tests, not taken from the eval sets."""
import pytest

from tests.actors.helpers_actors import analyse, codes


def _country(text, word):
    found = [c for t, c, _ in codes(analyse(text, date="2015-08-05")) if word in t]
    assert found, codes(analyse(text, date="2015-08-05"))
    return found[0]


ARTICLE = "أعلنت الحكومة العراقية خطة جديدة للكهرباء في بغداد أمس. "


@pytest.mark.parametrize("second,word", [
    ("وتظاهر المحتجون أمام مبنى المحافظة مطالبين بالخدمات.", "المحتجون"),
    ("وأغلق متظاهرون غاضبون الطرق الرئيسية في المدينة.", "متظاهرون"),
    ("ونظم المعتصمون وقفة أمام مجلس المحافظة.", "المعتصمون"),
    ("ودعا النشطاء إلى الخروج يوم الجمعة.", "النشطاء"),
    ("واحتج الأهالي على انقطاع التيار.", "الأهالي"),
])
def test_a_local_crowd_takes_the_country_of_the_article(second, word):
    assert _country(ARTICLE + second, word) == "IRQ"


def test_a_crowd_in_construct_with_a_place_is_that_places():
    # the article is about Saudi Arabia, but the families are Aden's
    text = "أعلن مركز الملك سلمان للإغاثة في الرياض برنامجا جديدا. ووزع المركز المساعدات على أهالي عدن أمس."
    assert _country(text, "أهالي") == "YEM"


def test_a_lone_sentence_leaves_the_crowd_countryless():
    # negative case: no earlier sentence, so nothing to take (the Arabic GSR leaves protesters countryless)
    assert _country("تظاهر المحتجون أمام مبنى المحافظة مطالبين بالخدمات.", "المحتجون") is None


@pytest.mark.parametrize("second,word", [
    ("وقال السكان إن القصف استمر ساعات.", "السكان"),  # residents: witnesses and victims, not a crowd acting
    ("ووصل الحجاج إلى مكة المكرمة.", "الحجاج"),  # visitors may be foreign
])
def test_other_people_nouns_stay_countryless(second, word):
    assert _country(ARTICLE + second, word) is None


def test_kurdish_fighters_in_turkey_are_turkish():
    text = ("قال الجيش التركي في بيان إن جنديا قتل عندما فتح مقاتلون أكراد النار على دورية في ولاية ماردين بجنوب "
            "شرق تركيا. وأضاف البيان أن العملية مستمرة.")
    assert _country(text, "مقاتلون أكراد") == "TUR"


def test_kurdish_forces_in_an_iraqi_story_are_iraqi():
    text = ("وصل رئيس الوزراء العراقي إلى أربيل أمس. وقال مسؤول إن القوات الكردية ستشارك في معركة الموصل إلى جانب "
            "الجيش العراقي.")
    assert _country(text, "القوات الكردية") == "IRQ"


def test_kurdish_party_between_two_states_keeps_its_code():
    # negative case: the sentence names Turkey and Iraq; no one state to choose
    text = ("عقد البرلمان جلسة طارئة أمس. وقصفت الطائرات التركية مواقع المقاتلين الأكراد في شمال العراق.")
    assert _country(text, "المقاتلين الأكراد") == "KUR"


def test_a_named_kurdish_leader_keeps_his_code():
    # negative case: a named man keeps the lexicon's code
    text = "قال الجيش التركي إن العمليات مستمرة في جنوب شرق تركيا. ودعا عبدالله أوجلان إلى الهدوء في تركيا."
    assert _country(text, "أوجلان") == "KUR"


def test_a_lone_sentence_keeps_the_ethnic_code():
    # negative case: the Arabic GSR codes Kurds KUR; a lone sentence is left as it is
    assert _country("فتح مقاتلون أكراد النار على دورية في جنوب شرق تركيا.", "مقاتلون أكراد") == "KUR"


YEMEN = "قال مسؤول يمني إن الحكومة الشرعية عادت إلى عدن أمس. "


@pytest.mark.parametrize("second,word", [
    ("وفر المتمردون من المدينة بعد ساعة من القتال.", "المتمردون"),
    ("وقصف متمردون مواقع في المدينة.", "متمردون"),
    ("وانسحبت الميليشيات من الحي الشرقي.", "الميليشيات"),
])
def test_an_unnamed_side_of_the_war_takes_the_country_of_the_article(second, word):
    assert _country(YEMEN + second, word) == "YEM"


def test_unnamed_gunmen_stay_countryless():
    # negative case: gunmen are unnamed perpetrators, whom the gold leaves empty
    assert _country(YEMEN + "وأطلق مسلحون النار على سيارة في المدينة.", "مسلحون") is None


def test_a_crowd_in_a_sentence_about_another_state_stays_countryless():
    # negative case: the article is about Iraq, but this sentence's protest is in Tehran
    assert _country(ARTICLE + "وتظاهر المحتجون في طهران أمس مطالبين بالإصلاح.", "المحتجون") is None


def test_a_side_takes_the_one_state_its_own_sentence_names_first():
    text = ARTICLE + "وقتل ثلاثة جنود أتراك في اشتباكات مع المتمردين جنوب شرق تركيا."
    assert _country(text, "المتمردين") == "TUR"


def test_a_crowd_in_a_sentence_naming_two_states_stays_countryless():
    # negative case: two states in its own sentence, no choosing between them
    text = ARTICLE + "وتظاهر المحتجون في طهران ضد السياسة الأمريكية في المنطقة وضد الولايات المتحدة."
    assert _country(text, "المحتجون") is None


def test_kurdish_fighters_hit_by_another_state_take_the_story_state():
    # the Turkish planes name their own state, not the fighters': the story is in Syria
    text = "أفاد المرصد السوري بمعارك عنيفة في محافظة الحسكة السورية. وقصفت الطائرات التركية مواقع المقاتلين الأكراد."
    assert _country(text, "المقاتلين الأكراد") == "SYR"


def test_a_definite_crowd_word_is_no_construct_with_a_place():
    # "المتظاهرون الحرية": a slogan after the protesters, not their place (الحرية is also a district name)
    text = "خرج آلاف العراقيين في بغداد للمطالبة بالإصلاح. ورفع المتظاهرون الحرية شعارا لهم."
    assert _country(text, "المتظاهرون") in (None, "IRQ")

"""Session 29 (support): thanks voiced with the definite noun or a circumstantial participle (عبر X عن الشكر لـ Y،
معربا عن تعازيه لـ Y), the owner of a praised conduct noun (مثمنا المواقف الإيجابية لقيادة X), an apology's addressee
after من, a party after "، + participle" belonging to that clause, and "باسم X" naming the backer's own side
(object_recipients._owner_of_backed_noun, _new_clause, find_recipient; rows support.s29-* in triggers.tsv)."""
import hadath


def _supports(text):
    return [(sorted({a.country for a in e.actor}), sorted({a.country for a in e.recipient}))
            for e in hadath.extract(text).events if e.type == "SUPPORT"]


def test_thanks_with_the_definite_noun():
    text = "وعبر وزير الخارجية المغربي خلال اللقاء عن الشكر للحكومة الإسبانية على تعاونها في ملف الهجرة."
    assert (["MAR"], ["ESP"]) in _supports(text)


def test_condolences_voiced_by_a_participle():
    text = "وأدان وزير الخارجية الإيطالي الهجوم، معربا عن تعازيه للحكومة التونسية وأسر الضحايا."
    assert (["ITA"], ["TUN"]) in _supports(text)


def test_owner_of_a_praised_stance():
    text = "زار وفد من البرلمان الماليزي القاهرة أمس، مثمنا المواقف الإيجابية لقيادة المملكة المغربية تجاه قضايا الأمة."
    assert (["MYS"], ["MAR"]) in _supports(text)


def test_purpose_noun_names_no_owner():
    text = "أشاد وزير الخارجية الأردني بالمبادرة، مثمنا المساعي الرامية لإنهاء أزمة اليونان."
    assert (["JOR"], ["GRC"]) not in _supports(text)


def test_apology_to_the_people_after_min():
    text = "قدم رئيس الوزراء الياباني اعتذاره من الشعب الكوري عن الأحداث الماضية."
    assert (["JPN"], ["KOR"]) in _supports(text)


def test_party_after_a_demanding_participle_is_not_welcomed():
    text = "رحبت منظمة التعاون الإسلامي بوقف إطلاق النار في ليبيا، مطالبة الميليشيات الليبية بالالتزام به."
    assert (["IGO"], ["LBY"]) not in _supports(text)


def test_on_behalf_of_names_no_recipient():
    text = "وأعرب وزير الخارجية الكويتي باسم الأمير والحكومة عن الشكر العميق للحكومة الكندية على مواقفها."
    out = _supports(text)
    assert (["KWT"], ["CAN"]) in out and (["KWT"], ["KWT"]) not in out

"""Lexicon rows of session 8 (issue #5, round 11), on sentences written for these tests (not taken from any gold
set): full names of Kuwaiti ministers, UN spokespersons and agency heads, armed-group and movement leaders, Sistani's
representatives and the Najaf marjaiya, UN missions named in full, international rights groups named generically,
the Saudi ambassador's style, the interior ministry's men, and a place name that holds a foreign town's name."""
from __future__ import annotations

import pytest

from helpers_actors import analyse
from hadath.places.stage import PlaceStage


def actors(text: str, date: str = "2015-08-01"):
    return [(a.text, a.country, a.sector) for a in analyse(text, date=date).actors]


def party(text: str, surface: str, date: str = "2015-08-01"):
    """(country, sector) of the actor whose span contains ``surface``."""
    got = [(c, s) for t, c, s in actors(text, date) if surface in t]
    assert got, (surface, actors(text, date))
    return got[0]


def person_name(text: str, surface: str, date: str = "2015-08-01"):
    doc = analyse(text, date=date)
    got = [a.name for a in doc.actors if surface in a.text]
    assert got, (surface, [(a.text, a.name) for a in doc.actors])
    return got[0]


# -- people: full-name spellings and new office holders ---------------------------------------------------------
@pytest.mark.parametrize("text,surface,want,name", [
    ("بعث الشيخ محمد الخالد ببرقية تهنئة إلى نظيره البحريني.", "محمد الخالد", ("KWT", "GOV"),
     "Mohammad Al-Khalid Al-Sabah"),
    ("استقبل النائب الأول لرئيس الوزراء الشيخ صباح الخالد الحمد الصباح وفدا أمريكيا.", "صباح الخالد", ("KWT", "GOV"),
     "Sabah Al-Khalid Al-Sabah"),
    ("قال ستيفان دوجاريك في مؤتمر صحفي إن الأمين العام قلق من التصعيد.", "دوجاريك", ("IGO", "UNO"),
     "Stephane Dujarric"),
    ("أوضح فرحان حق أن المنظمة ستواصل إرسال المساعدات.", "فرحان حق", ("IGO", "UNO"), "Farhan Haq"),
    ("حذر بيير كرينبول من عجز مالي يهدد مدارس اللاجئين.", "كرينبول", ("IGO", "UNO"), "Pierre Krahenbuhl"),
    ("دعا صالح مسلم القوى الكردية إلى توحيد صفوفها.", "صالح مسلم", ("SYR", "PTY"), "Salih Muslim"),
    ("هدد مراد قره يلان بإنهاء الهدنة مع الحكومة.", "قره يلان", ("TUR", "REB"), "Murat Karayilan"),
    ("أعلن إبراهيم الجضران إعادة فتح الموانئ النفطية.", "الجضران", ("LBY", "MIL"), "Ibrahim Jadhran"),
    ("قال العقيد ونيس بوخمادة إن قواته تقدمت في حي الليثي.", "بوخمادة", ("LBY", "MIL"), "Wanis Bukhamada"),
    ("طالب الشيخ عبد المهدي الكربلائي في خطبة الجمعة بمحاسبة المقصرين.", "الكربلائي", ("IRQ", "REL"),
     "Abdul Mahdi al-Karbalai"),
    ("انتقد السيد أحمد الصافي أداء الحكومة المحلية.", "الصافي", ("IRQ", "REL"), "Ahmed al-Safi"),
], ids=["kwt-interior", "kwt-fm-full", "dujarric", "haq", "unrwa-head", "pyd", "pkk", "pfg", "saiqa",
        "karbalai", "safi"])
def test_known_person(text, surface, want, name):
    assert party(text, surface) == want
    assert person_name(text, surface) == name


def test_short_name_after_the_full_one():
    text = "التقى ستيفان دوجاريك الصحفيين، وقال دوجاريك إن المحادثات ستستأنف."
    got = [(t, c) for t, c, _ in actors(text) if t == "دوجاريك"]
    assert got == [("دوجاريك", "IGO")], actors(text)


# -- organisations and bodies --------------------------------------------------------------------------------------
@pytest.mark.parametrize("text,surface,want", [
    ("رحبت بعثة الأمم المتحدة للدعم في ليبيا باستئناف جلسات الحوار.", "بعثة الأمم المتحدة للدعم في ليبيا",
     ("IGO", "UNO")),
    ("أدانت بعثة الأمم المتحدة لمساعدة العراق تفجير السوق.", "بعثة الأمم المتحدة لمساعدة العراق", ("IGO", "UNO")),
    ("حذرت منظمة الأغذية والزراعة للأمم المتحدة من خطر المجاعة.", "منظمة الأغذية والزراعة", ("IGO", "UNO")),
    ("نقل برنامج الأمم المتحدة الإنمائي معداته إلى المدينة.", "برنامج الأمم المتحدة الإنمائي", ("IGO", "UNO")),
    ("طالبت خمس منظمات حقوقية دولية بالإفراج عن الصحفيين.", "منظمات حقوقية دولية", ("NGO", "HRI")),
    ("انتقدت المنظمات الدولية لحقوق الإنسان الأحكام الجماعية.", "المنظمات الدولية لحقوق الإنسان", ("NGO", "HRI")),
    ("دعت المرجعية الدينية العليا إلى التطوع في صفوف القوات الأمنية.", "المرجعية الدينية العليا", ("IRQ", "REL")),
    ("أصدرت النصرة بيانا تنفي فيه مسؤوليتها عن الخطف.", "النصرة", ("SYR", "REB")),
    ("وجه سفير خادم الحرمين الشريفين لدى اليابان دعوة إلى رجال الأعمال.", "سفير خادم الحرمين الشريفين",
     ("SAU", "GOV")),
    ("أثنى الوزير على يقظة رجال الداخلية البحرينية.", "رجال الداخلية", ("BHR", "COP")),
    ("أشاد المحافظ بجهود رجال وزارة الداخلية الكويتية في الموسم.", "رجال وزارة الداخلية", ("KWT", "COP")),
], ids=["unsmil", "unami", "fao", "undp", "rights-groups-indef", "rights-groups-def", "marjaiya", "nusra-bare",
        "saudi-ambassador", "interior-men-nisba", "interior-ministry-men-nisba"])
def test_named_organisation(text, surface, want):
    assert party(text, surface) == want


def test_saudi_ambassador_is_not_the_king():
    text = "التقى سفير خادم الحرمين الشريفين في القاهرة وزير الثقافة المصري."
    doc = analyse(text, date="2015-08-01")
    amb = [a for a in doc.actors if "سفير" in a.text]
    assert amb and amb[0].name != "King Salman", [(a.text, a.name) for a in doc.actors]


def test_interior_men_without_a_country_stay_countryless():
    assert party("أشاد المحافظ بجهود رجال الداخلية خلال الموسم.", "رجال الداخلية") == (None, "COP")


def test_nusra_word_as_a_common_noun():
    # indefinite "نصرة" (support) is no group; only the definite النصرة names the front
    text = "قال الوزير إن بلاده لن تتخلى عن نصرة المظلومين."
    assert not any("نصرة" in t for t, _, _ in actors(text)), actors(text)


# -- places --------------------------------------------------------------------------------------------------------
def places(text: str) -> list[tuple[str, str]]:
    from hadath.document import Document
    from hadath.text.stage import TextStage
    doc = PlaceStage()(TextStage()(Document(text)))
    return [(p.text, p.country) for p in doc.places]


def test_new_valley_governorate_is_egyptian():
    got = places("وصلت القافلة الطبية إلى الوادي الجديد صباح أمس.")
    assert ("الوادي الجديد", "EGY") in got, got


@pytest.mark.parametrize("text,state", [
    ("أعلنت السلطات حالة الطوارئ في ولاية فلوريدا بسبب الإعصار.", "فلوريدا"),
    ("أطلق مسلح النار داخل مدرسة في كارولينا الشمالية.", "كارولينا الشمالية"),
    ("تظاهر مئات في ولاية جورجيا الأمريكية احتجاجا على القانون.", "جورجيا"),
    ("ضربت عاصفة ثلجية ولاية نيو مكسيكو.", "نيو مكسيكو"),
], ids=["florida-not-uruguay", "north-carolina-not-puerto-rico", "georgia-state-not-country", "new-mexico"])
def test_us_states_are_american(text, state):
    got = [c for t, c in places(text) if state in t]
    assert got == ["USA"], places(text)


def test_georgia_alone_is_still_the_country():
    got = [c for t, c in places("وقعت مواجهات في جورجيا بين المعارضة والشرطة.") if "جورجيا" in t]
    assert got == ["GEO"], got


# -- distinctive surnames of 2015 office holders, matched on first mention -----------------------------------------
@pytest.mark.parametrize("text,surface,want,name", [
    ("وصل كيري إلى القاهرة في مستهل جولة إقليمية.", "كيري", ("USA", "GOV"), "John Kerry"),
    ("أجرى الجبير مباحثات مع نظيره الألماني في برلين.", "الجبير", ("SAU", "GOV"), "Adel al-Jubeir"),
    ("وصرح عبد اللهيان بأن طهران تدعم الحل السياسي.", "عبد اللهيان", ("IRN", "GOV"),
     "Hossein Amir-Abdollahian"),
    ("ناقش تشاوش أوغلو مع وفد أوروبي ملف اللاجئين.", "تشاوش أوغلو", ("TUR", "GOV"), "Mevlut Cavusoglu"),
    ("اتهم داود أوغلو المعارضة بعرقلة تشكيل الحكومة.", "داود أوغلو", ("TUR", "GOV"), "Ahmet Davutoglu"),
    ("استقبل بوتفليقة رئيس الوزراء المالي.", "بوتفليقة", ("DZA", "GOV"), "Abdelaziz Bouteflika"),
    ("التقى الرئيس الفرنسي فرنسوا هولاند نظيره المصري.", "هولاند", ("FRA", "GOV"), "Francois Hollande"),
], ids=["kerry", "jubeir", "abdollahian", "cavusoglu", "davutoglu", "bouteflika", "hollande-variant"])
def test_surname_on_first_mention(text, surface, want, name):
    assert party(text, surface) == want
    assert person_name(text, surface) == name


@pytest.mark.parametrize("text,surface,want,name", [
    ("صرح أسامة نقلي بأن المملكة ترفض التدخل في شؤونها.", "نقلي", ("SAU", "GOV"), "Osama Nakli"),
    ("قال سعد الحديثي إن الحكومة ماضية في الإصلاحات.", "الحديثي", ("IRQ", "GOV"), "Saad al-Hadithi"),
    ("دافع حمادي الجبالي عن قرارات حكومته السابقة.", "الجبالي", ("TUN", "GOV"), "Hamadi Jebali"),
    ("طالب محامو البغدادي المحمودي بإطلاق سراحه.", "المحمودي", ("LBY", "GOV"), "Baghdadi Mahmudi"),
], ids=["nakli", "hadithi", "jebali", "mahmudi"])
def test_spokespersons_and_former_premiers(text, surface, want, name):
    assert party(text, surface) == want
    assert person_name(text, surface) == name


# -- Iran's supreme leader, nationality plurals, transliterations, Saudi usage -------------------------------------
@pytest.mark.parametrize("text,surface", [
    ("انتقد المرشد الإيراني السياسة الأمريكية في المنطقة.", "المرشد الإيراني"),
    ("قال مرشد الثورة الإسلامية إن بلاده لن تتراجع.", "مرشد الثورة الإسلامية"),
], ids=["al-murshid-al-irani", "murshid-al-thawra"])
def test_iranian_supreme_leader_titles(text, surface):
    doc = analyse(text, date="2015-08-01")
    got = [(a.country, a.name) for a in doc.actors if surface in a.text]
    assert got == [("IRN", "Ali Khamenei")], [(a.text, a.country, a.name) for a in doc.actors]


def test_bare_supreme_leader_of_another_movement_is_not_iran():
    text = "أصدر المرشد الأعلى لحركة طالبان هبة الله آخوند زاده مرسوما جديدا."
    doc = analyse(text, date="2022-08-01")
    assert "IRN" not in {a.country for a in doc.actors}, [(a.text, a.country) for a in doc.actors]


@pytest.mark.parametrize("text,surface,want", [
    ("هاجر آلاف الأحباش إلى اليمن عبر البحر.", "الأحباش", "ETH"),
    ("شارك الأوزبك في المعارك إلى جانب التنظيم.", "الأوزبك", "UZB"),
    ("اعتقلت الشرطة عددا من الطاجيك في العاصمة.", "الطاجيك", "TJK"),
], ids=["ahbash", "uzbek", "tajik"])
def test_broken_plural_nationalities(text, surface, want):
    assert party(text, surface)[0] == want


def test_pkk_transliterated():
    text = "أعلنت منظمة بي كيه كيه مسؤوليتها عن الهجوم على الدورية."
    assert party(text, "بي كيه كيه") == ("TUR", "REB")


def test_deviant_group_is_unaffiliated_militants():
    text = "تمكنت الجهات الأمنية من القبض على ثلاثة من عناصر الفئة الضالة."
    assert party(text, "الفئة الضالة") == (None, "UAF")


# -- office holders of 2015 added to existing people, and armed groups and parties ---------------------------------
@pytest.mark.parametrize("text,want", [
    ("صرح وزير الخارجية الإسرائيلي بأن حكومته لن توقف البناء.", "Benjamin Netanyahu"),
    ("بحث وزير الداخلية القطري مع وفد أمني سبل التعاون.", "Abdullah bin Nasser Al Thani"),
    ("زار آش كارتر القوات المنتشرة في المنطقة.", "Ash Carter"),
], ids=["isr-fm-2015", "qat-interior", "ash-carter"])
def test_office_holders_of_2015(text, want):
    doc = analyse(text, date="2015-09-15")
    assert want in [a.name for a in doc.actors], [(a.text, a.name) for a in doc.actors]


@pytest.mark.parametrize("text,surface,want", [
    ("تبنى تنظيم ولاية برقة تفجير السيارة المفخخة.", "ولاية برقة", ("LBY", "REB")),
    ("أعلن تنظيم ولاية صنعاء مسؤوليته عن تفجير المسجد.", "ولاية صنعاء", ("YEM", "REB")),
    ("اشتبكت قوات مصراتة مع مسلحين قرب سرت.", "قوات مصراتة", ("LBY", "REB")),
    ("سيطر مقاتلو صقور الشام على تلة استراتيجية.", "صقور الشام", ("SYR", "REB")),
    ("قصف لواء أبو الفضل العباس مواقع التنظيم جنوب المدينة.", "لواء أبو الفضل العباس", ("IRQ", "REB")),
    ("أعلنت جبهة التحرير الشعبي الثوري مسؤوليتها عن الهجوم.", "جبهة التحرير الشعبي الثوري", ("TUR", "REB")),
    ("رفض حزب القوات اللبنانية المشاركة في الجلسة.", "حزب القوات اللبنانية", ("LBN", "PTY")),
    ("تصدر حزب العدالة والتنمية المغربي نتائج الانتخابات.", "حزب العدالة والتنمية المغربي", ("MAR", "PTY")),
    ("تبنت كتيبة المرابطون الهجوم على الفندق.", "كتيبة المرابطون", ("IMG", None)),
], ids=["isis-barqa", "isis-sanaa", "misrata", "suqur-al-sham", "abu-fadl-abbas", "dhkp-c", "lebanese-forces",
        "pjd-morocco", "mourabitoun"])
def test_armed_groups_and_parties(text, surface, want):
    assert party(text, surface) == want


def test_aqsa_guards_are_not_the_mourabitoun_group():
    text = "قال المرابطون في المسجد الأقصى إنهم سيواصلون الاعتصام."
    assert not any("المرابطون" in t for t, _, _ in actors(text)), actors(text)


@pytest.mark.parametrize("text,surface,want", [
    ("هنأ السلطان قابوس الرئيس التونسي بذكرى الاستقلال.", "السلطان قابوس", ("OMN", "GOV")),
    ("استقبل خالد الجار الله سفير الصين لدى البلاد.", "الجار الله", ("KWT", "GOV")),
    ("اعتبر خالد البطش أن التهدئة لن تصمد طويلا.", "البطش", ("PSE", "REB")),
    ("انتقد فولكان بوزكير موقف المفوضية من ملف العضوية.", "بوزكير", ("TUR", "GOV")),
    ("رد موشيه يعالون على الانتقادات بتهديد جديد.", "يعالون", ("ISR", "GOV")),
    ("قال مارك تونر إن واشنطن تتابع التطورات عن كثب.", "تونر", ("USA", "GOV")),
    ("زار رحيل شريف المناطق القبلية.", "رحيل شريف", ("PAK", "MIL")),
], ids=["qaboos", "jarallah", "batsh", "bozkir", "yaalon-variant", "toner", "raheel-variant"])
def test_more_figures_of_2015(text, surface, want):
    assert party(text, surface) == want


@pytest.mark.parametrize("text,surface,want", [
    ("قال محمد البخيتي إن جماعته لن تشارك في المشاورات.", "البخيتي", ("YEM", "REB")),
    ("اتهم عارف الزوكا التحالف بقصف الأحياء السكنية.", "الزوكا", ("YEM", "PTY")),
    ("دعا عبد المجيد الزنداني إلى وقف القتال.", "الزنداني", ("YEM", "REL")),
    ("رأى ميشيل كيلو أن الحل السياسي ما زال بعيدا.", "ميشيل كيلو", ("SYR", "OPP")),
    ("طالب هيثم مناع بمؤتمر وطني جامع.", "هيثم مناع", ("SYR", "OPP")),
    ("أعلن صهيب الراوي عودة آلاف النازحين إلى مدنهم.", "صهيب الراوي", ("IRQ", "GOV")),
    ("قاد عبد الوهاب الساعدي عمليات تحرير المدينة.", "الساعدي", ("IRQ", "MIL")),
], ids=["bukhaiti", "zouka", "zindani", "kilo", "manna", "rawi", "saadi"])
def test_yemeni_syrian_iraqi_figures(text, surface, want):
    assert party(text, surface) == want

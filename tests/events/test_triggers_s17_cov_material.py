"""Trigger lexicon, session 17 coverage (group 'material': COOPERATE, AID, RETREAT, SANCTION, MOBILIZE, COERCE,
ASSAULT, PROTEST): common news wordings the lexicon had no pattern for, enumerated by type rather than waited for
in evaluation sets (extradition handed over or received, deposits and debt relief, hosting refugees, paying for
treatment, halting air raids, tightening sanctions, arms bans, reinforcing or moving forces, testing missiles,
referral to trial, house arrest, exchanges of fire, shelling 'rained' on a place, sniping, crowds protesting,
refusing food). Sentences written for these tests, positives and near misses."""
import pytest

from tests.events.helpers_triggers import pattern_ids as _pattern_ids


POSITIVES = [
    # COOPERATE
    ("سلمت السلطات الكويتية المتهم إلى السلطات السعودية أمس.", "cov.cooperate.sallama-muttaham"),
    ("تسلمت المملكة من الإنتربول مطلوبا فارا إلى ماليزيا.", "cov.cooperate.tasallama-maTlub"),
    ("أجرت القوات الجوية السعودية والأمريكية تمرينا مشتركا.", "cov.cooperate.tamrin-mushtarak"),
    # AID
    ("أودعت السعودية ملياري دولار في البنك المركزي اليمني.", "cov.aid.awda3a-wadi3a"),
    ("دعمت قطر الحكومة الصومالية بمبلغ عشرة ملايين دولار.", "cov.aid.da3ama-bi-mablagh"),
    ("تستضيف تركيا مليوني لاجئ سوري.", "cov.aid.istaDafa-laji2in"),
    ("سيرت الإمارات جسرا جويا لنقل المساعدات إلى اليمن.", "cov.aid.jisr-jawwi"),
    ("تكفلت المملكة بعلاج الجرحى اليمنيين في مستشفياتها.", "cov.aid.takaffala"),
    ("وزعت جمعية الهلال الأحمر الإماراتي المواد الغذائية على اللاجئين السوريين في الأردن.", "cov.aid.wazza3a-mawad"),
    ("أطلق مركز الملك سلمان حملة إغاثية لمساعدة النازحين السوريين.", "cov.aid.Hamla-ighathiyya"),
    ("ساهمت الإمارات بمبلغ 50 مليون دولار في إعادة إعمار غزة.", "cov.aid.saahama-bi-mablagh"),
    ("قدمت السعودية للسودان وديعة بمليار دولار.", "cov.aid.qaddama-wadi3a"),
    ("أهدت الصين الجيش اللبناني معدات عسكرية.", "cov.aid.ahda-ma3iddat"),
    ("أعفت السعودية المغرب من ديون بقيمة مليار دولار.", "cov.aid.a3fa-duyun"),
    ("أسقطت الكويت ديون العراق المستحقة.", "cov.aid.asqaTa-duyun"),
    ("أعلنت الإمارات عن منحة بقيمة مئة مليون دولار للأردن.", "cov.aid.a3lana-minha"),
    # RETREAT
    ("أوقفت روسيا غاراتها الجوية على المدينة.", "cov.retreat.awqafa-gharat"),
    ("سلمت حركة حماس الأسرى الإسرائيليين إلى الصليب الأحمر.", "cov.retreat.sallama-asra"),
    # SANCTION
    ("شددت الولايات المتحدة عقوباتها على كوريا الشمالية.", "cov.sanction.shaddada-3uqubat"),
    ("قررت السعودية وقف مساعداتها للبنان.", "cov.sanction.waqf-musa3adat"),
    ("حظرت الولايات المتحدة بيع الأسلحة لروسيا.", "cov.sanction.Hazara-silah"),
    # MOBILIZE
    ("عززت القوات السعودية وجودها العسكري على الحدود مع اليمن.", "cov.mobilize.3azzaza-wujud"),
    ("اختبرت كوريا الشمالية صاروخا باليستيا جديدا.", "cov.mobilize.ikhtabara-Sarukh"),
    ("نقلت تركيا دبابات ومدرعات إلى الحدود السورية.", "cov.mobilize.naqala-quwwat"),
    ("استدعى الجيش الإسرائيلي آلاف الجنود من الاحتياط.", "cov.mobilize.istad3a-iHtiyat"),
    ("حشد الحوثيون مقاتليهم على الحدود السعودية.", "cov.mobilize.Hashada-muqatili"),
    ("عززت الشرطة الفرنسية إجراءاتها الأمنية حول السفارات.", "cov.mobilize.3azzaza-ijra2at"),
    ("شددت الشرطة البريطانية إجراءاتها الأمنية في المطارات.", "cov.mobilize.shaddada-ijra2at"),
    # COERCE
    ("أحالت النيابة العامة المتهمين إلى المحاكمة.", "cov.coerce.aHala-muhakama"),
    ("فرضت السلطات المصرية الإقامة الجبرية على الرئيس السابق.", "cov.coerce.faraDa-iqama-jabriyya"),
    ("أودعت السلطات المتهم السجن المركزي.", "cov.coerce.awda3a-sijn"),
    ("قضت محكمة سعودية بإعدام أحد المدانين.", "cov.coerce.qaDa-bi-Hukm"),
    # ASSAULT
    ("تبادل الجيش الأفغاني ومسلحو طالبان إطلاق النار قرب قندهار.", "cov.assault.tabadala-naar"),
    ("أمطرت قوات النظام الأحياء السكنية بالقذائف.", "cov.assault.amTara"),
    ("قنص مسلحون جنديا عراقيا في الرمادي.", "cov.assault.qanaSa"),
    ("شنت إسرائيل عدوانا على غزة.", "cov.assault.shanna-3udwan"),
    ("ألقى شبان فلسطينيون زجاجات حارقة على دورية إسرائيلية.", "cov.assault.alqa-zujajat"),
    ("فخخ مسلحو داعش منازل في الرمادي.", "cov.assault.fakhkhakha"),
    # PROTEST
    ("احتج مئات العمال على تأخر صرف رواتبهم.", "cov.protest.alaf-iHtajja"),
    ("امتنع الأسير الفلسطيني عن تناول الطعام احتجاجا على اعتقاله الإداري.", "cov.protest.imtana3a-ta3am"),
    ("قذف محتجون الشرطة التركية بالحجارة.", "cov.protest.qadhafa-bil-hijara"),
    # session 17 coverage, round 4
    ("أوقفت روسيا استيراد الخضروات والفواكه من تركيا.", "cov.sanction.awqafa-istirad"),
    ("علقت الصين استيراد اللحوم من البرازيل.", "cov.sanction.3allaqa-istirad"),
    ("عززت تركيا حدودها مع سوريا بقوات إضافية.", "cov.mobilize.3azzaza-bi-quwwat"),
    ("تحملت المملكة تكاليف علاج المصابين الفلسطينيين.", "cov.aid.taHammala-takalif"),
    # round 5
    ("تبادل الجيشان القصف المدفعي على الحدود.", "cov.assault.tabadala-qaSf"),
]


@pytest.mark.parametrize("text, pattern", POSITIVES)
def test_common_news_wording_has_a_pattern(text, pattern):
    assert pattern in _pattern_ids(text)


# near misses: senses of the same words that are no event of the type
NEGATIVES = [
    ("شدد الوزير على ضرورة فرض العقوبات على المخالفين.", "cov.sanction.shaddada-3uqubat"),
    ("شدد الأمير على أهمية الإجراءات الأمنية في موسم الحج.", "cov.mobilize.shaddada-ijra2at"),
    ("قضى الأسير عشر سنوات بالسجن قبل الإفراج عنه.", "cov.coerce.qaDa-bi-Hukm"),
    ("أودع المواطن مبلغا في حسابه المصرفي.", "cov.aid.awda3a-wadi3a"),
    ("استضافت عمّان اجتماعا دوليا حول أوضاع اللاجئين.", "cov.aid.istaDafa-laji2in"),
    ("نقلت الشركة الآليات والوحدات السكنية إلى موقع المشروع.", "cov.mobilize.naqala-quwwat"),
    ("حشد الحزب أنصاره لحضور المؤتمر الانتخابي.", "cov.mobilize.Hashada-muqatili"),
    ("أمطرت السماء بغزارة على مدينة جدة.", "cov.assault.amTara"),
    ("أحالت الوزارة الموظف إلى التقاعد.", "cov.coerce.aHala-muhakama"),
    ("قنص الصيادون طيورا مهاجرة في الصحراء.", "cov.assault.qanaSa"),
    ("اختبرت الشركة نظاما جديدا للدفع الإلكتروني.", "cov.mobilize.ikhtabara-Sarukh"),
    ("عززت المملكة علاقاتها مع فرنسا بمزيد من الاتفاقيات.", "cov.mobilize.3azzaza-bi-quwwat"),
    ("تحمل الوزير مسؤولية إعادة تنظيم القطاع.", "cov.aid.taHammala-takalif"),
    ("أوقفت الشرطة تاجرا سعوديا كان يحاول استيراد مواد محظورة.", "cov.sanction.awqafa-istirad"),
    ("تبادل الطرفان الاتهامات بالمسؤولية عن القصف.", "cov.assault.tabadala-qaSf"),
]


@pytest.mark.parametrize("text, pattern", NEGATIVES)
def test_other_sense_is_no_trigger(text, pattern):
    assert pattern not in _pattern_ids(text)

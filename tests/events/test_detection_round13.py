"""Detection round 13 (session 9): rejecting a party's statements is a disapproval (ACCUSE 111), and a refusal given
as the means or cause of another act is no rejection of its own. Every sentence was written for these tests (other
names, places and wording than any evaluation set); each family has positives and near-miss negatives. Rules alone,
no sentence filter (``check_detection``)."""
from __future__ import annotations

import pytest

from fixtures_events import check_detection

CASES = [
    # a stated rejection of statements (the noun, and after أكد / أعلن / جدد) is a disapproval of the speaker, not a
    # REJECT (the bare verb رفض التصريحات stays REJECT, as tests/events/test_parties_round8.py codes it)
    ("أكد [حزب الوفد|EGY|PTY] رفضه لتصريحات [السفير البريطاني|GBR|GOV] حول الانتخابات.", "ACCUSE", "REJECT"),
    ("أعلنت [الحكومة التونسية|TUN|GOV] رفضها القاطع للتصريحات [الليبية|LBY|GOV] الأخيرة.", "ACCUSE", "REJECT"),
    ("جدد [البرلمان البحريني|BHR|GOV] رفضه التام لتصريحات المسؤولين [الإيرانيين|IRN|GOV].", "ACCUSE", "REJECT"),
    ("اعتبر [الائتلاف|SYR|OPP] أن البيان لا يمثل السوريين، مؤكدا رفض تلك التصريحات التي وصفها بالمسيئة.",
     "ACCUSE", "REJECT"),
    # rejecting a proposal, a demand or a plan stays a rejection
    ("رفضت [الحكومة الكينية|KEN|GOV] مقترحات الوساطة التي قدمها [الاتحاد الأفريقي|IGO|GOV].", "REJECT", "ACCUSE"),
    ("أعلنت [الحكومة الصومالية|SOM|GOV] رفضها للخطة [الإثيوبية|ETH|GOV] الجديدة.", "REJECT", "ACCUSE"),
    ("رفض [البرلمان الكيني|KEN|GOV] طلب [الحكومة|KEN|GOV] تمديد حالة الطوارئ.", "REJECT", None),
    # a refusal that is the means or cause of another act is how that act was done
    ("تتهم [أثينا|GRC|GOV] [الحكومة التركية|TUR|GOV] بعرقلة المفاوضات من خلال رفضها تسليم الوثائق.",
     "ACCUSE", "REJECT"),
    ("تعثرت المحادثات بين [كوريا الجنوبية|KOR|GOV] و[اليابان|JPN|GOV] بسبب رفضها تقديم اعتذار رسمي.",
     None, "REJECT"),
    ("يضغط [الاتحاد الأوروبي|IGO|GOV] على [المجر|HUN|GOV] عبر رفضه صرف أموال الدعم.", None, "REJECT"),
    # a refusal reported on its own, or ruled by a court (برفض), stays
    ("رفضت [الحكومة الفنزويلية|VEN|GOV] دخول المراقبين [الأوروبيين|IGO|GOV] إلى البلاد.", "REJECT", None),
    ("قضت [المحكمة العليا الباكستانية|PAK|JUD] برفض طعن [الحكومة|PAK|GOV] في الحكم.", "REJECT", None),
    # deaths in a crash or a collapse ("عندما تحطمت"، "إثر تحطم") are no attack; deaths when a bomb went off are
    ("قتل [جنديان أردنيان|JOR|MIL] عندما تحطمت مروحيتهما خلال تدريب ليلي قرب [العقبة|JOR|-].", None, "ASSAULT"),
    ("لقي ثلاثة [جنود أتراك|TUR|MIL] مصرعهم إثر تحطم مروحية عسكرية في ولاية [هكاري|TUR|-].", None, "ASSAULT"),
    ("توفي أربعة عمال عندما انهار مبنى قديم في [القاهرة|EGY|-] فجر اليوم.", None, "ASSAULT"),
    ("قتل خمسة [جنود باكستانيين|PAK|MIL] عندما انفجرت عبوة ناسفة بدوريتهم في [وزيرستان|PAK|-].", "ASSAULT", None),
    ("أصيب عشرة مدنيين حين قصفت [الطائرات الروسية|RUS|MIL] سوقا شعبيا في [إدلب|SYR|-].", "ASSAULT", None),
    # receiving a team's medallists is sport; receiving a minister who discusses hosting the Olympics is a visit
    ("استقبلت وزارة الشباب في المطار أبطال [المنتخبات المغربية|MAR|-] العائدين من أولمبياد الشباب بعشر ميداليات.",
     None, "CONSULT"),
    ("استقبل [الرئيس التونسي|TUN|GOV] [وزير الخارجية الجزائري|DZA|GOV] وبحث معه تنظيم أولمبياد البحر المتوسط.",
     "CONSULT", None),
    # an attack "that took place" is reported; the same words as the object of a condemnation (للهجمات) are not
    ("ألحق الهجوم الذي وقع قرب مدينة [قندهار|AFG|-] أضرارا كبيرة بمبنى [البلدية|AFG|GOV].", "ASSAULT", None),
    ("ارتفعت حصيلة الاعتداء بالسيارة المفخخة الذي وقع فجر الأحد في [مقديشو|SOM|-] إلى 20 قتيلا.", "ASSAULT", None),
    ("أدان [الاتحاد الأفريقي|IGO|GOV] الهجوم الذي وقع في [بوروندي|BDI|-] أمس.", "ACCUSE", "ASSAULT"),
]


@pytest.mark.parametrize("marked,want,unwanted", CASES, ids=[f"r13-{i:02d}" for i in range(len(CASES))])
def test_round13_detection(marked, want, unwanted):
    check_detection(marked, want, unwanted)


def test_round13_cases_have_a_claim():
    """Every case asks for a type or forbids one (no test that cannot fail)."""
    assert all(want or unwanted for _, want, unwanted in CASES)


def _condemned(sentence: str) -> list[str]:
    """Pattern ids of the ASSAULT triggers ``condemned_nouns`` leaves out of the sentence."""
    import hadath
    from hadath.events.mentioned_acts import condemned_nouns
    from hadath.events.triggers import find_triggers

    doc = hadath.extract(sentence, date="2015-08-01")
    matches = find_triggers(doc)
    out = condemned_nouns(doc, matches)
    return [m.pattern.id for m in matches if id(m) in out and m.pattern.type == "ASSAULT"]


def test_attack_object_of_condemnation_is_left_out():
    """"إدانة الحكومة الكندية الشديدة للهجمات التي وقعت": the attacks are what is condemned, no new report."""
    assert "assault.hujum-waqa3a" in _condemned("عبر مجلس الأمن الوطني الكندي في أوتاوا عن إدانة المملكة المتحدة "
                                                "البريطانية الشديدة للهجمات الإرهابية المؤسفة التي وقعت مؤخرا في الكويت.")


def test_attack_far_from_condemnation_is_kept():
    """An attack noun with ل long after the condemnation, in another clause, is not its object."""
    assert _condemned("أدانت الحكومة الكندية التفجير، وقالت الشرطة إن المدينة شهدت خلال الأسبوع الماضي ارتفاعا كبيرا "
                      "في عدد الحوادث الأمنية إضافة للهجمات التي وقعت في الضواحي الشمالية.").count("assault.hujum-waqa3a") == 0

"""News argument frames, round 4, through the whole pipeline (actors stage included).

Sentences written for these tests in the style of Arabic wire news (not taken from any corpus): a countryless
local party (قوات النظام، فصائل المعارضة، المقاومة) belongs to the one country its sentence speaks of, else to
the country the article was just speaking of; a headline glued to its sentence ("X تحذر أوروبا من جهتها، حذرت
...") gives the headline verb no object from the next clause; a clause opened by لكن/بينما ends the object
search; "قال X لـ Y إنهم ..." makes Y the recipient of the speaker's own stated act (not a newspaper or agency
addressed, and Y's country is not the unnamed speaker's); "البلد العضو في X" is the member country named
before, not X; a person named through a mention in construct (نائبة وزير X، والد الصحفي X، مستشار الرئيس X)
takes that mention's party as the verb's subject, and a name set off by commas after it leaves the next noun as
the object; the people of a place (من أهالي X، على سكان X) are that place's country; a deployment noun whose
frame ends in "لقوات X" has X as its actor; the survivor of "نجا X من محاولة اغتيال استهدفت موكبه" stays the
victim when the two reports of the attempt merge; a frame ending in its preposition ("فتح قاعدة ... أمام") takes
the noun after it; the genitive of a giving noun (وافق على منح X، قرر Y منح X) is the one given to.
"""
from __future__ import annotations

import pytest

import hadath


def _events(text: str, etype: str):
    return [e for e in hadath.extract(text).events if e.type == etype]


def _countries(actors) -> set:
    return {a.country for a in actors}


# (text, type, actor countries, recipient countries); None = a party with no country
FRAMES = [
    # the regime's forces, the opposition's factions: the sentence's one country
    ("شنت فصائل المعارضة هجوما على مواقع لتنظيم داعش قرب مدينة إدلب السورية.", "ASSAULT", {"SYR"}, None),
    ("قصفت قوات النظام بلدة في ريف درعا السوري بالبراميل المتفجرة.", "ASSAULT", {"SYR"}, None),
    # a sentence naming no country: the country of the article's previous sentence
    ("تواصلت المعارك في اليمن أمس. ودفعت المقاومة الشعبية بتعزيزات كبيرة إلى الجبهة الشمالية.", "MOBILIZE", {"YEM"},
     None),
    ("تواصلت المعارك في اليمن أمس. وشنت المقاومة هجوما على الميليشيات في الجبهة الشمالية.", "ASSAULT", {"YEM"},
     {"YEM"}),
    ("اندلعت اشتباكات عنيفة في ريف حلب السوري. وقصفت قوات النظام بلدة مجاورة بالمدفعية الثقيلة.", "ASSAULT",
     {"SYR"}, None),
    # a headline glued to the sentence: the noun after "، حذرت ..." belongs to the next clause
    ("قطر تحذر أوروبا من جهتها، حذرت نائبة وزير الخارجية القطري من موجة هجرة جديدة.", "THREATEN", {"QAT"}, set()),
    # a new clause after لكن / بينما has its own subject: it is no object of the first verb
    ("أيد الرئيس التونسي مبادرة مصر بينما رفضت الجزائر الخطة.", "SUPPORT", {"TUN"}, {"EGY"}),
    ("ساند الوزير الكويتي مقترح الأردن ولكن العراق رفض الفكرة.", "SUPPORT", {"KWT"}, {"JOR"}),
    # the one addressed is the recipient of the speaker's own stated act; "the member state" is that country
    ("قال دبلوماسيون غربيون لليونان إنهم يدعمون جهودها لكنهم طالبوا البلد العضو في منطقة اليورو بتنفيذ "
     "الإصلاحات.", "SUPPORT", set(), {"GRC"}),
    ("قال دبلوماسيون غربيون لليونان إنهم يدعمون جهودها لكنهم طالبوا البلد العضو في منطقة اليورو بتنفيذ "
     "الإصلاحات.", "REQUEST", set(), {"GRC"}),
    ("قال مسؤولون خليجيون لمصر إنهم سيقدمون مساعدات عاجلة.", "AGREE", {None}, {"EGY"}),
    # the people of a place named right after the trigger are the recipients, with the place's country
    ("قتلت طائرات التحالف عشرة من أهالي الرقة أمس.", "ASSAULT", {None}, {"SYR"}),
    ("وزعت منظمة الصحة العالمية مساعدات طبية على سكان حلب.", "AID", {"IGO"}, {"SYR"}),
    ("وقال وزير الداخلية إن التنظيم أعدم عشرين من مواطني الأنبار.", "ASSAULT", None, {"IRQ"}),
    # "انتشار لقوات X": the forces deployed
    ("وشهدت العاصمة انتشارا واسعا لقوات الجيش اللبناني قبل الانتخابات.", "MOBILIZE", {"LBN"}, set()),
    # "نجا X من محاولة استهدفت موكبه": one attempt, X its target (not the doer of the relative verb's report)
    ("نجا وزير الداخلية اليمني من محاولة اغتيال استهدفت موكبه في عدن.", "ASSAULT", set(), {"YEM"}),
    ("نجا محافظ البصرة من محاولة اغتيال استهدفت سيارته أمس.", "ASSAULT", set(), {"IRQ"}),
    # "منح X": X receives; the one deciding or agreeing gives
    ("قرر الاتحاد الأوروبي منح تونس مساعدات إضافية.", "AID", {"IGO"}, {"TUN"}),
    ("أصدرت منظمة التجارة العالمية قرارا يقضي بالموافقة على منح الجزائر صفة مراقب.", "SUPPORT", {"IGO"}, {"DZA"}),
    # a deputy, adviser or relative of a mentioned party speaks for that party's side
    ("طالبت نائبة وزير الخارجية الهولندية، ماري دي فريس، الحكومة السودانية بالإفراج عن المعتقلين.", "REQUEST",
     {"NLD"}, {"SDN"}),
    ("ناشد والد الصحفي الأمريكي السلطات الإيرانية الإفراج عن ابنه.", "REQUEST", {"USA"}, {"IRN"}),
    ("انتقد مستشار الرئيس الأفغاني باكستان بشدة.", "ACCUSE", {"AFG"}, {"PAK"}),
    ("حذرت مساعدة وزير الخارجية الألمانية، كاترين باربي، روسيا من عواقب التصعيد.", "THREATEN", {"DEU"}, {"RUS"}),
]


@pytest.mark.parametrize("text,etype,actor,recipient", FRAMES)
def test_news_argument_frames_round4(text, etype, actor, recipient):
    evs = _events(text, etype)
    assert evs, f"no {etype} event"
    ev = evs[0]
    if actor is not None:
        assert _countries(ev.actor) == actor, [(a.text, a.country) for a in ev.actor]
    if recipient is not None:
        assert _countries(ev.recipient) == recipient, [(a.text, a.country) for a in ev.recipient]


def test_no_country_from_an_article_speaking_of_two():
    """Two countries in the previous sentence: no single setting, the local party stays countryless."""
    text = "تبادلت السعودية واليمن الاتهامات أمس. ودفعت المقاومة بتعزيزات إلى الجبهة."
    evs = _events(text, "MOBILIZE")
    assert evs and _countries(evs[0].actor) <= {None}


@pytest.mark.parametrize("outlet", ["لوكالة الأنباء السعودية", "لصحيفة الشرق الأوسط"])
def test_news_outlet_addressed_is_no_recipient(outlet):
    """"قال X لوكالة / لصحيفة Y إنه يؤيد": the outlet reports the statement, it is not the one supported."""
    for ev in _events(f"قال الوزير الأردني {outlet} إنه يؤيد القرار.", "SUPPORT"):
        assert all(r.sector != "MED" for r in ev.recipient), [(r.text, r.country) for r in ev.recipient]


@pytest.mark.parametrize("text,etype,other", [
    ("أغلقت السلطات الأردنية المعبر الحدودي بينما رد المهربون بإطلاق النار على الدورية.", "ASSAULT", "JOR"),
    ("اعتقلت الشرطة المصرية عشرة أشخاص في سيناء في حين رد التنظيم بهجوم على نقطة تفتيش.", "ASSAULT", "EGY"),
])
def test_no_subject_before_a_clause_opener(text, etype, other):
    """"X فعل ... بينما / في حين رد Y بـ": the second act's doer is not looked for before the opener."""
    evs = _events(text, etype)
    assert evs and other not in _countries(evs[0].actor), [(a.text, a.country) for a in evs[0].actor]


@pytest.mark.parametrize("text", [
    "أعلنت الحكومة الأردنية أنها ستقوم بفتح أجوائها أمام طائرات التحالف الدولي.",
    "من المتوقع أن تقوم تركيا بفتح قاعدة انجرليك الجوية أمام طائرات التحالف الدولي.",
])
def test_noun_after_a_frame_final_preposition_is_the_object(text):
    """"فتح قاعدة ... أمام (طائرات) X": a frame ending in its preposition takes the noun after it as object."""
    evs = [e for e in hadath.extract(text).events if "أمام" in e.trigger.text or "امام" in e.trigger.text]
    assert evs and any("التحالف" in r.text for r in evs[0].recipient), [(e.type, e.recipient) for e in evs]

"""News argument frames, round 3, through the whole pipeline (actors stage included).

Sentences written for these tests in the style of Arabic wire news (not taken from any corpus): received calls
("تلقى X ... اتصالا من Y": Y called X; "أعرب فيه": the caller's words), a statement addressed to a country
("قال X لـ Y إن ..."), an honorific before a named person, nouns inside a relative clause after the object, the
unvocalized passive "وقتل X في هجوم شنه Y", "وكان N في X قد V", delegations ("وفد من X"), aid carriers with a
nationality, a coordinated pair reaching an agreement, the local "resistance", strikes of a nationality as the
agent of a passive, honorifics and weapon names between a verb and its subject, the bare word التحالف, plural
recipients "لدول منها X"، the passive "أُلقي القبض", the target of a condemned attack, the speaker's own act with
a count ("أعلن الجيش أنه اعتقل خمسة") and the expletive "قالت X إنه", a carrier's owner, the quoted speaker
("نقلت عن X قوله"), and the headline "X يلتقي Y". A unit test covers merging (the victim is never made the actor).
"""
from __future__ import annotations

import pytest

import hadath

# (sentence, type, actor countries, recipient countries); None = a party with no country
FRAMES = [
    # the caller is the actor of a received call, however long the receiver's titles are
    ("تلقى رئيس مجلس الوزراء الكويتي الشيخ جابر المبارك الحمد الصباح، اتصالا هاتفيا مساء أمس من الرئيس "
     "التونسي الباجي قائد السبسي.", "CONSULT", {"TUN"}, {"KWT"}),
    ("تلقى الرئيس اليمني عبد ربه منصور هادي أمس اتصالا هاتفيا من ملك البحرين حمد بن عيسى آل خليفة بحثا "
     "خلاله تطورات الأوضاع.", "CONSULT", {"BHR"}, {"YEM"}),
    # a bare honorific read as a sector term (الشيخ) before a named person is that person
    ("استقبل الرئيس المصري أمس في القاهرة سمو الشيخ تميم بن حمد آل ثاني.", "CONSULT", {"EGY"}, {"QAT"}),
    # a noun in a prepositional phrase of a relative clause after the object is no party
    ("أدان وزير الخارجية الأردني الهجوم الذي وقع قرب مقر قوات حفظ السلام في المدينة.", "ACCUSE", {"JOR"}, set()),
    ("استنكرت الحكومة الكويتية التفجير الذي استهدف مسجدا لعناصر الشرطة في الجنوب.", "ACCUSE", {"KWT"}, set()),
    # an unvocalized perfect "قتل/جرح X" with no object is a passive; the agent of "قصف شنه Y" did it
    ("وقتل شرطي مصري وأصيب آخران في تفجير نفذه تنظيم داعش في سيناء.", "ASSAULT", {None}, {"EGY"}),
    # "وكان N في X قد V": an unnamed body inside X acts for X
    ("وكانت لجنة حقوقية في الاتحاد الأوروبي قد طالبت إسرائيل بوقف الاستيطان.", "REQUEST", {"IGO"}, {"ISR"}),
    ("وكان مكتب حقوق الإنسان في الأمم المتحدة قد دعا بورما إلى حماية أقلية الروهينغا.", "REQUEST", {"IGO"}, {"MMR"}),
    # "وفد (…) من X": the delegation stands for X (as subject after the verb or of a complement, or as object)
    ("وصل وفد من مصر إلى الرياض أمس.", "CONSULT", {"EGY"}, {"SAU"}),
    ("وقال مسؤول إن وفدا من الحكومة السودانية سيلتقي رئيس جنوب السودان الأسبوع المقبل.", "CONSULT", {"SDN"},
     {"SSD"}),
    ("استقبل وزير الخارجية الكويتي وفدا برلمانيا قدم من المملكة المغربية.", "CONSULT", {"KWT"}, {"MAR"}),
    # a carrier with a nationality (سفينة سعودية، طائرة مساعدات إماراتية) is the aid's giver, even when the trigger
    # noun heads that phrase; two carriers of two countries are two events
    ("أفادت مصادر محلية بأن باخرة كويتية محملة بمساعدات غذائية وصلت إلى ميناء الحديدة.", "AID", {"KWT"}, {"YEM"}),
    ("وصلت طائرة مساعدات قطرية إلى مطار الخرطوم.", "AID", {"QAT"}, {"SDN"}),
    # a coordinated pair reaching an agreement are its two parties; a later ل-phrase of one of them is no third
    ("قال مسؤولون إن الولايات المتحدة وتركيا توصلتا إلى اتفاق يسمح للطائرات الأمريكية باستخدام القاعدة.",
     "AGREE", {"USA"}, {"TUR"}),
    # an unnamed local "resistance" in a sentence about one country is that country's (قوات X = X)
    ("وقتل 5 حوثيين خلال اقتحام قوات المقاومة مقر اللواء 35 في مدينة تعز.", "ASSAULT", {"YEM"}, {"YEM"}),
    ("شنت المقاومة الشعبية هجوما على مواقع للحوثيين في محافظة إب.", "ASSAULT", {"YEM"}, {"YEM"}),
    # strikes of a nationality are the agent of a passive killing that names no other party
    ("وجرح 15 شخصا خلال ثلاثة أيام من القصف الروسي في ريف حماة.", "ASSAULT", {"RUS"}, {"SYR"}),
    # an honorific (الدكتور) or a weapon's type name (الأباتشي) between the verb and its subject
    ("رحب الدكتور نبيل العربي الأمين العام لجامعة الدول العربية بإعلان الرياض الصادر في ختام القمة.", "SUPPORT",
     {"IGO"}, {"SAU"}),
    ("استهدفت طائرات الأباتشي السعودية، صباح اليوم، تجمعات لمليشيات الحوثي قرب الحدود.", "ASSAULT", {"SAU"},
     {"YEM"}),
    # a protest that names no protesters, held in a place of the one country its sentence speaks of, is by that
    # country's people, against its authorities
    ("ونظم أكثر من 500 شخص وقفة احتجاجية في مدينة الموصل للمطالبة بصرف الرواتب.", "PROTEST", {"IRQ"}, {"IRQ"}),
    # "لدول منها X و Y": the named members of the plural recipient
    ("أقرت المفوضية الأوروبية مساعدات بقيمة مليار يورو لدول منها لبنان والأردن لمواجهة أعباء اللاجئين.", "AID",
     {"IGO"}, {"LBN", "JOR"}),
    # "أُلقي القبض على X ... مع رجال الأمن Y" (passive, spelt with ي): the named police arrested
    ("وألقي القبض على المطلوب في مدينة الطائف بعد تبادل لإطلاق النار مع رجال الأمن السعودي.", "COERCE", {"SAU"},
     {"SAU"}),
    # shells "fired from X's side" (أطلقت من الجانب X): X fired them
    ("وسقطت قذائف هاون، أطلقت من الجانب اليمني، قرب مدينة جازان السعودية.", "ASSAULT", {"YEM"}, {"SAU"}),
    # "هجوم سوسة الإرهابي": the adjective after an act noun in construct with a place describes the act
    ("واتهم وزير الداخلية التونسي جهات سياسية بتوظيف هجوم سوسة الإرهابي لأغراض انتخابية.", "ACCUSE", {"TUN"},
     set()),
    # "نفى X أن يكون جنوده قد ...": the speaker's own forces (a noun with a pronoun) did the denied act
    ("نفى الجيش الإسرائيلي أن يكون جنوده قد أطلقوا النار على المتظاهرين الفلسطينيين.", "ASSAULT", {"ISR"},
     {"PSE"}),
    # a condemned act's target in a relative clause is no party to the condemnation
    ("ندد الاتحاد الأوروبي بالهجوم الذي استهدف قوات حفظ السلام في مالي.", "ACCUSE", {"IGO"}, set()),
    # "سلم رسالة من X إلى Y": Y receives it (X, the sender, is the actor's own side)
    ("وسلم السفير السعودي رسالة من خادم الحرمين الشريفين إلى الرئيس السوداني.", "CONSULT", {"SAU"}, {"SDN"}),
    # the Arab Parliament is a body of the Arab League, not the state a later place names
    ("طالب البرلمان العربي المجتمع الدولي بوقف الانتهاكات الإسرائيلية في القدس.", "REQUEST", {"IGO"}, set()),
    # "المدفعية + nationality": that state's artillery
    ("وقصفت المدفعية التركية مواقع لحزب العمال الكردستاني في شمال العراق.", "ASSAULT", {"TUR"}, {"TUR"}),
    # "أعلن X أنه اعتقل/قتل خمسة ...": the speaker's own act takes the count as its object (not a passive)
    ("وأعلن الجيش اللبناني أنه اعتقل خمسة مسلحين سوريين في عرسال.", "COERCE", {"LBN"}, {"SYR"}),
    # a state's forces on bare gunmen: no target (session 23, as the news gold; was {None})
    ("وقال الجيش الأفغاني إنه قتل 20 مسلحا في ولاية هلمند.", "ASSAULT", {"AFG"}, set()),
    # "أدان الاعتداء على X": the condemned attack's target is no accused party (nor is its adjective's country)
    ("على صعيد آخر، أدانت وزارة الخارجية الأردنية الاعتداء على السفارة الأردنية في ليبيا.", "ACCUSE", {"JOR"},
     set()),
    ("أدانت قطر الهجوم على القنصلية السعودية في عدن.", "ACCUSE", {"QAT"}, set()),
    # headline style: a clause opening with its subject before an imperfect verb (SVO)
    ("الرئيس المصري يلتقي العاهل السعودي في الرياض.", "CONSULT", {"EGY"}, {"SAU"}),
    # "طائرة مساعدات تابعة لـ X": the carrier's owner gave the aid
    ("ووصلت إلى ميناء عدن سفينة مساعدات تابعة لمركز الملك سلمان للإغاثة.", "AID", {"SAU"}, {"YEM"}),
    # "نقلت الوكالة عن X قوله إن بلاده ...": X (quoted) is the speaker, not the agency
    ("ونقلت وكالة الأنباء الرسمية عن وزير الخارجية العماني قوله إن بلاده تدعم الحكومة اليمنية.", "SUPPORT",
     {"OMN"}, {"YEM"}),
    # the bare word التحالف names the (null-country) coalition
    ("وشن التحالف أمس غارات جوية على مواقع الحوثيين في صعدة.", "ASSAULT", {None}, {"YEM"}),
]

# guards: frames the older rules already got right on these sentences (the new rules fix them where a longer
# sentence or a wider trigger frame defeated the older ones); they must keep passing
GUARDS = [
    ("وجرح مدني سوري في قصف شنته طائرات النظام على حلب.", "ASSAULT", {"SYR"}, {"SYR"}),
    ("قتل جندي تركي في هجوم على دورية قرب الحدود.", "ASSAULT", set(), {"TUR"}),
    # unnamed gunmen killed are a recipient with no country, not the place's country
    ("قتل الجيش العراقي عشرات المسلحين في الأنبار.", "ASSAULT", {"IRQ"}, {None}),
    # "دعم بلاده لـ X": the subject's own country (بلاده) is no recipient; the search goes on to X
    ("أعرب وزير الخارجية الأردني ناصر جودة عن دعم بلاده للحكومة الليبية الشرعية.", "SUPPORT", {"JOR"}, {"LBY"}),
    # "الأطراف/الفرقاء + nationality": that country's parties
    ("حث المبعوث الأممي الفرقاء الليبيين على توقيع الاتفاق.", "REQUEST", {"IGO"}, {"LBY"}),
    # a named countryless group right after the subject is the object, not the subject's title; the accused is the
    # direct object even with a later "ضد Z"
    ("اتهمت الحكومة العراقية تنظيم داعش باستخدام أسلحة كيماوية ضد قوات البيشمركة.", "ACCUSE", {"IRQ"}, {None}),
    # "زيارة التقى خلالها X": the visitor (the clause's topic) met X (the explicit rule matters when the clause
    # opens with a dateline and a long chain of titles; these plainer sentences the older rules already got)
    ("غادر الرئيس الفرنسي فرانسوا هولاند الجزائر بعد زيارة رسمية التقى خلالها الرئيس الجزائري عبد العزيز "
     "بوتفليقة.", "CONSULT", {"FRA"}, {"DZA"}),
    ("واختتم وزير الخارجية الأردني زيارته إلى العراق التي التقى خلالها رئيس الوزراء حيدر العبادي.", "CONSULT",
     {"JOR"}, {"IRQ"}),
]

# the caller's words during the call are the caller's acts: (sentence, type, actor countries)
CALLER_ACTS = [
    ("تلقى أمير الكويت اتصالا هاتفيا من الرئيس الفرنسي فرانسوا هولاند أعرب فيه عن إدانته للتفجير الذي "
     "استهدف المصلين.", "ACCUSE", {"FRA"}),
    ("تلقى ولي العهد السعودي، اتصالا هاتفيا أمس من رئيس الوزراء الباكستاني نواز شريف، جدد خلاله دعم بلاده "
     "لجهود المملكة.", "SUPPORT", {"PAK"}),
]

# "قالت X إنه قتل 5 أشخاص": a masculine إنه after a feminine speech verb is the expletive "it is that"; the
# speaker reported the killing and is no party to it: (sentence, type, country that must be no party)
EXPLETIVE = [
    ("وقالت الشرطة الباكستانية إنه قتل 5 أشخاص في انفجار قنبلة في مدينة كويتا.", "ASSAULT", "police"),
]

# "قال X لـ Y إن ...": Y is addressed; the complement's acts are not Y's
ADDRESSED = [
    # a speaker of a known country: a support by European diplomats of no country is dropped in a text naming Jordan
    ("وقال دبلوماسيون فرنسيون للأردن إنهم يدعمون جهوده في استقبال اللاجئين.", "SUPPORT", "JOR"),
]


def _countries(actors) -> set:
    return {a.country for a in actors}


@pytest.fixture(scope="module")
def coded():
    sents = {s for rows in (FRAMES, GUARDS, ADDRESSED, CALLER_ACTS, EXPLETIVE) for s, *_ in rows}
    return {s: hadath.extract(s, date="2015-06-10") for s in sents}


@pytest.mark.parametrize("sentence,etype,actor,recipient", FRAMES + GUARDS,
                         ids=[f"f{i}" for i in range(len(FRAMES))] + [f"g{i}" for i in range(len(GUARDS))])
def test_frame(coded, sentence, etype, actor, recipient):
    got = [(e.type, _countries(e.actor), _countries(e.recipient)) for e in coded[sentence].events]
    assert (etype, actor, recipient) in got, got


@pytest.mark.parametrize("sentence,etype,addressee", ADDRESSED, ids=[f"a{i}" for i in range(len(ADDRESSED))])
def test_addressee_is_not_the_speaker(coded, sentence, etype, addressee):
    # the support names no one backed (جهوده points back to the addressee): dropped since session 26, so only a
    # wrong actor can fail here
    evs = [e for e in coded[sentence].events if e.type == etype]
    assert all(addressee not in _countries(e.actor) for e in evs), [(_countries(e.actor)) for e in evs]


@pytest.mark.parametrize("sentence,etype,actor", CALLER_ACTS, ids=[f"c{i}" for i in range(len(CALLER_ACTS))])
def test_caller_speaks_in_the_call(coded, sentence, etype, actor):
    got = [(e.type, _countries(e.actor)) for e in coded[sentence].events]
    assert (etype, actor) in got, got


def test_merge_does_not_make_the_victim_the_actor():
    # "وقتل جندي مصري ... في هجوم": the verb's report has the soldier as recipient; the noun's report took the
    # nearest noun (the same soldier) as its subject: merged, the soldier stays the recipient only
    from hadath.document import Actor, Event, Span
    from hadath.events.merge import merge_events

    soldier = Actor("جندي مصري", 5, 14, "soldier", "جندي مصري", "EGY", "MIL")
    verb = Event(type="ASSAULT", trigger=Span("وقتل", 0, 4), sentence=Span("", 0, 80), recipient=[soldier],
                 source="rule:a", id="1")
    noun = Event(type="ASSAULT", trigger=Span("هجوم", 40, 44), sentence=Span("", 0, 80), actor=[soldier],
                 source="rule:b", id="2")
    merged = merge_events([verb, noun])
    assert len(merged) == 1
    assert merged[0].actor == [] and [a.country for a in merged[0].recipient] == ["EGY"]


@pytest.mark.parametrize("sentence,etype,_", EXPLETIVE, ids=[f"x{i}" for i in range(len(EXPLETIVE))])
def test_expletive_inna_speaker_is_no_victim(coded, sentence, etype, _):
    evs = [e for e in coded[sentence].events if e.type == etype]
    assert evs and all("الشرطة" not in r.text for e in evs for r in e.recipient + e.actor), \
        [(e.type, [a.text for a in e.actor], [r.text for r in e.recipient]) for e in evs]

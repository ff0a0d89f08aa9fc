"""Event parties, session 7 parties round (issue #5), through the whole pipeline (actors and places included).

Sentences written for these tests in the style of Arabic wire news (not taken from any corpus or gold set). Rules:
- the author of criticised statements (التصريحات التي أدلى بها X، تصريحات X، من قبل X) is the one accused, not the
  topic (حول Y) nor the one they were aimed at (تجاه Z);
- in a condemnation, the party held responsible (وحملت X المسؤولية، X تتحمل المسؤولية) is the one accused, not the
  nationality of the victims; "حمّل [X] المسؤولية" with X alone in the frame has X as its object;
- a person named right after a title is its holder, not the verb's object (نائب رئيس شرطة دبي ضاحي خلفان X), and so
  is a name set off by commas after a title and its place (منسق الشؤون الإنسانية في اليمن، فلان، X);
- a describing verb joined by و to an earlier verb (ووصف X بأنه) keeps that verb's subject, X is described;
- the nationality right after a two-word aid noun (الطائرة الإغاثية السعودية) is the donor;
- the one asked is right after "طلب (X) من", and the counterparts met are the body or country after "نظراءه في";
- a stance verb joined by "، و" inside a reported statement (قال X إن Y ...، وأدان) is the speaker's, and the one
  killed or abducted in a condemned act (أدان اغتيال السفير الروسي) is not the one accused;
- a visit verb with the destination first (وصل إلى القاهرة X) has the visitor after it;
- a member noun after an arrest or attack verb, then في/من + a named party (قياديا كبيرا في حركة X): X was hit;
- civilians right after an arrest verb (اعتقلت مواطنين) are the ones arrested, never its subject;
- protesters dispersed or arrested by a state's forces are that state's people, and a noun inside the relative
  clause describing them (المتظاهرين الذين كانوا يدينون X) is no target.
"""
from __future__ import annotations

import pytest

from tests.events.fixtures_events import pipeline_tuples

# (sentence, type, actor countries, recipient countries)
PARTIES = [
    # the author of the statements
    ("انتقد وزير الخارجية المغربي التصريحات التي أدلى بها حول المغرب وزير الخارجية الإسباني.", "ACCUSE",
     {"MAR"}, {"ESP"}),
    ("رفضت الكويت التصريحات التي أطلقها مسؤول إيراني بشأن الخليج.", "REJECT", {"KWT"}, {"IRN"}),
    ("استنكرت قطر بشدة التصريحات الاستفزازية من قبل المسؤولين الإسرائيليين تجاه الشعب الفلسطيني.", "ACCUSE",
     {"QAT"}, {"ISR"}),
    ("انتقدت الحكومة التونسية تصريحات الرئيس الفرنسي حول الهجرة.", "ACCUSE", {"TUN"}, {"FRA"}),
    # the party held responsible
    ("أدانت الإمارات بشدة مقتل ثلاثة صيادين مصريين قرب الحدود، وحملت ليبيا المسؤولية الكاملة عن الحادث.",
     "ACCUSE", {"ARE"}, {"LBY"}),
    ("استنكرت وزارة الخارجية الأردنية الاعتداء على المصلين مؤكدة أن الحكومة الإسرائيلية تتحمل المسؤولية.",
     "ACCUSE", {"JOR"}, {"ISR"}),
    ("حمل الرئيس الأفغاني باكستان مسؤولية الهجوم.", "ACCUSE", {"AFG"}, {"PAK"}),
    # a describing verb joined by و keeps the first verb's subject; the one in its frame is described
    ("أشادت واشنطن بجهود الأردن ووصفت حزب الله بأنه منظمة إرهابية.", "ACCUSE", {"USA"}, {"LBN"}),
    # the nationality after a two-word aid noun is the donor's
    ("وصلت القافلة الإغاثية الإماراتية الثالثة إلى مدينة تعز اليمنية.", "AID", {"ARE"}, {"YEM"}),
    ("وصلت الطائرة الإغاثية السعودية الثانية إلى مطار صنعاء.", "AID", {"SAU"}, {"YEM"}),  # السعودية = the country
    # the one asked after "طلب (X) من", even when read as a place; the counterparts' body after "نظراءه في"
    ("طلب رئيس البرلمان اللبناني من الكويت التوسط لدى دمشق لحل الأزمة.", "REQUEST", {"LBN"}, {"KWT"}),
    ("التقى وزير الخارجية البريطاني في الرياض أمس نظراءه في دول مجلس التعاون الخليجي.", "CONSULT",
     {"GBR"}, {"IGO"}),
    # a stance verb joined by "، و" inside a statement goes back to the speaker; the one killed is not accused
    ("قال وزير الخارجية البريطاني إن إيران تدعم الإرهاب، وطالب روسيا بوقف دعمها للنظام.", "REQUEST",
     {"GBR"}, {"RUS"}),
    ("قال الرئيس الفرنسي إن تونس تواجه تحديات كبيرة، وأدان اغتيال السياسي التونسي.", "ACCUSE", {"FRA"}, set()),
    ("أدانت الخارجية الأردنية اغتيال السفير الروسي في أنقرة.", "ACCUSE", {"JOR"}, set()),
    # the visitor after the destination
    ("وصل إلى الرباط أمس رئيس الوزراء التونسي في زيارة رسمية تستمر يومين.", "CONSULT", {"TUN"}, {"MAR"}),
    ("وصل إلى بغداد وزير الخارجية الألماني قادما من بيروت.", "CONSULT", {"DEU"}, {"IRQ"}),
    # the holder's name right after a title is no object; the object follows it
    ("انتقد نائب رئيس شرطة دبي ضاحي خلفان الحكومة القطرية بشدة.", "ACCUSE", {"ARE"}, {"QAT"}),
    # a name set off by commas after a title and its place (في X، name،) is no object; the object follows it
    ("دعا منسق الشؤون الإنسانية في اليمن، جيمي ماكغولدريك، السعودية إلى فتح الموانئ.", "REQUEST",
     {"IGO"}, {"SAU"}),
    ("طالب وزير الخارجية في الحكومة الليبية، محمد الدايري، مصر بدعم الجيش.", "REQUEST", {"LBY"}, {"EGY"}),
    # civilians right after an arrest verb are arrested; the statement's "إنها" is the authorities
    ("قالت وزارة الداخلية في الكويت إن السلطات ضبطت أسلحة وإنها اعتقلت مواطنين اثنين.", "COERCE",
     {"KWT"}, {"KWT"}),
    # a member noun then في/من + a named party: that party was hit
    ("قتلت القوات العراقية قياديا بارزا في حركة حماس خلال مداهمة.", "ASSAULT", {"IRQ"}, {"PSE"}),
    ("اعتقلت الشرطة السعودية عضوا في حزب الله اللبناني.", "COERCE", {"SAU"}, {"LBN"}),
    # protesters of the state that disperses or arrests them
    ("اعتقلت الشرطة الماليزية عشرات المتظاهرين في كوالالمبور.", "COERCE", {"MYS"}, {"MYS"}),
    ("فرقت الشرطة الإيرانية مئات المتظاهرين الذين كانوا يهتفون ضد الولايات المتحدة.", "COERCE",
     {"IRN"}, {"IRN"}),
]


@pytest.mark.parametrize("sentence,etype,actor,recipient", PARTIES)
def test_parties(sentence, etype, actor, recipient):
    found = pipeline_tuples(sentence)
    assert (etype, actor, recipient) in found, found


@pytest.mark.parametrize("sentence,etype,actor,recipient", [
    # the topic of the statements and the one they were aimed at are not the accused
    ("انتقدت الجزائر التصريحات التي أدلى بها حول الجزائر الرئيس الفرنسي.", "ACCUSE", {"DZA"}, {"DZA"}),
    # a named object in the frame stays the accused: the subject is the one holding responsible
    ("حمل وزير الخارجية الفرنسي إيران مسؤولية التصعيد.", "ACCUSE", {"IRN"}, {"FRA"}),
    # the visitor before the destination stays the subject
    ("وصل وزير الخارجية الأمريكي إلى الرياض.", "CONSULT", {"SAU"}, {"USA"}),
])
def test_not_these_parties(sentence, etype, actor, recipient):
    found = pipeline_tuples(sentence)
    assert (etype, actor, recipient) not in found, found

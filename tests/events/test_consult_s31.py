"""Session 31 (consult): meetings and agreements (sentences written for these tests, not taken from the eval sets).
New rows of ``triggers.tsv`` (ids ``consult.s31-consult-*``, ``agree.s31-consult-*``, ``block.s31-consult-*``) and
the word list ``agree_content_nouns`` of ``triggers_words.yaml``:

- getting in touch with a party (تواصلت السفارة مع السلطات);
- an agreement as a verbal noun with the agreed act right after على (انتهت المحادثات باتفاق على حماية الحدود);
- background phrases that report no agreement or meeting: "in line with" (بما يتوافق مع), an act done under an
  agreement (في إطار الاتفاق), an agreement not reached (لم يتم التوصل إلى اتفاق), a newspaper's interview (أجرت
  قناة العربية حوارا مع), a visit put off (تأجيل زيارة), hope voiced (أعرب عن أمله).
"""
from __future__ import annotations

from helpers_triggers import coded, fires, types


# ---- contact


def test_getting_in_touch_with_authorities():
    text = "أكد مسؤول في القنصلية أن القنصلية الفرنسية تواصلت مع السلطات المغربية بشأن اختفاء المواطنين."
    assert fires("consult.s31-consult-tawasala-ma3a", text)
    assert ("CONSULT", ["FRA"], ["MAR"]) in coded(text)


def test_continuing_fighting_is_no_contact():
    text = "تواصلت الاشتباكات العنيفة في أحياء المدينة الشرقية طوال الليل."
    assert not fires("consult.s31-consult-tawasala-ma3a", text)
    assert "CONSULT" not in types(text)


# ---- agreement on an act


def test_talks_ending_in_an_agreement_on_an_act():
    text = "انتهت المحادثات بين وزيري داخلية المغرب وإسبانيا في الرباط باتفاق على حماية الحدود المشتركة."
    assert fires("agree.s31-consult-ittifaq-ala", text)


def test_agreement_on_forming_a_committee():
    text = "أكد السفير حدوث اتفاق على تشكيل لجنة مشتركة لمتابعة المشاريع."
    assert fires("agree.s31-consult-ittifaq-ala", text)


def test_agreement_of_this_kind_is_no_act():
    text = "وقال المحلل إن اتفاق على هذا النحو لم يحدث من قبل بين تونس وليبيا."
    assert not fires("agree.s31-consult-ittifaq-ala", text)


# ---- background blocks


def test_in_line_with_is_no_agreement():
    text = "وشدد الوزير على أن الانسحاب يجب أن يتم بما يتوافق مع قرارات مجلس الأمن الدولي."
    assert not fires("agree.tawafaqa", text)
    assert "AGREE" not in types(text)


def test_parties_concurring_still_agree():
    assert fires("agree.tawafaqa", "يتوافق الأردن ومصر على ضرورة الحل السياسي في سوريا.")


def test_act_under_an_agreement_is_no_new_agreement():
    text = "وصلت الدفعة الثانية من الطائرات إلى القاعدة في إطار الاتفاق الموقع بين فرنسا والهند."
    assert not fires("agree.ittifaq", text)


def test_concluding_an_agreement_is_kept():
    assert "AGREE" in types("أبرمت فرنسا والهند اتفاقا لبيع الطائرات المقاتلة.")


def test_agreement_not_reached():
    text = "انسحبت البعثة الأوروبية في عام 2011 عندما لم يتم التوصل إلى اتفاق حول حصانة أفرادها."
    assert not fires("agree.tawassul-ittifaq", text)
    assert "AGREE" not in types(text)


def test_agreement_reached_is_kept():
    assert fires("agree.tawassul-ittifaq", "أعلن الطرفان التوصل إلى اتفاق حول حصانة أفراد البعثة.")


def test_channel_interview_is_no_meeting():
    text = "أجرت قناة العربية مساء أمس حوارا مع وزير الخارجية الألماني."
    assert not fires("consult.ajra-Hiwar", text)
    assert "CONSULT" not in types(text)


def test_minister_holding_a_dialogue_is_kept():
    text = "أجرى وزير الخارجية الألماني أمس حوارا مع نظيره الفرنسي."
    assert ("CONSULT", ["DEU"], ["FRA"]) in coded(text)


def test_postponed_visit_is_no_visit():
    text = "أعلنت الخارجية الأردنية تأجيل زيارة وزير الخارجية الروسي إلى عمان."
    assert not fires("consult.ziyara", text)
    assert "CONSULT" not in types(text)


def test_started_visit_is_kept():
    assert ("CONSULT", ["RUS"], ["JOR"]) in coded("بدأ وزير الخارجية الروسي زيارة إلى الأردن.")


def test_hope_is_no_readiness():
    text = "وأعرب وزير الخارجية الإيطالي عن أمله في أن تبدي طهران مرونة أكبر."
    assert not fires("agree.a3raba-isti3dad", text)
    assert "AGREE" not in types(text)


def test_readiness_is_kept():
    assert fires("agree.a3raba-isti3dad", "وأعرب وزير الخارجية الإيطالي عن استعداد بلاده للتعاون مع الحكومة الليبية.")


def test_full_solidarity_is_no_hope():
    text = "وأعرب المجلس عن تضامنه الكامل مع الحكومة المصرية."
    assert fires("support.a3raba-da3m", text)  # الكامل is no أمل (ك + امل)
    assert "SUPPORT" in types(text)

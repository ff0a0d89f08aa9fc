"""Session 12 recall: frames that span a time phrase with a bracketed alias (اليوم (الجمعة)، يوليو (تموز)), arrivals
after a long name and title, and a relief convoy arriving. Sentences written for these tests, positives and near
misses."""
import pytest

from tests.events.helpers_triggers import pattern_ids as _pattern_ids, rule_types as _rule_types


# ---------------------------------------------------------------- a bracketed weekday inside a time phrase
@pytest.mark.parametrize("text", [
    "هدد الجيش الكوري الجنوبي، اليوم (الأحد)، بالرد على أي استفزاز من الشمال.",
    "وصل وزير الخارجية البريطاني فيليب هاموند، أمس (الاثنين)، إلى طهران في زيارة رسمية.",
    "استقبل الرئيس المصري، اليوم (الخميس)، وزير الخارجية الأردني في القاهرة.",
])
def test_bracketed_weekday_does_not_break_the_frame(text):
    assert _rule_types(text)


@pytest.mark.parametrize("text", [
    "وصلت وزيرة الخارجية الإيطالية، اليوم (الأربعاء)، إلى العاصمة الليبية طرابلس.",
])
def test_arrival_after_a_bracketed_weekday_is_a_visit(text):
    assert "CONSULT" in _rule_types(text)


@pytest.mark.parametrize("text", [
    # a bracket that is no part of a time phrase still closes the frame
    "هدد الوزير (وهو من حزب المعارضة) بالاستقالة.",
    "وصل (بحسب الصحيفة) عدد النازحين إلى مليون شخص.",
])
def test_bracket_outside_a_time_phrase_still_ends_the_frame(text):
    ids = _pattern_ids(text)
    assert "threaten.haddada-bi-quwwa" not in ids and "consult.waSala-ila" not in ids


# ---------------------------------------------------------------- arrival after a long name and title
@pytest.mark.parametrize("text", [
    "وصل صاحب السمو الملكي الأمير الدكتور خالد بن فهد وزير الدولة عضو مجلس الوزراء، اليوم إلى جمهورية المالديف.",
    "وصل الرئيس الفرنسي فرانسوا هولاند يرافقه وزير الخارجية ووزير الدفاع إلى القاهرة.",
])
def test_arrival_after_a_long_title_is_a_visit(text):
    assert "CONSULT" in _rule_types(text)


@pytest.mark.parametrize("text", [
    "وصل عدد القتلى في الهجمات الأخيرة على القرى الحدودية إلى أكثر من خمسين.",
    "وصلت أسعار النفط في الأسواق العالمية خلال الأسبوع الماضي إلى أدنى مستوى.",
])
def test_counts_and_prices_reaching_a_level_are_no_visit(text):
    assert "CONSULT" not in _rule_types(text)


# ---------------------------------------------------------------- a relief convoy arriving stays aid
def test_convoy_arriving_is_aid_not_a_visit():
    types = _rule_types("وصلت أولى طلائع قافلة «حملة الأمل» الإغاثية السعودية، اليوم، إلى الجمهورية اليمنية عبر منفذ الوديعة.")
    assert "CONSULT" not in types


# ---------------------------------------------------------------- a date set for a meeting, not for a launch
def test_date_set_for_a_meeting_is_matched():
    assert "consult.Haddada-maw3id" in _pattern_ids("وحدد وزيرا الخارجية السعودي والمصري موعدا للقاء المقبل في القاهرة.")


@pytest.mark.parametrize("text", [
    "وكانت الشركة الأمريكية حددت في الأول من مايو (أيار) الماضي يوم 12 يونيو (حزيران) موعدا لطرح هاتفها الجديد.",
    "وحددت اللجنة الانتخابية موعدا لإجراء الانتخابات النيابية في البلاد.",
])
def test_date_set_for_a_launch_or_a_vote_is_no_meeting(text):
    assert "consult.Haddada-maw3id" not in _pattern_ids(text)
    assert "CONSULT" not in _rule_types(text)

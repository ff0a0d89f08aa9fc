"""A pledge (تعهد، وعد، التزم) whose ب complement names an act codes the act promised (aux future), not an
agreement; a vow of force or of measures against someone is a threat (nesting.pledged_acts). Sentences written for
these tests, positives and near misses."""
import pytest

import hadath


def _events(text):
    """Events coded by the rules alone (the sentence filter off), so the rule is tested by itself."""
    from hadath.events.sentence_filter import NoFilter
    from hadath.events.stage import code_document

    doc = hadath.extract(text, date="2015-08-01")
    return code_document(doc, sentence_filter=NoFilter())


def _types(text):
    return [e.type for e in _events(text)]


# ---------------------------------------------------------------- a pledged act is the act, in the future
@pytest.mark.parametrize("text", [
    "تعهد وزير الداخلية الألماني أمس بترحيل طالبي اللجوء المرفوضين خلال أسابيع.",
    "وتعهدت الحكومة النمساوية بترحيل المهاجرين الذين دخلوا أراضيها بصورة غير قانونية.",
])
def test_pledged_deportation_is_coerce_future(text):
    evs = [e for e in _events(text) if e.type == "COERCE"]
    assert evs and evs[0].aux == "future"
    assert "AGREE" not in _types(text)


@pytest.mark.parametrize("text", [
    "تعهد رئيس الوزراء الفرنسي مانويل فالس، أمس، بفرض إجراءات أمنية مشددة حول محطات القطارات.",
    "وعدت الحكومة البلجيكية بتعزيز الإجراءات الأمنية في المطارات بعد التفجيرات.",
    "تعهدت السلطات المصرية بتشديد التدابير الأمنية حول الكنائس خلال الأعياد.",
])
def test_pledged_security_measures_are_mobilize_future(text):
    evs = [e for e in _events(text) if e.type == "MOBILIZE"]
    assert evs and evs[0].aux == "future"
    assert "AGREE" not in _types(text)


@pytest.mark.parametrize("text", [
    "تعهدت فرنسا باتخاذ إجراءات صارمة ضد المهربين الذين ينقلون المهاجرين عبر البحر.",
    "ووعد الرئيس الروسي فلاديمير بوتين باتخاذ تدابير حاسمة ضد الجماعات المسلحة في القوقاز.",
])
def test_pledged_measures_against_someone_are_a_threat(text):
    evs = [e for e in _events(text) if e.type == "THREATEN"]
    assert evs and evs[0].aux == "asserted"  # the threat is made when the vow is
    assert "AGREE" not in _types(text)


@pytest.mark.parametrize("text", [
    "تعهد الرئيس الفرنسي فرانسوا هولاند بشن غارات جديدة على مواقع التنظيم في سوريا.",
    "وعدت الحكومة العراقية بقصف مواقع المسلحين في الأنبار.",
])
def test_pledged_attack_is_a_threat(text):
    types = _types(text)
    assert "THREATEN" in types and "AGREE" not in types and "ASSAULT" not in types


# ---------------------------------------------------------------- near misses: the pledge stays what it was
@pytest.mark.parametrize("text", [
    # a pledge to keep a ceasefire is an agreement to keep it, not a truce declared
    "تعهدت روسيا وتركيا بالالتزام بوقف إطلاق النار في سوريا.",
    "وتعهد الطرفان بالحفاظ على الهدنة حتى نهاية الشهر.",
])
def test_pledge_to_keep_a_ceasefire_is_no_act(text):
    types = _types(text)
    assert "MOBILIZE" not in types and "COERCE" not in types and "THREATEN" not in types


@pytest.mark.parametrize("text", [
    # measures that are neither security measures nor aimed at anyone
    "تعهدت الحكومة الأردنية باتخاذ إجراءات لتحسين الخدمات في المحافظات.",
    "وعد الرئيس التونسي بإجراء انتخابات بلدية قبل نهاية العام.",
])
def test_pledge_of_other_things_is_no_coded_act(text):
    types = _types(text)
    assert "MOBILIZE" not in types and "COERCE" not in types and "THREATEN" not in types


@pytest.mark.parametrize("text", [
    # a past pledge named only as background (after بعد) codes nothing of its own
    "انتقدت المنظمة الحكومة البريطانية بعد تعهدها بترحيل المهاجرين.",
    "وجاء القرار بعد تعهد الحكومة بتعزيز الإجراءات الأمنية حول السفارات.",
    "واحتج النواب إثر وعد الوزير بفرض إجراءات أمنية جديدة في الجامعات.",
])
def test_past_pledge_as_background_is_no_act(text):
    types = _types(text)
    assert "COERCE" not in types and "MOBILIZE" not in types


def test_pluperfect_pledge_keeps_its_past_aux():
    """A dated pledge told in the pluperfect is background: the act it promised is not a future act of the news."""
    evs = [e for e in _events("وكانت الحكومة قد تعهدت في عام 2010 بترحيل المهاجرين غير الشرعيين.")
           if e.type == "COERCE"]
    assert evs and all(e.aux != "future" for e in evs)


def test_pledged_aid_stays_an_agreement():
    """An intent to give aid is AGREE 033 (docs/SCHEMA.md): the pledge is not turned into AID."""
    types = _types("تعهدت اليابان بتقديم مساعدات إنسانية إلى اللاجئين السوريين في الأردن.")
    assert "AID" not in types


def test_considered_as_is_no_pledge():
    # يعد بمثابة: "is considered" (عُدّ), no promise of the act named after it
    assert "SANCTION" not in _types("وقال الوزير إن القرار يعد بمثابة فرض عقوبات جديدة على إيران.")

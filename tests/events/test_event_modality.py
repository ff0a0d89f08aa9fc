"""aux values from particles, governing verbs, conditionals, background frames and dates."""
from __future__ import annotations

import pytest

from hadath.events.sentence_filter import NoFilter
from hadath.events.stage import code_document
from tests.events.fixtures_events import marked_document


def _aux(marked: str, etype: str, date: str = "2024-05-01") -> list[str]:
    return [e.aux for e in code_document(marked_document(marked, date), sentence_filter=NoFilter()) if e.type == etype]


@pytest.mark.parametrize("marked,etype,aux", [
    ("سوف تزور [الوزيرة الكندية|CAN|GOV] [الجزائر|DZA|GOV] قريبا.", "CONSULT", "future"),
    ("ستفرض [كندا|CAN|GOV] عقوبات على [فنزويلا|VEN|GOV].", "SANCTION", "future"),
    ("تعتزم [الحكومة|MAR|GOV] حظر نشاط الجمعية.", "COERCE", "future"),
    ("من المقرر أن يلتقي [الرئيس الكيني|KEN|GOV] [نظيره الأوغندي|UGA|GOV].", "CONSULT", "future"),
    ("يستقبل [الملك|JOR|GOV] [الرئيس القبرصي|CYP|GOV] الأحد المقبل.", "CONSULT", "future"),
    ("لم تدن [الحكومة|NER|GOV] الهجوم.", "ACCUSE", "negated"),
    ("لن تنسحب [القوات الفرنسية|FRA|MIL] من المنطقة.", "RETREAT", "negated"),
    ("لا يدعم [الحزب|TUN|PTY] [الحكومة|TUN|GOV] في هذا القرار.", "SUPPORT", "negated"),
    ("نفت [الشرطة|KEN|COP] أنها اعتقلت [الصحفي|KEN|JRN].", "COERCE", "negated"),
    ("إذا هاجم [المتمردون|COD|REB] المدينة فسيرد الجيش.", "ASSAULT", "hypothetical"),
    ("لو انسحبت [القوات|RUS|MIL] لعاد السكان.", "RETREAT", "hypothetical"),
    ("قد تفرض [اليابان|JPN|GOV] قيودا على الصادرات.", "COERCE", "hypothetical"),
    ("وكانت [الشرطة|TUR|COP] قد اعتقلت [ناشطين|TUR|CVL] العام الماضي.", "COERCE", "historical"),
    ("يشار إلى أن [الجيش|LBN|MIL] قد اشتبك مع [مسلحين|LBN|UAF] في الشمال.", "ASSAULT", "historical"),
    ("وفي عام 2011 تظاهر [آلاف اليمنيين|YEM|CVL] في صنعاء.", "PROTEST", "historical"),
    ("اعتقلت [الشرطة|SEN|COP] [عشرة أشخاص|SEN|CVL] أمس.", "COERCE", "asserted"),
])
def test_aux(marked, etype, aux):
    assert aux in _aux(marked, etype)


def test_still_is_not_negation():
    assert "negated" not in _aux("لا تزال [القوات|USA|MIL] تقصف المواقع.", "ASSAULT")

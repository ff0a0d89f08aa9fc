"""REQUEST events carry CAMEO's split between appeals (02x, verbal cooperation) and demands (10x, verbal conflict):
PLOVER merges them, but the quad class and Goldstein score users aggregate come from the code."""
import pytest

from hadath.events.stage import code_document
from tests.events.fixtures_events import marked_document


def _requests(marked: str):
    return [e for e in code_document(marked_document(marked)) if e.type == "REQUEST"]


@pytest.mark.parametrize("marked, cameo", [
    ("ودعا [وزير الخارجية الفرنسي|FRA|GOV] [الحكومة اللبنانية|LBN|GOV] إلى الإسراع في تشكيل لجنة مستقلة.", "020"),
    ("وناشد [رئيس الوزراء الباكستاني|PAK|GOV] [المجتمع الدولي|-|-] تقديم مساعدات عاجلة لضحايا الزلزال.", "023"),
    ("وحث [الأمين العام للأمم المتحدة|IGO|GOV] [الطرفين|-|-] على استئناف المفاوضات دون شروط.", "020"),
    ("ودعت [الخارجية الألمانية|DEU|GOV] [السلطات الإثيوبية|ETH|GOV] إلى الحوار مع المعارضة.", "026"),
])
def test_appeals_are_verbal_cooperation(marked, cameo):
    evs = _requests(marked)
    assert evs, "no REQUEST coded"
    assert evs[0].cameo == cameo
    assert evs[0].quad_class == 1  # GDELT numbering: verbal cooperation


@pytest.mark.parametrize("marked", [
    "وطالب [البرلمان الأوروبي|EUR|LEG] [الحكومة التركية|TUR|GOV] بالإفراج عن الصحفيين المعتقلين.",
    "وطالبت [نقابة المحامين التونسية|TUN|CVL] [وزارة العدل|TUN|GOV] بفتح تحقيق في وفاة الموقوف.",
])
def test_demands_are_verbal_conflict(marked):
    evs = _requests(marked)
    assert evs, "no REQUEST coded"
    assert evs[0].cameo.startswith("10")
    assert evs[0].quad_class == 3  # verbal conflict

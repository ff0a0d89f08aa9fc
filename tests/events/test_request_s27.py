"""Session 27: a call on the public or on one's own followers (المواطنين، مقاتليه، عناصر الجيش، وسائل الإعلام) names
no party asked and is no REQUEST; a named party asked after such a word keeps it. A party behind ضد / بحق in the
act asked for is its target, not the one asked.

Sentences written for these tests, not taken from any evaluation set."""
from __future__ import annotations

import pytest

import hadath

from tests.events.fixtures_events import pipeline_sides


def _requests(text):
    return pipeline_sides(text, "REQUEST")


@pytest.mark.parametrize("text", [
    "دعا وزير الداخلية الكيني، أمس، المواطنين إلى الابتعاد عن مجاري السيول.",
    "طالب رئيس الأركان الكيني عناصر الجيش بالاستعداد الكامل.",
    "دعا زعيم حركة الشباب الصومالية الجمعة أنصاره إلى الصبر.",
    "دعا وزير الإعلام الكيني وسائل الإعلام إلى الدقة في نقل الأخبار.",
])
def test_call_on_the_public_is_no_request(text):
    assert _requests(text) == []


@pytest.mark.parametrize("text,recipient", [
    ("دعت الحكومة البريطانية المواطنين البريطانيين إلى مغادرة ليبيا.", "GBR"),
    ("دعا الرئيس الكيني الحكومة الصومالية إلى الحوار.", "SOM"),
])
def test_named_party_asked_stays(text, recipient):
    assert any(recipient in r for _, r in _requests(text))


def test_target_of_the_act_asked_is_not_asked():
    reqs = _requests("دعت الممثلة الكندية إلى عقوبة رادعة بحق صياد أميركي.")
    assert all("USA" not in r for _, r in reqs)


def test_government_asks_its_legislature():
    reqs = _requests("دعا الرئيس الأمريكي أعضاء الكونغرس إلى تأييد الميزانية الجديدة.")
    assert any(a == {"USA"} and r == {"USA"} for a, r in reqs), reqs


def test_praise_of_own_legislature_stays_domestic():
    doc = hadath.extract("أشاد الرئيس الأمريكي بالكونغرس لإقراره الميزانية.", date="2015-08-01")
    assert all("USA" not in {a.country for a in e.recipient} for e in doc.events if e.type == "SUPPORT")

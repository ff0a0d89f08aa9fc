"""Session 30 (aidcoop): COOPERATE acts the coder missed for want of a trigger (sentences written for these tests,
not taken from the eval sets).

- Letting another party use one's bases, territory or airspace (سمحت اليونان لفرنسا باستخدام قاعدتها الجوية) is
  military cooperation by the granting party (``cooperate.s30-aidcoop-samaha-istikhdam``), not a concession.
- Taking part in a coalition (تشارك قطر في التحالف الذي تقوده السعودية) is cooperation with the coalition's
  leader (``cooperate.s30-aidcoop-sharaka-tahaluf``).
"""
from __future__ import annotations

from helpers_triggers import coded, pattern_ids, types


def test_letting_a_state_use_air_bases_is_cooperation():
    text = "قال مسؤول عسكري إن اليونان سمحت لفرنسا باستخدام قاعدتين جويتين في جزيرة كريت لتنفيذ مهام الاستطلاع."
    assert ("COOPERATE", ["GRC"], ["FRA"]) in coded(text)
    assert "cooperate.s30-aidcoop-samaha-istikhdam" in pattern_ids(text)


def test_letting_a_state_use_territory_is_cooperation():
    text = "وكانت الأردن قد سمحت للولايات المتحدة باستخدام أراضيها لتدريب المقاتلين."
    assert "COOPERATE" in types(text)


def test_allowing_citizens_to_use_a_road_is_no_cooperation():
    text = "سمحت البلدية للسكان باستخدام الطريق الجديد ابتداء من الأسبوع المقبل."
    assert "cooperate.s30-aidcoop-samaha-istikhdam" not in pattern_ids(text)
    assert "COOPERATE" not in types(text)


def test_taking_part_in_a_coalition_led_by_a_state_is_cooperation():
    text = "وتشارك قطر بقوة في التحالف العسكري الذي تقوده السعودية ضد المتمردين الحوثيين."
    assert ("COOPERATE", ["QAT"], ["SAU"]) in coded(text)


def test_taking_part_in_a_coalition_under_a_state_leadership():
    text = "وتشارك الدنمارك في التحالف العسكري بقيادة الولايات المتحدة ضد تنظيم داعش."
    assert ("COOPERATE", ["DNK"], ["USA"]) in coded(text)


def test_taking_part_in_a_conference_is_no_coalition():
    text = "وتشارك مصر في المؤتمر الاقتصادي الذي يعقد في لندن الأسبوع المقبل."
    assert "cooperate.s30-aidcoop-sharaka-tahaluf" not in pattern_ids(text)


def test_a_share_in_coalition_forces_is_left_to_other_rows():
    text = "وكانت هولندا قد شاركت في قوات التحالف بنحو 200 عسكري."
    assert "cooperate.s30-aidcoop-sharaka-tahaluf" not in pattern_ids(text)

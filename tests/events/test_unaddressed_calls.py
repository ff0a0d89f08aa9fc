"""A directed act naming no one it is aimed at, beside a complete event of its sentence, is that event's content."""
from tests.events.helpers_triggers import coded


def test_a_call_inside_talks_is_no_event_of_its_own():
    text = "عقد وزير الخارجية المصري مباحثات مع نظيره الأردني في القاهرة، حيث شدد على ضرورة وقف الاستيطان."
    assert coded(text) == [("CONSULT", ["EGY"], ["JOR"])]


def test_a_demand_after_a_condemnation_goes_with_it():
    text = "ندد وزير الخارجية الأردني باقتحام القوات الإسرائيلية المسجد الأقصى وطالب بوقف الاعتداءات."
    assert coded(text) == [("ACCUSE", ["JOR"], ["ISR"])]


def test_a_call_alone_stays_a_request():
    assert coded("دعا وزير الخارجية المصري إلى وقف الاستيطان فورا.") == [("REQUEST", ["EGY"], [])]


def test_a_call_with_its_addressee_stays_beside_the_talks():
    text = "عقد وزير الخارجية المصري مباحثات مع نظيره الأردني في القاهرة، ودعا إسرائيل إلى وقف الاستيطان."
    assert ("REQUEST", ["EGY"], ["ISR"]) in coded(text)


def test_a_refusal_voiced_at_a_reception_goes_with_it():
    text = "استقبل الرئيس المصري وزير الخارجية الفرنسي في القاهرة، وأكد رفضه أي تدخل خارجي."
    assert coded(text) == [("CONSULT", ["EGY"], ["FRA"])]

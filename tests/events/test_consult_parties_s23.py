"""Parties of meetings and visits (session 23, consult): a holiday stay is no visit; talks between one country's own
sides; a call received by the clause's subject (تلقاه من); the country after زار is the place visited; two IGOs of
different organisations meet. Sentences written for these tests."""
import hadath


def _consults(text):
    doc = hadath.extract(text, date="2015-08-01")
    return [(tuple(sorted({a.country for a in e.actor})), tuple(sorted({a.country for a in e.recipient})))
            for e in doc.events if e.type == "CONSULT"]


def test_holiday_arrival_is_no_visit():
    assert _consults("وصل الرئيس الفرنسي أمس إلى المغرب في إجازة خاصة.") == []
    assert _consults("وصل الرئيس الفرنسي أمس إلى المغرب لقضاء عطلته الصيفية.") == []


def test_official_arrival_still_a_visit():
    assert _consults("وصل الرئيس الفرنسي أمس إلى المغرب في زيارة رسمية.") == [(("FRA",), ("MAR",))]


def test_talks_between_one_countrys_sides():
    assert _consults("انطلقت في جنيف أمس مفاوضات بين الأطراف السورية برعاية دولية.") == [(("SYR",), ("SYR",))]


def test_meeting_of_one_states_officials_still_dropped():
    assert _consults("عقد المسؤولون الإيرانيون اجتماعا مع وزير الخارجية الإيراني أمس.") == []


def test_call_received_by_the_subject():
    got = _consults("وقال الرئيس المصري، خلال اتصال هاتفي تلقاه من الرئيس الفرنسي فرانسوا أولاند، إن الإرهاب يهدد "
                    "المنطقة.")
    assert got == [(("FRA",), ("EGY",))]


def test_country_after_visit_verb_is_the_place_visited():
    got = _consults("قال مصدر إن وزير الخارجية الألماني عندما يزور إيران الأسبوع المقبل سيبحث التجارة.")
    assert (("DEU",), ("IRN",)) in got


def test_two_organisations_meet():
    got = _consults("تسلم الأمين العام لجامعة الدول العربية الدكتور نبيل العربي رسالة من الأمين العام للأمم المتحدة "
                    "بان كي مون.")
    assert got == [(("IGO",), ("IGO",))]

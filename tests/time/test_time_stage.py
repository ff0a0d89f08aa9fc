"""Stage contract, offsets into the raw text, and clear errors."""
from __future__ import annotations

import pytest

from hadath.document import Document
from hadath.time.stage import TimeError, TimeStage, find_times


def test_contract():
    st = TimeStage()
    assert (st.name, st.requires, st.assigns) == ("time", ("norm", "sentences"), ("times",))


def test_offsets_survive_harakat_and_tatweel():
    text = "وصَلَ الوفدُ يومَ الخَمِيسِ المُقْبِلِ إلى القاهرةِ في الـ١٥ مِن آذار ٢٠٢١"
    times = find_times(Document(text, date="2021-03-15"))
    assert [t.text for t in times] == [text[t.start:t.end] for t in times]
    assert [t.value for t in times] == ["2021-03-18", "2021-03-15"]


def test_bad_publication_date_is_a_clear_error():
    with pytest.raises(TimeError, match="not an ISO date"):
        find_times(Document("الخميس", date="26/11/2020"))


def test_hijri_out_of_range_is_unresolved_not_an_error():
    times = find_times(Document("في 3 رمضان 1200 هـ", date="2021-03-15"))
    assert times and times[0].value is None


def test_invalid_day_is_unresolved():
    times = find_times(Document("في 31 فبراير 2020", date="2021-03-15"))
    assert times and times[0].value is None


def test_clitics_stay_outside_the_span():
    times = find_times(Document("وأمس وبالعام الماضي", date="2021-03-15"))
    assert [t.text for t in times] == ["أمس", "العام الماضي"]


def test_long_text_finds_every_time():
    """Speed is measured by benchmarks/time_quantities.py; here only that a long text loses nothing."""
    text = "أجرى الرئيس الخميس مباحثات في 12 مارس 2020 مع وفد من 300 شخص منذ ثلاثة أيام. " * 500
    times = find_times(Document(text, date="2021-03-15"))
    assert len(times) == 1500

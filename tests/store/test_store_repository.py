"""Queries shared by the CLI and the API: filters, keyset paging, facets, records."""
from __future__ import annotations

import pytest

from hadath.store.db import open_store
from hadath.store.repository import (
    EventFilter, FilterError, actor_counts, count_events, dyad_counts, event_detail, event_record, get_article,
    get_event, iter_events, place_counts, query_events, search_articles, timeline,
)


@pytest.fixture
def session(populated):
    with open_store(populated).session() as s:
        yield s


def all_events(session) -> list:
    return list(iter_events(session))


def ids(events) -> list[str]:
    return [e.id for e in events]


def test_no_filter_returns_everything_in_order(session):
    evs = all_events(session)
    assert len(evs) == count_events(session) > 20
    assert [e.seq for e in evs] == sorted(e.seq for e in evs)


@pytest.mark.parametrize("flt, keep", [
    ({"type": "ASSAULT"}, lambda e: e.type == "ASSAULT"),
    ({"type": "agree,protest"}, lambda e: e.type in ("AGREE", "PROTEST")),
    ({"cameo": "04"}, lambda e: (e.cameo or "").startswith("04")),
    ({"quad_class": "4"}, lambda e: e.quad_class == 4),
    ({"since": "2021-03-10", "until": "2021-03-20"}, lambda e: e.date and "2021-03-10" <= e.date <= "2021-03-20"),
    ({"until": "2021-03"}, lambda e: e.date and e.date[:7] <= "2021-03"),
    ({"actor": "IRQGOV"}, lambda e: any(p.code == "IRQGOV" for p in e.participants)),
    ({"actor": "russia"}, lambda e: any((p.name or "") == "Russia" for p in e.participants)),
    ({"actor": "روسيا"}, lambda e: any((p.name or "") == "Russia" for p in e.participants)),
    ({"country": "rus"}, lambda e: any(p.country == "RUS" for p in e.participants)
        or (e.place is not None and e.place.country == "RUS")),
    ({"sector": "GOV", "type": "CONSULT"}, lambda e: e.type == "CONSULT" and any(p.sector == "GOV" for p in e.participants)),
    ({"place": "Moscow"}, lambda e: e.place is not None and e.place.name == "Moscow"),
    ({"place": "موسكو"}, lambda e: e.place is not None and e.place.name == "Moscow"),
    ({"aux": "asserted"}, lambda e: e.aux == "asserted"),
])
def test_filters_return_the_right_subset(session, flt, keep):
    expected = [e.id for e in all_events(session) if keep(e)]
    got = ids(query_events(session, EventFilter.from_mapping(flt), limit=None))
    assert got == expected
    assert 0 < len(got) or flt == {"aux": "asserted"}
    assert count_events(session, EventFilter.from_mapping(flt)) == len(expected)


def test_text_search_is_arabic_normalized(session):
    # the fixture feed writes "أعلنت مصر" with hamza; the query is written without it and with harakat
    plain = ids(query_events(session, EventFilter(text="اعلنت مصر"), limit=None))
    voweled = ids(query_events(session, EventFilter(text="أَعلَنت مصرَ"), limit=None))
    assert plain and plain == voweled
    for ev in query_events(session, EventFilter(text="اعلنت مصر"), limit=None):
        detail = event_detail(get_event(session, ev.id))
        assert any("مصر" in m["evidence"] for m in detail["mentions"])
    assert query_events(session, EventFilter(text="كلمة-غير-موجودة"), limit=None) == []


def test_like_wildcards_are_literal(session):
    assert query_events(session, EventFilter(actor="%"), limit=None) == []
    assert query_events(session, EventFilter(text="_"), limit=None) == []


def test_keyset_paging_walks_everything_once(session):
    seen, after = [], None
    while True:
        page = query_events(session, EventFilter(), after_id=after, limit=7)
        if not page:
            break
        seen += ids(page)
        after = page[-1].id
    assert seen == ids(all_events(session))


def test_bad_filter_values():
    with pytest.raises(FilterError, match="since"):
        EventFilter(since="yesterday")
    with pytest.raises(FilterError, match="quad"):
        EventFilter(quad_class=7)


def test_event_and_article_records(session):
    ev = query_events(session, EventFilter(type="CONSULT", actor="IRQGOV"), limit=1)[0]
    rec = event_record(ev)
    assert rec["id"] == ev.id and rec["type"] == "CONSULT" and rec["num_mentions"] >= 1
    detail = event_detail(get_event(session, ev.id))
    m = detail["mentions"][0]
    art = get_article(session, m["article_id"])
    assert art.text[m["trigger"]["start"]:m["trigger"]["end"]] == m["trigger"]["text"]
    assert art.text[m["sentence"]["start"]:m["sentence"]["end"]] == m["evidence"]
    assert get_event(session, "ev-does-not-exist") is None and get_article(session, 10 ** 9) is None
    from hadath.store.repository import article_record

    ar = article_record(art)
    assert ar["text"] == art.text and any(e["event_id"] == ev.id for e in ar["events"])
    assert all(ar["text"][e["start"]:e["end"]] == e["text"] for e in ar["entities"])


def test_search_articles(session):
    hits = search_articles(session, "مباحثات في موسكو")
    assert hits and all("موسكو" in a.text for a in hits)


def test_facets_agree_with_rows(session):
    evs = all_events(session)
    tl = timeline(session)
    assert sum(d["events"] for d in tl) == sum(1 for e in evs if e.date)
    assert all(d["events"] == d["q1"] + d["q2"] + d["q3"] + d["q4"] for d in tl)
    day = tl[0]["date"]
    gs = [e.goldstein for e in evs if e.date == day and e.goldstein is not None]
    assert tl[0]["goldstein"] == pytest.approx(sum(gs) / len(gs), abs=1e-3)

    actors = actor_counts(session, limit=100)
    iraq = next(a for a in actors if a["code"] == "IRQGOV")
    assert iraq["events"] == sum(1 for e in evs if any(p.code == "IRQGOV" for p in e.participants))

    dyads = dyad_counts(session)
    top = dyads[0]
    assert top["events"] == sum(1 for e in evs if e.actor_name == top["actor_name"]
                                and e.recipient_name == top["recipient_name"]
                                and e.actor_code == top["actor_code"] and e.recipient_code == top["recipient_code"])

    places = place_counts(session)
    assert {p["name"] for p in places} >= {"Baghdad", "Moscow", "Cairo"}
    moscow = next(p for p in places if p["name"] == "Moscow")
    assert moscow["events"] == sum(1 for e in evs if e.place and e.place.name == "Moscow")
    assert moscow["lat"] == pytest.approx(55.75)

    only_assault = timeline(session, EventFilter(type="ASSAULT"))
    assert all(d["q4"] == d["events"] for d in only_assault)


@pytest.mark.parametrize("flt", [{"actor": "IRQGOV"}, {"country": "RUS"}, {"sector": "GOV", "place": "Moscow"}])
def test_facets_honour_participant_and_place_filters(session, flt):
    """The filters' EXISTS subqueries must not correlate with the facet query's own joins."""
    evs = query_events(session, EventFilter.from_mapping(flt), limit=None)
    assert evs
    counts = {(a["name"], a["code"]): a["events"] for a in actor_counts(session, EventFilter.from_mapping(flt), limit=500)}
    expected: dict = {}
    for e in evs:
        for key in {(p.name, p.code) for p in e.participants}:
            expected[key] = expected.get(key, 0) + 1
    assert counts == expected
    places = {p["name"]: p["events"] for p in place_counts(session, EventFilter.from_mapping(flt))}
    exp_places: dict = {}
    for e in evs:
        if e.place is not None:
            exp_places[e.place.name] = exp_places.get(e.place.name, 0) + 1
    assert places == exp_places
    assert sum(d["events"] for d in timeline(session, EventFilter.from_mapping(flt))) == sum(1 for e in evs if e.date)

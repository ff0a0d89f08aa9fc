"""A small store for the API tests: hand-coded SCHEMA documents ingested through hadath.ingest.

The pipeline's output is replaced by a mapper that returns these documents, so the tests exercise the
real ingest/store code (dedup, event merge, counts) and stay independent of the model's accuracy.
"""
from __future__ import annotations

import re
from typing import Any, Optional

import pytest

# -- actors and places ------------------------------------------------------------------------------
def actor(name: str, name_ar: str, country: Optional[str], sector: Optional[str]) -> dict[str, Any]:
    return {"name": name, "name_ar": name_ar, "country": country, "sector": sector,
            "code": f"{country or ''}{sector or ''}" or None, "wikidata": None}


SALIH = actor("Barham Salih", "برهم صالح", "IRQ", "GOV")
MACRON = actor("Emmanuel Macron", "إيمانويل ماكرون", "FRA", "GOV")
TUR_MIL = actor("Turkish armed forces", "القوات التركية", "TUR", "MIL")
PKK = actor("Kurdistan Workers' Party", "حزب العمال الكردستاني", None, "REB")
ZARIF = actor("Mohammad Javad Zarif", "محمد جواد ظريف", "IRN", "GOV")
USA = actor("United States", "الولايات المتحدة", "USA", "GOV")
SAUDI = actor("Saudi Arabia", "السعودية", "SAU", "GOV")
EGYPT = actor("Egypt", "مصر", "EGY", "GOV")
MILITIA = actor("armed group", "جماعة مسلحة", None, "REB")


def place(name: str, country: str, lat: float, lon: float, gid: int) -> dict[str, Any]:
    return {"name": name, "country": country, "admin1": None, "lat": lat, "lon": lon, "geonameid": gid,
            "feature": "PPLC"}


PARIS = place("Paris", "FRA", 48.85, 2.35, 2988507)
ERBIL = place("Erbil", "IRQ", 36.19, 44.01, 95446)
TEHRAN = place("Tehran", "IRN", 35.69, 51.42, 112931)
RIYADH = place("Riyadh", "SAU", 24.69, 46.72, 108410)
BAGHDAD = place("Baghdad", "IRQ", 33.34, 44.40, 98182)

XSS_TITLE = '<script>window.__xss_title=1</script> تحذير <b>إيراني</b>'
XSS_TEXT = ('حذر وزير الخارجية الإيراني محمد جواد ظريف <script>window.__xss=1</script> من '
            '<img src=x onerror="window.__xss=2"> تصعيد \u202eخطير\u2066 جدا\u202c في المنطقة. '
            'وأضاف أن <b>المنطقة</b> لا تحتمل حربا جديدة.')

# Each article: metadata, text, and its events given by surface strings (offsets are computed).
ARTICLES: list[dict[str, Any]] = [
    {"id": "a1", "date": "2020-11-26", "title": "صالح يزور باريس", "url": "https://news.example/a1",
     "source": "news.example",
     "text": "أعلن الرئيس العراقي برهم صالح أنه سيزور باريس الأربعاء المقبل للقاء الرئيس الفرنسي إيمانويل ماكرون. "
             "وقال مكتب الرئاسة في بغداد إن الزيارة تهدف إلى بحث التعاون الأمني.",
     "events": [dict(type="CONSULT", mode="visit", cameo="036", quad_class=1, goldstein=4.0, aux="future",
                     trigger="سيزور", actor=[("برهم صالح", SALIH)], recipient=[("إيمانويل ماكرون", MACRON)],
                     date=("الأربعاء المقبل", "2020-12-02"), location=("باريس", PARIS))]},
    {"id": "a2", "date": "2020-11-27", "title": "قصف تركي في شمال العراق", "url": "https://wire.example/a2",
     "source": "wire.example",
     "text": "قصفت القوات التركية مواقع لحزب العمال الكردستاني قرب أربيل في شمال العراق يوم الخميس. "
             "وأفادت مصادر محلية بسقوط قتلى.",
     "events": [dict(type="ASSAULT", mode="aerial", cameo="195", quad_class=4, goldstein=-10.0,
                     trigger="قصفت", actor=[("القوات التركية", TUR_MIL)],
                     recipient=[("حزب العمال الكردستاني", PKK)], date=("يوم الخميس", "2020-11-26"),
                     location=("أربيل", ERBIL))]},
    {"id": "a3", "date": "2020-11-28", "title": "ظريف يندد بالعقوبات", "url": "https://news.example/a3",
     "source": "news.example",
     "text": "ندد وزير الخارجية الإيراني محمد جواد ظريف في طهران بعقوبات الولايات المتحدة الجديدة على بلاده. "
             "وطالب ظريف واشنطن برفع العقوبات فورا.",
     "events": [dict(type="ACCUSE", cameo="111", quad_class=3, goldstein=-2.0, trigger="ندد",
                     actor=[("محمد جواد ظريف", ZARIF)], recipient=[("الولايات المتحدة", USA)],
                     location=("طهران", TEHRAN)),
                dict(type="REQUEST", cameo="104", quad_class=3, goldstein=-5.0, trigger="وطالب",
                     actor=[("ظريف واشنطن", None)], recipient=[("واشنطن", USA)])]},
    {"id": "a4", "date": "2020-11-30", "title": "اتفاقية سعودية مصرية", "url": "https://wire.example/a4",
     "source": "wire.example",
     "text": "وقعت السعودية ومصر في الرياض اتفاقية للتعاون الاقتصادي يوم الاثنين. "
             "وتشمل الاتفاقية مشاريع مشتركة بقيمة ملياري دولار.",
     "events": [dict(type="AGREE", cameo="057", quad_class=1, goldstein=8.0, trigger="وقعت",
                     actor=[("السعودية", SAUDI)], recipient=[("مصر", EGYPT)], date=("يوم الاثنين", "2020-11-30"),
                     location=("الرياض", RIYADH))]},
    {"id": "a5", "date": "2020-11-27", "title": "برهم صالح إلى باريس", "url": "https://wire.example/a5",
     "source": "wire.example",
     "text": "قال الرئيس العراقي برهم صالح إنه سيزور باريس الأربعاء المقبل حيث يلتقي إيمانويل ماكرون لبحث العلاقات.",
     "events": [dict(type="CONSULT", mode="visit", cameo="036", quad_class=1, goldstein=4.0, aux="future",
                     trigger="سيزور", actor=[("برهم صالح", SALIH)], recipient=[("إيمانويل ماكرون", MACRON)],
                     date=("الأربعاء المقبل", "2020-12-02"), location=("باريس", PARIS))]},
    {"id": "a6", "date": "2020-11-29", "title": XSS_TITLE, "url": "javascript:window.__xss_url=1",
     "source": "<i>evil</i>.example", "text": XSS_TEXT,
     "events": [dict(type="THREATEN", cameo="130", quad_class=3, goldstein=-4.4, trigger="حذر",
                     actor=[("محمد جواد ظريف", ZARIF)], recipient=[])]},
    {"id": "a7", "date": "2020-12-01", "title": "ماكرون يستقبل صالح", "url": "https://news.example/a7",
     "source": "news.example",
     "text": "استقبل الرئيس الفرنسي إيمانويل ماكرون في باريس الرئيس العراقي برهم صالح. "
             "وبحث الجانبان التعاون في مكافحة الإرهاب.",
     "events": [dict(type="CONSULT", mode="host", cameo="043", quad_class=1, goldstein=2.8, trigger="استقبل",
                     actor=[("إيمانويل ماكرون", MACRON)], recipient=[("برهم صالح", SALIH)],
                     location=("باريس", PARIS))]},
    {"id": "a8", "date": "2020-12-01", "title": "صواريخ على السفارة", "url": "https://wire.example/a8",
     "source": "wire.example",
     "text": "أطلقت جماعة مسلحة صواريخ على سفارة الولايات المتحدة في بغداد ليل الاثنين دون وقوع إصابات.",
     "events": [dict(type="ASSAULT", cameo="190", quad_class=4, goldstein=-10.0, trigger="أطلقت",
                     actor=[("جماعة مسلحة", MILITIA)], recipient=[("الولايات المتحدة", USA)],
                     date=("ليل الاثنين", "2020-11-30"), location=("بغداد", BAGHDAD))]},
]


def _span(text: str, surface: str, near: int = 0) -> tuple[int, int]:
    i = text.find(surface, near)
    if i < 0:
        i = text.index(surface)
    return i, i + len(surface)


def _sentence(text: str, pos: int) -> tuple[int, int]:
    starts = [0] + [m.end() for m in re.finditer(r"\.\s+", text)]
    start = max(s for s in starts if s <= pos)
    m = re.compile(r"\.").search(text, pos)
    return start, (m.end() if m else len(text))


def schema_doc(art: dict[str, Any]) -> dict[str, Any]:
    """The SCHEMA document the pipeline would return for ``art`` (entities, times, events)."""
    text = art["text"]
    entities, times, events = [], [], []
    for n, spec in enumerate(art["events"]):
        ts, te = _span(text, spec["trigger"])
        ss, se = _sentence(text, ts)

        def people(pairs):
            out = []
            for surface, a in pairs:
                if a is None:
                    continue
                s, e = _span(text, surface, ss)
                d = {"text": surface, "start": s, "end": e, **a}
                out.append(d)
                entities.append({"text": surface, "start": s, "end": e,
                                 "label": "PER" if a["sector"] == "GOV" and " " in a["name"] else "ORG",
                                 "actor": d, "place": None})
            return out

        acts, recs = people(spec.get("actor", [])), people(spec.get("recipient", []))
        loc = None
        if spec.get("location"):
            surface, p = spec["location"]
            s, e = _span(text, surface, ss)
            loc = {"text": surface, "start": s, "end": e, **p}
            entities.append({"text": surface, "start": s, "end": e, "label": "GPE", "actor": None, "place": loc})
        date = None
        if spec.get("date"):
            surface, value = spec["date"]
            s, e = _span(text, surface, ss)
            date = {"text": surface, "start": s, "end": e, "value": value, "end_value": None, "granularity": "day"}
            times.append(date)
        events.append({
            "id": f"{art['id']}-e{n}", "type": spec["type"], "mode": spec.get("mode"), "context": [],
            "cameo": spec["cameo"], "quad_class": spec["quad_class"], "goldstein": spec["goldstein"],
            "aux": spec.get("aux", "asserted"), "actor": acts, "recipient": recs, "location": loc, "date": date,
            "trigger": {"text": spec["trigger"], "start": ts, "end": te}, "sentence": {"start": ss, "end": se},
            "mentions": [], "quantities": [], "confidence": 0.8, "source": "test:fixture"})
    uniq = {(e["start"], e["end"]): e for e in entities}
    return {"schema_version": "1", "id": art["id"], "date": art["date"], "language": "ar",
            "entities": sorted(uniq.values(), key=lambda e: e["start"]), "times": times, "quantities": [],
            "events": events}


def build_store(url: str) -> None:
    """Ingest ARTICLES into the store at ``url`` through hadath.ingest with a fixed processor."""
    from hadath.ingest.runner import ingest
    from hadath.ingest.sources import RawItem

    by_id = {a["id"]: a for a in ARTICLES}

    def mapper(func, docs):  # stands in for the pipeline: same order, SCHEMA dicts (None passes)
        return (None if d is None else schema_doc(by_id[d.id]) for d in docs)

    items = [RawItem(text=a["text"], origin=a["id"], locator=a["url"], id=a["id"], url=a["url"],
                     title=a["title"], date=a["date"], source=a["source"], kind="jsonl") for a in ARTICLES]
    stats = ingest([], db=url, mapper=mapper, items=items)
    assert stats.errors == 0, stats.error_lines


@pytest.fixture(scope="session")
def api_db(tmp_path_factory) -> str:
    url = f"sqlite:///{tmp_path_factory.mktemp('api') / 'api.db'}"
    build_store(url)
    return url


@pytest.fixture(scope="session")
def app(api_db):
    from hadath.api.app import create_app

    return create_app(api_db)


@pytest.fixture()
def client(app):
    from fastapi.testclient import TestClient

    with TestClient(app) as c:
        yield c


class FakeDoc:
    """What ``hadath.extract`` returns, reduced to ``to_dict`` (the endpoint's only use of it)."""

    def __init__(self, d: dict[str, Any]):
        self.d = d

    def to_dict(self) -> dict[str, Any]:
        return self.d


def fake_extract(text: str, date: Optional[str] = None, id: Optional[str] = None) -> FakeDoc:
    """Stand-in for the pipeline: the fixture article with this text, else a document with no events."""
    for art in ARTICLES:
        if art["text"] == text:
            return FakeDoc(schema_doc(art))
    return FakeDoc({"schema_version": "1", "id": id or "x", "date": date, "language": "ar", "entities": [],
                    "times": [], "quantities": [], "events": []})


@pytest.fixture()
def no_pipeline(monkeypatch):
    """POST /api/extract answers from the fixture articles instead of running the models."""
    import hadath

    monkeypatch.setattr(hadath, "extract", fake_extract)

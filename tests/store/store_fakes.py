"""A tiny deterministic stand-in for the pipeline, so store/ingest tests do not depend on the models.

It finds a trigger word and country names per sentence and emits SCHEMA-shaped events; a repeat of the
same event later in a document becomes a mention of the first one (as the real events stage does).
Also: a generator of small synthetic Arabic corpora written for these tests.
"""
from __future__ import annotations

import hashlib
import json
import re
from pathlib import Path

from hadath.document import Actor, Document, Entity, Event, Mention, Place, Span, TimeValue

COUNTRIES = {
    "العراق": ("Iraq", "IRQ"), "روسيا": ("Russia", "RUS"), "مصر": ("Egypt", "EGY"),
    "الاردن": ("Jordan", "JOR"), "تركيا": ("Turkey", "TUR"), "ايران": ("Iran", "IRN"),
}
TRIGGERS = {
    "زيارة": ("CONSULT", "042", 1, 1.9, "visit"), "مباحثات": ("CONSULT", "040", 1, 1.0, None),
    "هجوم": ("ASSAULT", "190", 4, -10.0, None), "اتفاق": ("AGREE", "057", 1, 8.0, None),
    "احتجاج": ("PROTEST", "140", 3, -6.5, None),
}
PLACES = {
    "بغداد": ("Baghdad", "IRQ", 33.34, 44.40, 98182), "موسكو": ("Moscow", "RUS", 55.75, 37.62, 524901),
    "القاهرة": ("Cairo", "EGY", 30.06, 31.25, 360630),
}
DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
SENT = re.compile(r"[^.\n]+")


def _find(text: str, words) -> list[tuple[int, int, str]]:
    out = []
    for w in words:
        for m in re.finditer(re.escape(w), text):
            out.append((m.start(), m.end(), w))
    return sorted(out)


class FakeStage:
    name, version, requires, assigns = "fake", "1", (), ("entities", "events")

    def __call__(self, doc: Document) -> Document:
        if "<<boom>>" in doc.text:
            raise RuntimeError("fake pipeline exploded")
        from hadath.text.normalize import normalize

        norm = normalize(doc.text)
        text = norm.text  # alef forms etc. unified; map spans back with to_raw
        seen: dict[tuple, Event] = {}
        for sm in SENT.finditer(text):
            s0, s1 = norm.to_raw(sm.start(), sm.end())
            trig = _find(sm.group(), TRIGGERS)
            if not trig:
                continue
            ts, te, tw = trig[0]
            ts, te = norm.to_raw(sm.start() + ts, sm.start() + te)
            actors = []
            for a0, a1, w in _find(sm.group(), COUNTRIES):
                r0, r1 = norm.to_raw(sm.start() + a0, sm.start() + a1)
                name, iso = COUNTRIES[w]
                act = Actor(doc.text[r0:r1], r0, r1, name, w, iso, "GOV")
                actors.append(act)
                doc.add_entity(Entity(doc.text[r0:r1], r0, r1, "GPE", actor=act))
            place = None
            for p0, p1, w in _find(sm.group(), PLACES):
                r0, r1 = norm.to_raw(sm.start() + p0, sm.start() + p1)
                name, iso, lat, lon, gid = PLACES[w]
                place = Place(doc.text[r0:r1], r0, r1, name, iso, lat=lat, lon=lon, geonameid=gid, feature="PPLC")
                doc.add_entity(Entity(doc.text[r0:r1], r0, r1, "LOC", place=place))
                break
            dm = DATE.search(sm.group())
            date = None
            if dm:
                r0, r1 = norm.to_raw(sm.start() + dm.start(), sm.start() + dm.end())
                date = TimeValue(doc.text[r0:r1], r0, r1, dm.group(), granularity="day")
            typ, cameo, quad, gold, mode = TRIGGERS[tw]
            key = (typ, tuple(a.code for a in actors[:1]), tuple(a.code for a in actors[1:2]))
            trigger, sentence = Span(doc.text[ts:te], ts, te), Span(doc.text[s0:s1], s0, s1)
            if key in seen:
                seen[key].mentions.append(Mention(trigger, sentence))
                continue
            ev = Event(type=typ, trigger=trigger, sentence=sentence, mode=mode, cameo=cameo, quad_class=quad,
                       goldstein=gold, actor=actors[:1], recipient=actors[1:2], location=place, date=date,
                       confidence=0.8, source=f"rule:fake.{tw}",
                       id=hashlib.sha1(f"{doc.id}:{ts}:{te}".encode()).hexdigest()[:16])
            seen[key] = ev
            doc.events.append(ev)
        return doc


def fake_pipeline(doc: Document) -> Document:
    doc = FakeStage()(doc)
    doc.meta["stages"] = {"fake": "1"}
    return doc


# -- a synthetic corpus ---------------------------------------------------------------------------------
SUBJECTS = list(COUNTRIES)
FILLER = ("وقال مصدر مطلع إن الجانبين ناقشا ملفات عديدة تخص الامن والطاقة والتجارة والنقل البحري "
          "وتبادل الخبرات في مجالات التعليم والصحة والزراعة وادارة المياه")


def article(i: int) -> tuple[str, str]:
    """Article number i: (text, date). Distinct enough from each other not to be near-duplicates."""
    a, b = SUBJECTS[i % len(SUBJECTS)], SUBJECTS[(i * 5 + 1) % len(SUBJECTS)]
    if a == b:
        b = SUBJECTS[(i + 1) % len(SUBJECTS)]
    trig = list(TRIGGERS)[i % len(TRIGGERS)]
    place = list(PLACES)[i % len(PLACES)]
    day = f"2021-03-{1 + i % 28:02d}"
    import random

    rng = random.Random(i)
    words = FILLER.split()
    filler = " ".join(rng.sample(words, len(words)))
    text = (f"اعلنت {a} عن {trig} مع {b} في {place} يوم {day}. "
            f"{filler} رقم {i * 7919}. "
            f"واكدت المصادر ان {trig} بين {a} و{b} ستتواصل. تقرير {i} عن {trig} و {i * 31}.")
    return text, day


def write_corpus(folder: Path, n: int, with_dups: bool = True) -> dict:
    """n articles as .txt files plus a JSONL file; returns what a complete ingest must contain."""
    folder.mkdir(parents=True, exist_ok=True)
    rows = []
    for i in range(n):
        text, day = article(i)
        if i % 3 == 0:
            (folder / f"a{i:04d}.txt").write_text(text, encoding="utf-8")
        else:
            rows.append({"id": f"doc-{i}", "text": text, "date": day, "url": f"https://news{i % 4}.example/{i}"})
    if with_dups:
        t0, d0 = article(1)
        rows.append({"id": "copy-1", "text": t0, "date": d0, "url": "https://mirror.example/1"})  # exact
        rows.append({"id": "near-1", "text": t0.replace("اعلنت", "أعلنت ") + " المزيد.", "date": d0,
                     "url": "https://mirror2.example/1"})  # near (alef form, an extra word)
    with open(folder / "batch.jsonl", "w", encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    return {"inputs": n + (2 if with_dups else 0), "duplicates": 2 if with_dups else 0}

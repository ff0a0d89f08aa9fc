"""Passes over the resolved mentions of a whole article, for what one phrase cannot settle alone.

- ``merge_forces``: a bare force word (قوات، وحدات، شرطة) in construct with a named body, group or man right
  after it is one actor with that one's country ("قوات الجيش الليبي" is the Libyan army, not an unowned force
  beside it; "شرطة الاحتلال" is ISR COP).
- ``allied_forces``: a force with no country described by whom it sides with (القوات الموالية للحكومة اليمنية) is
  that side's; a patron state named alone (الموالية لإيران) gives nothing.
- ``partisans_of``: followers named by a bare plural before a named side (أنصار حزب الله) are that side's.
- ``officials_of``: officials named by a plural, of a body after them ("مسؤولون بقوات حرس الحدود الباكستانية").
- ``owned_businesses``: a company before a service noun with a nationality (شركة الطيران التونسية) is that
  country's company, not a company beside a foreign force.
- ``shared_nationality``: two plurals joined by و share the nationality after the second.
- ``located_bodies``: a bare state body placed in a governorate or city of one country is that country's; so is a
  spokesman of a bare armed side placed in a city (المتحدث باسم المقاومة في تعز).
- ``fighters_of``: armed men named by a sector term and tied by تابعين ل/ينتمون إلى to a named group right
  after them (مسلحين تابعين لحزب كوملة) take that group's country.
- ``members_of``: members named by a noun before "في" a body with a country (قيادات في الحكومة اليمنية، غالبية في
  مجلس النواب الأميركي) are that body's, one actor over both.
- ``organs_of``: an organ named by its head noun and its own name before في/داخل or التابعة ل an institution with
  a country (لجنة حقوق الإنسان في البرلمان العراقي، دائرة شؤون المفاوضات في منظمة التحرير) is that institution's, one
  actor from the head (or the office before it: رئيس، مدير) on.
- ``igo_short_forms``: the bare definite head of an international body named before (وقال الصندوق after صندوق
  النقد الدولي، طالبت المحكمة after المحكمة الجنائية الدولية) is that body, not a sector term of the sentence's state.
- ``building_names``: a man or title right after a building's head noun (مستشفى الملك عبدالله، مسجد الإمام الصادق،
  جامعة الملك سعود) names the building, not a party to anything.
- ``article_country``: a bare state body or office with no country after every sentence rule (الجيش، الشرطة،
  مجلس الشورى، وزير الداخلية، المحافظ فلان) is the state the earlier sentences are mostly about. Only earlier
  sentences count, so a lone sentence (the Arabic event GSR) is never coded from context, as its coders do not;
  the news gold, like a reader, does; so does a spokesman of a bare body (المتحدث باسم المقاومة). Crowds named by
  what they do (المتظاهرون، الأهالي) and unnamed sides of a country's own war (المتمردين) count too, first taking
  the country of a place they are in construct with (أهالي عدن).
- ``ethnic_parties``: an unnamed party coded by its people (مقاتلون أكراد: KUR) is of the one state of that people's
  homelands its sentence (else the article before it) speaks of; also only in an article, never a lone sentence.
"""
from __future__ import annotations

import bisect
import re
from collections import Counter
from dataclasses import replace
from typing import Optional

from hadath.text.normalize import normalize_word, peel_forms, strip_al

PENDING = "pending:"  # ref prefix of a bare office kept only if the article's context gives it a country
BARE_BODY_FRAME = ":bare-body"  # ref mark of a spokesman of a countryless body term (المتحدث باسم المقاومة)
NON_STATES = frozenset({"IGO", "NGO", "KUR", "IMG"})
STATE_SECTORS = frozenset({"GOV", "MIL", "COP", "LEG", "JUD"})
BODY_SECTORS = STATE_SECTORS | {"REB", "OPP"}  # bare "المقاومة", "المعارضة": a side in the article's own war
# a force described by its allegiance ("القوات الموالية لـ"، "المنضوية تحت لوائها") is someone else's
ALLEGIANCE = frozenset(normalize_word(w) for w in [
    "الموالية", "الموالي", "الموالين", "المنضوية", "المنضوين", "التابعة", "التابع", "التابعين", "المتحالفة",
    "المدعومة", "الحليفة", "المؤيدة", "المؤيدين", "المناهضة", "المعارضة", "المنشقة", "المنشقين"])
_NEXT_WORD = re.compile(r"\s+([^\W\d_]+)")
FORCE_WORDS = frozenset(normalize_word(w) for w in ["قوات", "وقوات", "لقوات", "بقوات", "وحدات", "ووحدات", "لوحدات"])
CONSTRUCT_FORCES = frozenset(normalize_word(w) for w in ["شرطة", "وشرطة", "لشرطة", "بشرطة"])
_PLAIN = re.compile(r"[^\W\d_]+")
NAMED_KINDS = frozenset({"body", "group", "igo", "person"})
PLACE_KINDS = frozenset({"country", "capital", "nationality"})
QUOTES = " \"'«»“”"


def merge_forces(t: str, out: list) -> list:
    """Fold "قوات" + a named body/group/person right after it into one actor carrying the second's country;
    likewise "شرطة الاحتلال" (the police of the occupier: ISR COP), and a force described by up to three words
    before a body with a country after ب/في ("قوات مكافحة الإرهاب بوزارة الداخلية المصرية")."""
    drop: set[int] = set()
    for k, (a, b) in enumerate(zip(out, out[1:])):
        head = t[a.start:a.end]
        if k in drop or a.country is not None or a.kind != "body" or not (
                head in FORCE_WORDS or head in CONSTRUCT_FORCES):
            continue
        gap = t[a.end:b.start].strip(QUOTES)
        if gap and not (head in FORCE_WORDS and b.kind == "body" and b.country and _described(t, gap, b)):
            continue
        if b.kind not in NAMED_KINDS or (head in CONSTRUCT_FORCES and not b.country):
            continue
        if b.kind == "person" and b.country in (None, *NON_STATES):
            continue
        a.end, a.country, a.name, a.ref = b.end, b.country, b.name, b.ref
        a.parts = a.parts + b.parts
        if head in FORCE_WORDS and b.kind != "person" and b.sector in ("REB", "MIL", "COP", "UAF", "OPP"):
            a.sector = b.sector  # "قوات الشرطة الاتحادية" COP; a party's or a man's forces stay MIL
        if b.kind == "igo":
            a.kind = "igo"
        drop.add(k + 1)
    return [r for k, r in enumerate(out) if k not in drop]


SIDING = frozenset(normalize_word(w) for w in [
    "الموالية", "الموالي", "الموالين", "الموالون", "التابعة", "التابع", "التابعين", "التابعون", "المؤيدة",
    "المؤيدين", "المؤيدون"])
OWNER_KINDS = frozenset({"body", "person", "title", "group"})


def allied_forces(t: str, out: list) -> list:
    """A force with no country described by whom it sides with is that side's: "القوات الموالية للحكومة اليمنية" (one
    actor over both, YEM MIL), "المسلحين الموالين للحوثيين" (YEM REB, the group kept beside). A state named alone
    ("القوات الموالية لإيران") is a patron, not the owner, so it gives nothing."""
    drop: set[int] = set()
    for k, (a, b) in enumerate(zip(out, out[1:])):
        if k in drop or a.country is not None or a.kind not in ("body", "group") \
                or a.sector not in ("MIL", "COP", "REB", None) or not a.ref.startswith("term:"):
            continue
        gap = t[a.end:b.start].split()
        if not gap or gap[0] not in SIDING or len(gap) > 2 or not (gap[-1] == "ل" or (
                len(gap) == 1 and t[b.start:b.start + 1] == "ل")):
            continue
        if b.kind not in OWNER_KINDS or not b.country or b.country in NON_STATES:
            continue
        a.country = b.country
        a.sector = b.sector if b.kind == "group" and b.sector in ("REB", "OPP") else (a.sector or "MIL")
        a.name = f"{b.country} {a.name}"
        a.ref = a.ref.split("|")[0] + f"|{b.country}"
        if b.kind == "group":
            continue  # "العديد من المسلحين التابعين للحوثيين": the named group stays an actor of its own
        a.end, a.parts = b.end, a.parts + b.parts
        drop.add(k + 1)
    return [r for k, r in enumerate(out) if k not in drop]


def opponents_of(t: str, out: list, opposing: frozenset) -> list:
    """A force or fighters with no country described as opposed to a side inside a state are of that state:
    "مقاتلين مناهضين لجماعة الحوثي" (YEM), "الفصائل المعارضة للنظام السوري" (SYR). The side stays an actor of its own
    (the one they fight); a state named alone ("المناهضة لإيران"), an IGO or a stateless group gives nothing."""
    for k, a in enumerate(out[:-1]):
        if a.country is not None or a.kind not in ("body", "group") \
                or a.sector not in ("MIL", "COP", "REB", "OPP", None) or not a.ref.startswith("term:"):
            continue
        b = out[k + 1]
        if _opposing_word(t, b, opposing) and k + 2 < len(out) and not t[a.end:b.start].strip():
            b = out[k + 2]  # "مسلحون معارضون للحكومة": the adjective is also the bare body "المعارضة"
        gap = t[a.end:b.start].split()
        if _opposing_word(t, a, opposing) and not gap and t[b.start:b.start + 1] == "ل":
            gap = [t[a.start:a.end], "ل"]  # "المعارضة للنظام السوري": the opposition to a state's regime is its own
        if a.sector == "OPP" and not _opposing_word(t, a, opposing):
            continue
        if not gap or len(gap) > 3 or gap[0] not in opposing or not (gap[-1] == "ل" or t[b.start:b.start + 1] == "ل"):
            continue
        if b.kind not in OWNER_KINDS or not b.country or b.country in NON_STATES:
            continue
        a.country, a.sector = b.country, a.sector or "REB"
        a.name = f"{b.country} opponents of {b.name}"
        a.ref = a.ref.split("|")[0] + f"|{b.country}"
    return out


def _opposing_word(t: str, r, opposing: frozenset) -> bool:
    return r.country is None and t[r.start:r.end] in opposing


# plural nouns of followers right before a named side (أنصار حزب الله، الموالون للرئيس صالح، مؤيدي الرئيس مرسي)
PARTISANS = re.compile(r"(?:^|\s)([وف]?(?:ال)?(?:موالون|موالين|انصار|مؤيدو|مؤيدي|اتباع|مناصرو|مناصري)"
                       r"(?:\s+ل)?)\s*$")
PARTISAN_SIDES = frozenset({"group", "person", "body"})


def partisans_of(t: str, out: list) -> list:
    """Followers named by a bare plural before a named side are that side's, one actor over both: "أنصار حزب الله"
    (LBN, the party's sector), "الموالين للرئيس السابق علي عبد الله صالح" (YEM, no sector: not his office). A side
    with no state (ISIS, an IGO) gives nothing; the bare plural alone stays no actor."""
    res = []
    prev_end = 0
    for b in out:
        m = PARTISANS.search(t, max(prev_end, b.start - 20), b.start) if b.kind in PARTISAN_SIDES else None
        if m is not None and b.country and b.country not in NON_STATES and b.start - m.end(1) <= 1 \
                and (b.kind != "body" or not b.ref.startswith("term:")):
            side = b.sector if b.kind == "group" else None
            b = replace(b, start=m.start(1), kind="group", sector=side, name=f"{b.country} partisans of {b.name}",
                        ref=f"term:group:partisans|{b.country}")
        res.append(b)
        prev_end = b.end
    return res


def _described(t: str, gap: str, b) -> bool:
    """"قوات [مكافحة الإرهاب] بوزارة ...": a few plain words, then the body after ب or في."""
    words = gap.split()
    if words and words[-1] in ("في", "ب"):
        words = words[:-1]
    elif t[b.start:b.start + 1] != "ب" and t[b.start - 1:b.start] != "ب":
        return False
    return 0 < len(words) <= 3 and all(_PLAIN.fullmatch(w) for w in words)


HOST_ROLES = frozenset({"ambassador", "envoy", "diplomat"})
OFFICIALS = frozenset({"GOV", "MIL", "COP"})
OF_WORDS = frozenset({"في", "باسم", "لدى", "داخل"})


def officials_of(t: str, out: list) -> list:
    """Officials named by a plural with no country, of a body right after them, are that body's:
    "مسؤولون بقوات حرس الحدود الباكستانية" (PAK MIL), "متحدثون عسكريون باسم الحكومة الليبية" (LBY MIL)."""
    drop: set[int] = set()
    for k, (a, b) in enumerate(zip(out, out[1:])):
        if k in drop or a.kind != "group" or a.country is not None or a.sector not in OFFICIALS \
                or not a.ref.startswith("term:") or b.kind not in ("body", "igo", "seat") or not b.country:
            continue
        gap = t[a.end:b.start].split()
        if not (gap in ([], ["ب"]) and (t[b.start - 1:b.start] == "ب" or t[b.start:b.start + 1] == "ب")
                or len(gap) == 1 and gap[0] in OF_WORDS):
            continue
        a.end, a.country, a.parts = b.end, b.country, a.parts + b.parts
        if b.sector in ("MIL", "COP"):  # officers of the police are police
            a.sector = b.sector
        drop.add(k + 1)
    return [r for k, r in enumerate(out) if k not in drop]


SERVICE_SECTORS = frozenset({"MIL", "COP"})  # the service nouns that need a nationality (الطيران، الأمن)


def owned_businesses(t: str, out: list) -> list:
    """A business right before a service noun with a nationality is that country's business of that service, one
    actor over both: "شركة الطيران التونسية" is a Tunisian airline (BUS), not a company beside the Tunisian air
    force; "شركات الأمن الأمريكية" likewise."""
    drop: set[int] = set()
    for k, (a, b) in enumerate(zip(out, out[1:])):
        if k in drop or a.kind != "body" or a.sector != "BUS" or a.country is not None \
                or not a.ref.startswith("term:") or t[a.end:b.start] != " ":
            continue
        if b.kind != "nationality" or not b.country or b.sector not in SERVICE_SECTORS or len(t[b.start:b.end].split()) < 2:
            continue
        a.end, a.country, a.parts = b.end, b.country, a.parts + b.parts
        a.name = f"{b.country} {a.name}"
        a.ref = a.ref.split("|")[0] + f"|{b.country}"
        drop.add(k + 1)
    return [r for k, r in enumerate(out) if k not in drop]


def shared_nationality(t: str, out: list) -> list:
    """Two plural nouns joined by و share the nationality after the second: "المسؤولين والمواطنين الإماراتيين"."""
    for a, b in zip(out, out[1:]):
        joined = t[a.end:b.start] == " و" or (t[a.end:b.start] == " " and t[b.start:b.start + 1] == "و")
        if a.kind == "group" and a.country is None and a.ref.startswith("term:") and b.kind == "group" and b.country \
                and b.country not in NON_STATES and joined and len(t[b.start:b.end].split()) == 2 \
                and b.ref.startswith("term:"):
            a.country = b.country
    return out


PLACE_NOUNS = frozenset(normalize_word(w) for w in [
    "محافظة", "ولاية", "مدينة", "منطقة", "إقليم", "مديرية", "قضاء", "ناحية", "مقاطعة", "بلدة"])
_LOCATED = re.compile(r"\s+(?:في\s+|ب)([^\W\d_]+)(?:\s+([^\W\d_]+))?(?:\s+([^\W\d_]+))?")


def located_bodies(t: str, out: list, place_country) -> list:
    """A bare state body placed by ب/في in a governorate or city of one country is that country's:
    "الأجهزة الأمنية بمحافظة شمال سيناء" (EGY COP), "الشرطة في مدينة الفيوم"; a spokesman of a bare armed side
    also without the place noun ("المتحدث باسم المقاومة في تعز": YEM)."""
    for k, r in enumerate(out):
        side = _side_spokesman(r)
        if r.country is not None or not side and (
                r.kind != "body" or r.sector not in STATE_SECTORS or not r.ref.startswith("term:")):
            continue
        m = _LOCATED.match(t, r.end)
        if not m or (k + 1 < len(out) and out[k + 1].start < m.end(1)):
            continue
        if side and m.group(1) not in PLACE_NOUNS:
            words = [w for w in m.groups() if w]  # "المتحدث باسم المقاومة في عدن": a side of its own city's war
        elif m.group(1) in PLACE_NOUNS:
            words = [w for w in m.groups()[1:] if w]
        else:
            continue  # only after a place noun: "الشرطة في بغداد" alone is left to the sentence rules
        for n in (2, 1):
            if len(words) >= n:
                c = place_country(" ".join(words[:n]))
                if c:
                    r.country = c
                    break
    return out


def _side_spokesman(r) -> bool:
    """A spokesman of a bare armed side (المتحدث باسم المقاومة), who speaks where his side fights (not an opposition,
    often in exile)."""
    return r.kind == "frame" and r.sector == "REB" and BARE_BODY_FRAME + "|" in r.ref


def article_country(t: str, out: list, sentences: list[tuple[int, int]], matches: Optional[list] = None,
                    people: frozenset = frozenset(), place_country=None) -> list:
    """Give bare state bodies and offices with no country the country the earlier sentences are mostly about; drop
    the bare offices (ref ``PENDING``) that get none. ``people`` (crowds named by what they do: المتظاهرون، الأهالي;
    unnamed sides of a war: المتمردين) take it too, first the country of a place they are in construct with (أهالي
    عدن); a side takes the one state its own sentence names, and a crowd in a sentence naming other states none."""
    if not sentences or len(sentences) < 2:
        return [r for r in out if not r.ref.startswith(PENDING)]
    if people and place_country is not None:
        out = people_of_places(t, out, people, place_country)

    def local(r) -> bool:
        return _bare_state(r) or _local_people(t, r, people)

    if not any(r.country is None and local(r) for r in out):
        return out
    starts = [s for s, _ in sentences]
    # Every country, capital and nationality the matcher found counts once, actor or place ("في بغداد",
    # "بولاية ميزوري الأميركية"); an office or body of a state twice ("زار الرئيس المصري السعودية" is Egypt's).
    if matches is None:
        known = [(r.end, r.country, 1 if r.kind in PLACE_KINDS else 2) for r in out
                 if r.country and r.country not in NON_STATES]
    else:
        known = [(m.end, m.entries[0].country, 1) for m in matches if m.kind in PLACE_KINDS]
        known += [(r.end, r.country, 2) for r in out if r.kind not in PLACE_KINDS]
        known = sorted((k for k in known if k[1] and k[1] not in NON_STATES), key=lambda k: k[0])
    ends = [e for e, _, _ in known]
    for r in out:
        if r.country is not None or not local(r):
            continue
        nxt = _NEXT_WORD.match(t, r.end)
        if nxt and nxt.group(1) in ALLEGIANCE:
            continue
        k = bisect.bisect_right(starts, r.start) - 1
        own = set() if _bare_state(r) else _own_states(known, *sentences[max(k, 0)])
        if r.sector == "REB" and len(own) == 1:
            r.country = own.pop()  # a side of a war: the one state its own sentence names comes first
            continue
        if k <= 0 or len(own) > 1:
            continue
        before = bisect.bisect_right(ends, starts[k])
        country = _dominant(known[:before])
        if own and country not in own:
            continue  # a crowd in a sentence about another state (the Arabic GSR leaves protesters countryless)
        if country:
            r.country = country
            if r.ref.startswith(PENDING):
                r.ref = f"{r.ref[len(PENDING):]}|{country}"
                r.name = f"{country} {r.name}"
    return [r for r in out if not r.ref.startswith(PENDING)]


def _own_states(known: list[tuple[int, str, int]], lo: int, hi: int) -> set:
    """The states named (as actors or places) in the sentence from ``lo`` to ``hi``."""
    return {c for e, c, _ in known if lo < e <= hi}


STATE_PLACE_KINDS = frozenset({"country", "capital"})


def _state_places(out: list, matches: Optional[list]) -> list[tuple[int, str, int]]:
    """(end, country, 1) of the countries and capitals named as such (في تركيا، صنعاء), not as adjectives of a
    party (الطائرات السعودية): where a war's unnamed side fights, not who fights it."""
    found = [(m.end, m.entries[0].country, 1) for m in matches or () if m.kind in STATE_PLACE_KINDS]
    found += [(r.end, r.country, 1) for r in out if r.kind in STATE_PLACE_KINDS]
    return [f for f in found if f[1] and f[1] not in NON_STATES]


def ethnic_parties(t: str, out: list, sentences: list[tuple[int, int]], matches: list, homelands: dict) -> list:
    """An unnamed party coded by its people (مقاتلون أكراد، القوات الكردية، الأكراد: KUR) is of the one state of
    that people's homelands (``homelands``: KUR -> TUR IRQ IRN SYR) its sentence speaks of, else of the one the
    earlier sentences mostly speak of; with none or two, the ethnic code stays. As ``article_country``, only in an
    article: a lone sentence (the Arabic event GSR, whose coders use KUR) is left as it is."""
    if len(sentences) < 2 or not any(r.country in homelands for r in out):
        return out
    starts = [s for s, _ in sentences]
    known = sorted([(m.end, m.entries[0].country, 1) for m in matches or () if m.kind in PLACE_KINDS] +
                   [(r.end, r.country, 2) for r in out if r.kind not in PLACE_KINDS], key=lambda k: k[0])
    places = _state_places(out, matches)
    for i, r in enumerate(out):
        states = homelands.get(r.country)
        if not states or r.kind == "person" or not r.ref.startswith(("term:", "country:")):
            continue
        if i and r.kind == "nationality" and not t[out[i - 1].end:r.start].strip():
            continue  # "قوات البيشمركة الكردية": the adjective of the party before it, not a party
        k = bisect.bisect_right(starts, r.start) - 1
        lo, hi = sentences[max(k, 0)]
        named = _own_states(known, lo, hi) & states
        own = _own_states(places, lo, hi) & states  # a place, not the Turkish planes that hit them
        if len(named) > 1:
            continue  # two homeland states in the sentence: no one to choose
        if len(own) == 1:
            r.country = own.pop()
        elif not own and k > 0:
            country = _dominant([x for x in known if x[0] <= lo and x[1] in states])
            r.country = country or r.country
    return out


def _bare_state(r) -> bool:
    """A sector term for a body, an office, or an unknown office holder: things that belong to some state; also a
    spokesman of such a body (المتحدث باسم المقاومة), who speaks for it and so is its."""
    if r.kind == "body":
        return r.sector in BODY_SECTORS and r.ref.startswith("term:")
    if r.kind == "frame":
        return r.sector in BODY_SECTORS and BARE_BODY_FRAME + "|" in r.ref
    if r.role in HOST_ROLES:
        return False  # an envoy's state is not the host's nor the article's ("السفير فلان" in a Saudi article)
    if r.kind == "title":
        return r.sector in STATE_SECTORS
    if r.kind == "person":  # (a named spokesman of the resistance too: المتحدث باسم المقاومة فلان)
        return r.ref.startswith("name:") and r.role is not None and (
            r.sector in STATE_SECTORS or r.role == "spokesperson" and r.sector in BODY_SECTORS)
    return False


_NEXT_TWO = re.compile(r"\s+([^\W\d_]+)(?:\s+([^\W\d_]+))?")


def people_of_places(t: str, out: list, people: frozenset, place_country) -> list:
    """A crowd noun in construct with a place (أهالي عدن) is that place's people, whatever
    country the article is mostly about: a country or capital actor right after it, else a city or region name."""
    for k, r in enumerate(out):
        if r.country is not None or not _local_people(t, r, people):
            continue
        nxt = out[k + 1] if k + 1 < len(out) else None
        if nxt is not None and nxt.kind in PLACE_KINDS - {"nationality"} and nxt.country and \
                not t[r.end:nxt.start].strip():
            r.country = nxt.country
            continue
        m = _NEXT_TWO.match(t, r.end)
        if not m or (nxt is not None and nxt.start < m.end(1)) or _definite(t[r.start:r.end]):
            continue  # only a construct (أهالي X) is followed by its place: "المتظاهرون الحرية" is no place
        words = [w for w in m.groups() if w]
        for n in (2, 1):
            c = place_country(" ".join(words[:n])) if len(words) >= n else None
            if c:
                r.country = c
                break
    return out


def _local_people(t: str, r, people: frozenset) -> bool:
    """An unnamed crowd named by what it does in a place (المتظاهرون، المعتصمون، أهالي) or an unnamed side of a
    country's own war (المتمردين، الميليشيات): the people of that place, a side in that war."""
    if r.kind != "group" or r.sector not in ("CVL", "REB") or not r.ref.startswith("term:"):
        return False
    word = t[r.start:r.end]
    return word in people or (word[:1] in "وفلب" and word[1:] in people)


def _definite(word: str) -> bool:
    """The word carries the article (المتظاهرون، والأهالي), so it is no construct head of a following name."""
    stem = peel_forms(word)[-1]
    return strip_al(stem) != stem


def _dominant(known: list[tuple[int, str, int]]) -> Optional[str]:
    """The country with the most weight; none on a tie (an article about two states sets neither)."""
    if not known:
        return None
    counts: Counter = Counter()
    for _, c, w in known:
        counts[c] += w
    (first, top), *rest = counts.most_common(2)
    return None if rest and rest[0][1] == top else first


SHORT_FORM_CHARS = 600  # how far back a bare "الصندوق" looks for the body it shortens, like coref.BODY_COREF_CHARS
INTERNATIONAL = frozenset({"IGO", "NGO"})


def igo_short_forms(t: str, out: list, forms: frozenset) -> list:
    """A bare definite head (``forms``: المجلس، الصندوق، المحكمة ...) after an international body named in full is
    that body: the news repeats "الصندوق" for the IMF and "المحكمة" for the ICC once named. Only when the last
    mention with that head is the international one (المجلس after مجلس الوزراء is the cabinet), within
    ``SHORT_FORM_CHARS``, and the word is not the start of a longer name (المجلس الوطني، البنك المركزي). A bare
    sector term on that word (المحكمة as the sentence's own court) gives way."""
    if not forms or not any(r.country in INTERNATIONAL for r in out):
        return out
    stems = sorted({f[2:] for f in forms if f.startswith("ال")}, key=len, reverse=True)
    pattern = re.compile(r"(?<![^\W\d_])[وف]?(?:ب?ال|لل)(" + "|".join(map(re.escape, stems)) + r")(?![^\W\d_])")
    added = []
    for m in pattern.finditer(t):
        nxt = _NEXT_WORD.match(t, m.end())
        if nxt and nxt.group(1).startswith(("ال", "لل")) and nxt.group(1) not in _DEFINITE_LOOKING:
            continue  # "المجلس الوطني", "البنك المركزي": a longer name of another body
        covering = [r for r in out if r.start <= m.start() < r.end or r.start < m.end() <= r.end]
        if any(not (r.ref.startswith("term:") and r.start == m.start() and r.end == m.end()) for r in covering):
            continue
        body = _last_with_head(t, out, "ال" + m.group(1), m.start(), forms)
        if body is None or body.country not in INTERNATIONAL or m.start() - body.end > SHORT_FORM_CHARS:
            continue
        out = [r for r in out if r not in covering]
        added.append(replace(body, start=m.start(), end=m.end(), parts=[], head=0))
    return sorted(out + added, key=lambda r: r.start) if added else out


# function words that look definite once normalized (إلى -> الى): no name goes on after them
_DEFINITE_LOOKING = frozenset(normalize_word(w) for w in ["إلى", "إلا", "التي", "الذي", "الذين", "اللتين", "اللذين",
                                                          "اللذان", "اللتان", "اللاتي", "الآن"])


def _last_with_head(t: str, out: list, form: str, before: int, forms: frozenset):
    """The last actor ending before ``before`` whose first word has the definite head ``form`` (مجلس الأمن ->
    المجلس, لجامعة الدول العربية -> الجامعة)."""
    for r in reversed(out):
        if r.end <= before and form in _heads(t[r.start:r.end].split()[0] if t[r.start:r.end].split() else "", forms):
            return r
    return None


def _heads(word: str, forms: frozenset) -> set:
    """The definite forms a name's first word may stand for, proclitics off: صندوق، وصندوق، للمجلس، بنك."""
    cands = {word, "ال" + word}
    for pre in ("و", "ف"):
        if word.startswith(pre):
            cands |= {word[1:], "ال" + word[1:]}
    for w in list(cands):
        if w.startswith("لل"):
            cands.add("ال" + w[2:])
        elif w.startswith(("بال", "وال")):
            cands.add(w[1:])
        elif w[:1] in ("ب", "ل") and not w.startswith("ال"):
            cands.add("ال" + w[1:])
    return cands & forms


def fighters_of(t: str, out: list, ties: frozenset) -> list:
    """Armed men named by a sector term with no country (مسلحين، مقاتلين، متمردين) tied by ``ties`` (تابعين ل،
    ينتمون إلى) to a named group with a country right after them take that group's country: "مسلحين تابعين لحزب
    كوملة" are IRN REB, not a null-country party beside the group that the events then take as the side. The two
    mentions stay apart (merging them into the named group made the events read "قتل 50 مسلحا من ..." as its
    actor); a group of no country (ISIS) gives nothing. The partitive من is left to the events
    (events.partitive_parties), which replace a countryless term by the party after it."""
    if not ties:
        return out
    res = list(out)
    for k, (a, b) in enumerate(zip(out, out[1:])):
        if not (a.kind == "group" and a.ref.startswith("term:") and a.sector == "REB" and a.country is None):
            continue
        if b.kind not in ("group", "body") or b.ref.startswith("term:") or not b.country or b.country in NON_STATES:
            continue
        gap = " ".join(t[a.end:b.start].split())
        if gap.endswith(" ل") or gap == "ل":
            gap = gap[:-1].strip()  # "تابعين ل" + "حزب كوملة" when the proclitic is left out of the group
        if normalize_word(gap) not in ties:
            continue
        res[k] = replace(a, country=b.country, ref=f"{a.ref.split('|')[0]}|{b.country}")
    return res


def members_of(t: str, out: list, nouns: frozenset) -> list:
    """Some members of a body, named by a noun right before "في"/"داخل" and the body (``nouns``: أعضاء، غالبية،
    قيادات ...), are that body's people: the actor starts at the noun, so the body is no place "in" which
    something happened. Only bodies, groups and international bodies with a country."""
    if not nouns:
        return out
    ends = [r.end for r in out]
    for r in out:
        if r.kind not in ("body", "group", "igo") or not r.country:
            continue
        m = _MEMBERS_BEFORE.search(t, max(0, r.start - 40), r.start)
        if not m or m.group(1) not in nouns or any(m.start(1) < e <= m.end(1) for e in ends):
            continue
        r.start = m.start(1)
    return out


ORGAN_OWNERS = frozenset({"body", "igo", "group", "seat"})
# the first word of a name that is a place, not an owner: "اللجان الأولمبية في دول مجلس التعاون" (in the states of)
NO_OWNER_HEADS = frozenset(normalize_word(w) for w in ["دول", "الدول"])
# what ties an organ to its institution: في/داخل before it, or التابعة ل (ل on the institution or apart). Not ب:
# after a name it is as often a verb's complement ("رحبت لجنة المتابعة بالحكومة الجديدة").
_ORGAN_LINK = re.compile(r"(?:\s(?:في|داخل)\s+|\sالتابع(?:ة|ين)?\s+(?:ل\s*)?)$")


def organs_of(t: str, out: list, nouns: frozenset, titles: frozenset = frozenset()) -> list:
    """An organ of an institution (``nouns``: لجنة، هيئة، مكتب، إدارة ...), named by its head and up to four words
    of its own name before في/داخل or التابعة ل and an institution with a country, is that institution's: one
    actor from the head (or the office right before it, ``titles``: رئيس، مدير) on, with the institution's country
    and sector ("لجنة حقوق الإنسان في البرلمان العراقي": IRQ LEG). The name's own countryless mentions (لجنة
    الشؤون الخارجية، الإعلام) go into it; a name with a country, a person or a place in it is left alone, as is a
    name ending in an indefinite word (a verb's object: "عقدت اللجنة اجتماعا في") or, after a definite head, any
    word that is no definite adjective."""
    if not nouns:
        return out
    drop: set[int] = set()
    for k, r in enumerate(out):
        if k in drop or r.kind not in ORGAN_OWNERS or not r.country:
            continue
        first = t[r.start:r.end].split()[0] if t[r.start:r.end].split() else ""
        if first in NO_OWNER_HEADS or first[1:] in NO_OWNER_HEADS:
            continue
        head = _organ_head(t, r, nouns)
        if head is None:
            continue
        inner = [q for q in range(k) if out[q].end > head and q not in drop]
        if any(out[q].start < head or out[q].country or out[q].kind not in ("body", "group", "title") for q in inner):
            continue
        drop.update(inner)
        r.start = _office_before(t, head, titles)
    return [r for q, r in enumerate(out) if q not in drop]


def _organ_head(t: str, r, nouns: frozenset) -> Optional[int]:
    """Where the organ named right before ``r`` starts ("لجنة حقوق الانسان في " + r), or None."""
    lo = max(0, r.start - 90)
    pre = t[lo:r.start]
    link = _ORGAN_LINK.search(pre)
    if link is None:
        return None
    if "التابع" in link.group(0) and not link.group(0).rstrip().endswith("ل") and not t.startswith("ل", r.start):
        return None  # "التابعة" with no ل: not "belonging to" the next name
    words = list(_ORGAN_WORD.finditer(pre, 0, link.start() + 1))
    words = words[-5:]
    for n in range(len(words)):  # the nearest head: the fewest name words between it and the link
        chain = words[len(words) - 1 - n:]
        if any(pre[x.end():y.start()].strip() for x, y in zip(chain, chain[1:])):
            break  # punctuation between two words: no one name
        head = _organ_noun(chain[0].group(0), nouns)
        if head is None:
            continue
        if _organ_name_ok(head, [w.group(0) for w in chain[1:]]):
            return lo + chain[0].end() - len(head)
        return None
    return None


_ORGAN_WORD = re.compile(r"(?<![^\W\d_])[^\W\d_]+(?![^\W\d_])")


def _office_before(t: str, head: int, titles: frozenset) -> int:
    """Where the office right before an organ's head starts ("رئيس " + لجنة ...), else the head itself."""
    for n in (2, 1):
        m = re.search(r"(?<![^\W\d_])[وف]?((?:[^\W\d_]+\s+){%d})$" % n, t[max(0, head - 40):head])
        if m and " ".join(m.group(1).split()) in titles:
            return head - len(m.group(0)) + m.start(1) - m.start(0)
    return head


def _organ_noun(word: str, nouns: frozenset) -> Optional[str]:
    """The organ noun ``word`` is, proclitics (و، ف، ب، ل) off, or None."""
    for cut in range(3):
        w = word[cut:]
        if w in nouns and all(c in "وفبل" for c in word[:cut]):
            return w
    return None


def _organ_name_ok(head: str, name: list[str]) -> bool:
    """An organ's own name after its head: a genitive chain ending in a definite word after an indefinite head
    (لجنة حقوق الانسان، ادارة الاعلام الامني), only definite adjectives after a definite one (اللجنة الامنية)."""
    if not name:
        return True
    if any(w in _DEFINITE_LOOKING for w in name):
        return False
    if head.startswith("ال"):
        return all(_definite_like(w) for w in name)
    return _definite_like(name[-1])


def _definite_like(word: str) -> bool:
    """A word with the article, also after a proclitic و/ب/ل (لجنة الاغاثة والطوارئ، اللجنة الوطنية للمعادن)."""
    return word.startswith(("ال", "وال", "بال", "لل")) and len(word) > 3


_MEMBERS_BEFORE = re.compile(r"(?<![^\W\d_])(?:و(?=[^\W\d_]{4}))?([^\W\d_]+)\s+(?:في|داخل)\s+$")


NAMED_AFTER_KINDS = frozenset({"person", "title"})
_WORD_BEFORE = re.compile(r"(?<![^\W\d_])([^\W\d_]+)\s+$")


def building_names(t: str, out: list, heads: frozenset) -> list:
    """Drop the man or title named right after a building's head noun (``heads``: مستشفى، مسجد، جامعة، مطار ...):
    "نقل إلى مستشفى الملك عبدالله" names a hospital, and a king there meets or attacks nobody. A body after such a
    noun (أكاديمية الشرطة، ثكنة للجيش) is the building's owner and stays: an attack on it is an attack on them."""
    if not heads:
        return out
    keep = []
    for r in out:
        # persons and titles, and short clergy terms (الشيخ، الإمام: under 12 characters, not a whole religious body)
        if r.kind in NAMED_AFTER_KINDS or (r.kind == "group" and r.sector == "REL" and r.end - r.start < 12):
            m = _WORD_BEFORE.search(t, max(0, r.start - 30), r.start)  # the word before, within a word's length
            if m and _building_head(m.group(1), heads):
                continue
        keep.append(r)
    return keep


def _building_head(word: str, heads: frozenset) -> bool:
    """The word, with a proclitic (و، ب، ل، ف) taken off, is a building's head noun. Only a head without the article
    is in construct with the name after it: "استقبله في المطار رئيس النادي" names a man at the airport."""
    return word in heads or (len(word) > 3 and word[0] in "وبلف" and word[1:] in heads)

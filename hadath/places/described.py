"""Places named by description, not by name: "العاصمة الأفغانية" (Kabul), "المدينة العراقية", "الشمال السوري",
"مدن عراقية".

A place noun (data/described_nouns.tsv, proclitics و ف ب ل allowed) followed by a nisba adjective of one country,
in agreement (feminine nouns take ...ية, masculine ones ...ي; definite with definite) names a place of that
country. Indefinite forms are read for the feminine nouns other than العاصمة ("مدن عراقية", "بلدة تركية"). The
adjectives come from the actors lexicon's nationality entries, so a country added there is understood here too.
العاصمة resolves to the country's capital (its most populous PPLC entry in the gazetteer); the other nouns give
a Place with the country only (no coordinates, no GeoNames id). "الرئيس الأفغاني" (a person's adjective) and
"العاصمة" alone are not places.

A town the gazetteer does not know is still placed when its text says where it lies: a place noun in construct
(مدينة، بلدة، قرية، ولاية، محافظة، مقاطعة، إقليم، منطقة), one or two name words, and the definite nisba of a country
("في بلدة ليبرامونت البلجيكية", "بمدينة هلمستاد السويدية"): ``named_by_nationality`` gives the name words that
country. A known place of that country inside the name is left as it is (the stage keeps the gazetteer's entry).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Optional

from hadath.document import Place
from hadath.places.gazetteer import Gazetteer
from hadath.text.normalize import Normalized

DATA = Path(__file__).resolve().parent / "data" / "described_nouns.tsv"
_WORD = re.compile(r"[^\W\d_]+")
_PROCLITICS = ("", "و", "ف", "ب", "ل", "وب", "ول", "فب", "فل")
_CONTRACTED = ("لل", "ولل", "فلل")  # ل + ال: "للعاصمة"
KIND_NAMES = {"PPL": "town", "ADM1": "province", "RGN": "region", "PPLC": "capital"}


class DescribedNounsError(ValueError):
    """data/described_nouns.tsv is malformed."""


@dataclass(frozen=True)
class Noun:
    feature: str
    gender: str  # f | m


@lru_cache(maxsize=1)
def place_nouns(path: Path = DATA) -> dict[str, Noun]:
    """Normalized place noun (with ال) -> what it names."""
    out: dict[str, Noun] = {}
    rows = [ln for ln in path.read_text(encoding="utf-8").splitlines() if ln.strip() and not ln.startswith("#")]
    for n, line in enumerate(rows[1:], start=2):
        cells = line.split("\t")
        if len(cells) != 3 or cells[2] not in ("f", "m") or not cells[0].startswith("ال"):
            raise DescribedNounsError(f"{path.name}: bad row {n}: {line!r}")
        out[cells[0]] = Noun(cells[1], cells[2])
    return out


@lru_cache(maxsize=1)
def country_adjectives() -> dict[str, str]:
    """Singular nisba adjective (normalized: "الافغانية", "الافغاني", "افغانية") -> ISO3, from the actors lexicon;
    an adjective claimed by two countries is left out. A country name that is itself a definite feminine nisba
    (السعودية) counts too: "المدينة السعودية"."""
    from hadath.actors.lexicon import default_lexicon

    seen: dict[str, set[str]] = {}
    for e in default_lexicon().entries:
        if not e.country or not (e.kind == "nationality" and e.number == "singular" or e.kind == "country"):
            continue
        for f in e.forms:
            if e.kind == "nationality" and f.endswith(("ية", "ي")) or f.startswith("ال") and f.endswith("ية") \
                    and " " not in f:
                seen.setdefault(f, set()).add(e.country)
    return {f: next(iter(c)) for f, c in seen.items() if len(c) == 1}


def _agrees(adjective: str, gender: str) -> bool:
    return adjective.endswith("ية") if gender == "f" else adjective.endswith("ي")


def _split_noun(word: str, nouns: dict[str, Noun]) -> Optional[tuple[int, str, bool]]:
    """(offset of the noun inside ``word``, noun key, definite?) when ``word`` is a place noun behind proclitics."""
    return _noun_forms(nouns).get(word)


_FORMS: dict[int, tuple[dict, dict]] = {}  # id(nouns) -> (nouns, surface form -> _split_noun's answer)


def _noun_forms(nouns: dict[str, Noun]) -> dict[str, tuple[int, str, bool]]:
    """Every spelling a place noun takes behind proclitics, built once per noun table: one look-up per word of an
    article instead of ~30 prefix tests (they were a tenth of the pipeline's time). Built in the order the readings
    are preferred (definite, then indefinite, then ل + ال contracted; proclitics shortest first), keeping the
    first reading of a spelling, so a word gets the reading the prefix tests gave it."""
    held = _FORMS.get(id(nouns))
    if held is not None and held[0] is nouns:
        return held[1]
    forms: dict[str, tuple[int, str, bool]] = {}
    for p in _PROCLITICS:
        for key in nouns:
            forms.setdefault(p + key, (len(p), key, True))
    for p in _PROCLITICS:
        for key, noun in nouns.items():
            if key.startswith("ال") and noun.gender == "f" and noun.feature != "PPLC":
                forms.setdefault(p + key[2:], (len(p), key, False))
    for p in _CONTRACTED:
        for key in nouns:
            if key.startswith("ال"):
                forms.setdefault(p + key[2:], (len(p), key, True))
    _FORMS[id(nouns)] = (nouns, forms)
    return forms


_CAPITALS: dict[int, tuple[Gazetteer, dict]] = {}  # id(gazetteer) -> (it, ISO3 -> its most populous PPLC entry)


def _capital(gaz: Gazetteer, country: str):
    held = _CAPITALS.get(id(gaz))
    if held is None or held[0] is not gaz:
        caps: dict = {}
        for e in gaz.entries:
            if e.feature != "PPLC" or not e.country:
                continue
            if e.country not in caps or e.population > caps[e.country].population:
                caps[e.country] = e
        held = _CAPITALS[id(gaz)] = (gaz, caps)
    return held[1].get(country)


def described_places(text: str, norm: Normalized, gaz: Gazetteer) -> list[Place]:
    """Places named by "place noun + country adjective" in ``text`` (raw offsets; ``norm`` is its normalization)."""
    nouns, adjectives = place_nouns(), country_adjectives()
    ntext = norm.text
    forms = _noun_forms(nouns)
    out: list[Place] = []
    words = list(_WORD.finditer(ntext))
    for w, nxt in zip(words, words[1:]):
        split = forms.get(w.group())
        if split is None or ntext[w.end():nxt.start()].strip():
            continue
        offset, key, definite = split
        noun, adjective = nouns[key], nxt.group()
        country = adjectives.get(adjective)
        if country is None or adjective.startswith("ال") != definite or not _agrees(adjective, noun.gender) \
                or gaz.country(country) is None:
            continue
        s, e = norm.to_raw(w.start() + offset, nxt.end())
        country_name = gaz.country(country).name
        entry = _capital(gaz, country) if noun.feature == "PPLC" else None
        if entry is not None:
            out.append(Place(text[s:e], s, e, entry.name, country, entry.admin1, entry.lat, entry.lon,
                             entry.geonameid, entry.feature))
        else:
            out.append(Place(text[s:e], s, e, f"{country_name} ({KIND_NAMES[noun.feature]})", country,
                             feature=noun.feature))
    return out


# place nouns in construct before a town's name (indefinite singular; proclitics و ف ب ل allowed)
CONSTRUCT_NOUNS = {"مدينة": "PPL", "بلدة": "PPL", "قرية": "PPL", "ولاية": "ADM1", "محافظة": "ADM1",
                   "مقاطعة": "ADM1", "اقليم": "ADM1", "منطقة": "RGN"}
MAX_NAME_WORDS = 2
# words that end a name or are none: prepositions, conjunctions, relative pronouns, demonstratives
NOT_NAME_WORDS = frozenset("في من الي علي عن مع و او ثم التي الذي التابعة الواقعة هذه ذلك تلك".split())


# every spelling of a construct noun behind proclitics (بمدينة، وقرية): one look-up per word of an article
_CONSTRUCT_FORMS = {p + noun: feature for p in _PROCLITICS for noun, feature in CONSTRUCT_NOUNS.items()}


def _construct_noun(word: str) -> Optional[str]:
    """The feature of a construct place noun behind proclitics (بمدينة، وقرية), or None."""
    return _CONSTRUCT_FORMS.get(word)


def named_by_nationality(text: str, norm: Normalized, gaz: Gazetteer) -> list[tuple[Place, int, int]]:
    """Towns named with the country they lie in ("بلدة ليبرامونت البلجيكية"): (the name words as a Place of that
    country, start and end of the whole phrase up to the adjective, raw offsets). Name words must be plain words
    of no country (no nisba, no place noun, no preposition) joined by spaces only, and without ال: a definite word
there is mostly a common noun (منطقة الحدود السورية), and Arab towns with ال are in the gazetteer."""
    adjectives, forms = country_adjectives(), _noun_forms(place_nouns())
    ntext = norm.text
    words = list(_WORD.finditer(ntext))
    out: list[tuple[Place, int, int]] = []
    for i, w in enumerate(words):
        feature = _construct_noun(w.group())
        if feature is None:
            continue
        for k in range(1, MAX_NAME_WORDS + 1):
            if i + k + 1 >= len(words):
                break
            name, adj = words[i + 1:i + k + 1], words[i + k + 1]
            joins = [ntext[a.end():b.start()] for a, b in zip([w, *name], [*name, adj])]
            if any(j != " " for j in joins) or any(
                    x.group() in adjectives or x.group() in NOT_NAME_WORDS or x.group() in forms
                    or x.group().startswith("ال") or _construct_noun(x.group()) for x in name):
                break
            country = adjectives.get(adj.group())
            if country is None:
                continue
            if not (adj.group().startswith("ال") and adj.group().endswith("ية")) or gaz.country(country) is None:
                break
            s, e = norm.to_raw(name[0].start(), name[-1].end())
            _, phrase_end = norm.to_raw(adj.start(), adj.end())
            out.append((Place(text[s:e], s, e, text[s:e], country, feature=feature), s, phrase_end))
            break
    return out

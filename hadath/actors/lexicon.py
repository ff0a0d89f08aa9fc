"""Actor lexicons: the TSV files in data/ read into one list of entries, validated as they load.

Every file is a header line plus tab-separated rows; ``#`` starts a comment line and ``|`` separates variants.
Loading collects :class:`Problem` objects (file, line, message) instead of stopping at the first one, so
``hadath lexicon check`` can list them all; :func:`load` raises :class:`LexiconError` when any exist.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Iterator, Optional

from hadath.actors.inflect import nisba_forms
from hadath.text.normalize import normalize_word

DATA_DIR = Path(__file__).resolve().parent / "data"

TERM_KINDS = ("title", "body", "group", "dual", "counterpart", "poss_country", "poss_title", "frame", "asset",
              "human")
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_ARABIC_FORM = re.compile(r"^[\u0600-\u06ff ]+$")


class LexiconError(ValueError):
    """A lexicon file is malformed or uses an unknown code."""


@dataclass(frozen=True)
class Problem:
    file: str
    line: int
    message: str

    def __str__(self) -> str:
        return f"{self.file}:{self.line}: {self.message}"


@dataclass(frozen=True)
class Entry:
    """One lexicon target reachable from several surface forms."""

    kind: str  # country nationality capital seat igo group term kinds (title, body...) person short
    forms: tuple[str, ...]  # normalized surface forms
    country: Optional[str]
    sector: Optional[str]
    name: str  # English
    ref: str  # canonical key shared by every mention of the same actor
    role: Optional[str] = None
    start: Optional[str] = None
    end: Optional[str] = None
    number: str = ""  # nationality: singular | dual | plural
    name_ar: Optional[str] = None

    def active_on(self, date: Optional[str]) -> bool:
        if not date:
            return True
        return (self.start is None or self.start <= date) and (self.end is None or date <= self.end)


@dataclass(frozen=True)
class CountryGroup:
    """A name that stands for several states at once (مجموعة 5+1، الكوريتان): one mention, one party per member."""

    forms: tuple[str, ...]  # normalized; "5+1" stands for the number written with any spacing or brackets
    countries: tuple[str, ...]  # ISO3 codes of the members
    sector: Optional[str]
    cues: tuple[str, ...]  # normalized words one of which the sentence must hold (empty: none needed)
    name: str  # English
    deal_party: bool = True  # a party when named as the counterparty of a deal noun (الاتفاق المبرم بين إيران و X)
    listed_only: bool = False  # a group only with its members listed right after it (cue "listed")


@dataclass
class Lexicon:
    entries: list[Entry] = field(default_factory=list)
    countries: dict[str, str] = field(default_factory=dict)  # ISO3 -> English name
    problems: list[Problem] = field(default_factory=list)
    country_groups: list[CountryGroup] = field(default_factory=list)

    def people(self, ref: str) -> list[Entry]:
        return [e for e in self.entries if e.kind == "person" and e.ref == ref]

    def office_holder(self, country: str, role: str, date: Optional[str],
                      sector: Optional[str] = None) -> Optional[Entry]:
        """Who held ``role`` in ``country`` on ``date`` (None when unknown or ambiguous).

        ``sector`` separates offices sharing a country slot (IGO + UNO vs IGO + NAT secretaries-general).
        """
        if not date:
            return None
        hits = {e.ref: e for e in self._offices.get((country, role), ()) if e.active_on(date)}
        if len(hits) > 1 and sector:
            hits = {r: e for r, e in hits.items() if e.sector == sector}
        return next(iter(hits.values())) if len(hits) == 1 else None

    def index(self) -> None:
        self._offices: dict[tuple[str, str], list[Entry]] = {}
        for e in self.entries:
            if e.kind == "person" and e.country and e.role:
                self._offices.setdefault((e.country, e.role), []).append(e)


COLUMNS = {
    "codes.tsv": ("code", "kind", "name"),
    "countries.tsv": ("iso3", "name", "ar"),
    "countries_curated.tsv": ("iso3", "names", "nisba", "drop"),
    "nationalities_irregular.tsv": ("ar", "iso3", "number"),
    "capitals.tsv": ("ar", "iso3", "sector", "name", "kind"),
    "igos.tsv": ("ar", "country", "sector", "name"),
    "groups.tsv": ("ar", "country", "sector", "name"),
    "terms.tsv": ("ar", "sector", "kind", "role", "name"),
    "titles_country.tsv": ("ar", "iso3", "sector", "role", "name"),
    "people.tsv": ("id", "name", "ar", "short", "country", "sector", "role", "start", "end"),
    "country_groups.tsv": ("ar", "countries", "sector", "cue", "deal_party", "name"),
}
_GROUP_FORM = re.compile(r"^[\u0600-\u06ff ]+(?: 5\+1)?$")


def _rows(path: Path, problems: list[Problem]) -> Iterator[tuple[int, dict[str, str]]]:
    """Yield (line number, row) for each data line; malformed lines become problems."""
    header: Optional[list[str]] = None
    if not path.is_file():
        problems.append(Problem(path.name, 0, "file missing"))
        return
    with path.open(encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            cells = line.split("\t")
            if header is None:
                header = cells
                want = COLUMNS.get(path.name, ())
                if tuple(header) != want:
                    problems.append(Problem(path.name, n, f"header must be {' '.join(want)!r}, got {' '.join(header)!r}"))
                    return
                continue
            if len(cells) != len(header):
                problems.append(Problem(path.name, n, f"expected {len(header)} tab-separated fields, got {len(cells)}"))
                continue
            yield n, dict(zip(header, (c.strip() for c in cells)))


def _forms(cell: str, fname: str, n: int, problems: list[Problem]) -> list[str]:
    out: list[str] = []
    for raw in cell.split("|"):
        if not raw.strip():
            if cell.strip():
                problems.append(Problem(fname, n, "empty variant between '|'"))
            continue
        form = normalize_word(raw)
        if not _ARABIC_FORM.match(form):
            problems.append(Problem(fname, n, f"form {raw!r} is not Arabic letters and spaces"))
            continue
        if form in out:
            problems.append(Problem(fname, n, f"duplicate variant {raw!r}"))
            continue
        out.append(form)
    return out


def _opt(v: str) -> Optional[str]:
    return None if v in ("", "-") else v


STATE_NOUNS = ("جمهورية", "مملكة", "دولة", "سلطنة", "امارة", "امارات")
STATE_NOUNS_DEF = ("الجمهورية", "المملكة", "الدولة", "السلطنة")


def state_forms(names: list[str], nisbas) -> list[str]:
    """Official long forms by rule: جمهورية المالديف، مملكة البحرين، دولة الكويت (state noun + a one- or two-word
    name) and الجمهورية اليمنية، المملكة المغربية (definite state noun + the feminine nisba)."""
    out = []
    for f in names:
        if len(f.split()) <= 2 and not f.split()[0] in STATE_NOUNS + STATE_NOUNS_DEF:
            out.extend(f"{n} {f}" for n in STATE_NOUNS)
    for b in nisbas:
        if " " not in b:
            out.extend(f"{n} ال{b}ة" for n in STATE_NOUNS_DEF)
    return out


def _split_cldr(name: str) -> list[str]:
    """CLDR names may carry a parenthetical alias: 'ميانمار (بورما)' -> both."""
    main = re.sub(r"\s*\(.*?\)", "", name).strip()
    alias = re.findall(r"\((.*?)\)", name)
    out = [main] + [a for a in alias if len(a.split()) <= 2]
    return [o for o in out if " - " not in o]


class _Loader:
    def __init__(self, data_dir: Path):
        self.dir = data_dir
        self.lex = Lexicon()
        self.p = self.lex.problems
        self.sectors: set[str] = set()
        self.orgs: set[str] = set()
        self.pseudo_countries: set[str] = set()
        self.code_names: dict[str, str] = {}
        self.seen_forms: dict[tuple[str, str], tuple[str, int, str]] = {}  # (group, form) -> (file, line, target)

    def path(self, name: str) -> Path:
        return self.dir / name

    def claim(self, group: str, form: str, target: str, fname: str, n: int) -> bool:
        """Register a form; the same form pointing elsewhere within a group is a duplicate."""
        key = (group, form)
        old = self.seen_forms.get(key)
        if old is None:
            self.seen_forms[key] = (fname, n, target)
            return True
        if old[2] != target:
            self.p.append(Problem(fname, n, f"duplicate form {form!r}: already {old[2]} at {old[0]}:{old[1]}"))
        return False

    def check_country(self, v: Optional[str], fname: str, n: int, allow_none: bool = True) -> bool:
        if v is None:
            if not allow_none:
                self.p.append(Problem(fname, n, "country is required"))
            return allow_none
        if v not in self.lex.countries and v not in self.pseudo_countries:
            self.p.append(Problem(fname, n, f"unknown country code {v!r}"))
            return False
        return True

    def check_sector(self, v: Optional[str], fname: str, n: int, orgs: bool = False) -> bool:
        if v is None or v in self.sectors or (orgs and v in self.orgs):
            return True
        self.p.append(Problem(fname, n, f"unknown sector code {v!r}"))
        return False

    def load(self) -> Lexicon:
        for n, r in _rows(self.path("codes.tsv"), self.p):
            kind = r["kind"]
            target = {"sector": self.sectors, "org": self.orgs, "country": self.pseudo_countries}.get(kind)
            if target is None:
                self.p.append(Problem("codes.tsv", n, f"unknown code kind {kind!r}"))
            elif r["code"] in target:
                self.p.append(Problem("codes.tsv", n, f"duplicate code {r['code']!r}"))
            else:
                target.add(r["code"])
                self.code_names[r["code"]] = r["name"]
        self.countries()
        self.nationalities_irregular()
        self.simple("capitals.tsv", lambda r: r["kind"], "iso3", orgs=False)
        self.simple("igos.tsv", lambda r: "igo", "country", orgs=True)
        self.simple("groups.tsv", lambda r: "group", "country", orgs=False)
        self.terms()
        self.titles_country()
        self.people()
        self.country_groups()
        self.lex.index()
        return self.lex

    def countries(self) -> None:
        names: dict[str, list[str]] = {}
        for n, r in _rows(self.path("countries.tsv"), self.p):
            iso = r["iso3"]
            if not re.fullmatch(r"[A-Z]{3}", iso):
                self.p.append(Problem("countries.tsv", n, f"malformed ISO3 {iso!r}"))
                continue
            if iso in self.lex.countries:
                self.p.append(Problem("countries.tsv", n, f"duplicate country {iso}"))
                continue
            self.lex.countries[iso] = r["name"]
            names[iso] = [normalize_word(x) for x in _split_cldr(r["ar"])]
        nisbas: dict[str, list[str]] = {}
        dropped: dict[str, set[str]] = {}
        seen: set[str] = set()
        for n, r in _rows(self.path("countries_curated.tsv"), self.p):
            iso = r["iso3"]
            if iso not in self.lex.countries:
                self.p.append(Problem("countries_curated.tsv", n, f"unknown country code {iso!r}"))
                continue
            if iso in seen:
                self.p.append(Problem("countries_curated.tsv", n, f"duplicate country {iso}"))
                continue
            seen.add(iso)
            drop = set(_forms(r["drop"], "countries_curated.tsv", n, self.p))
            dropped[iso] = drop
            extra = _forms(r["names"], "countries_curated.tsv", n, self.p)
            names[iso] = [x for x in names[iso] if x not in drop] + [x for x in extra if x not in names[iso]]
            nisbas[iso] = _forms(r["nisba"], "countries_curated.tsv", n, self.p)
        for iso, forms in names.items():
            forms = forms + [f for f in state_forms(forms, nisbas.get(iso, ())) if f not in forms]
            forms = [f for f in forms if f in names[iso] or ("name", f) not in self.seen_forms]
            kept = [f for f in forms if self.claim("name", f, f"country:{iso}", "countries.tsv", 0)]
            if kept:
                self.lex.entries.append(Entry("country", tuple(kept), iso, None, self.lex.countries[iso], f"country:{iso}"))
        for iso, bases in nisbas.items():
            by_number: dict[str, list[str]] = {}
            for base in bases:
                for form, number in nisba_forms(base):
                    if form in dropped[iso]:
                        continue
                    if self.claim("name", form, f"country:{iso}", "countries_curated.tsv", 0):
                        by_number.setdefault(number, []).append(form)
            for number, forms in by_number.items():
                self.lex.entries.append(Entry("nationality", tuple(forms), iso, None, self.lex.countries[iso],
                                              f"country:{iso}", number=number))

    def nationalities_irregular(self) -> None:
        fname = "nationalities_irregular.tsv"
        for n, r in _rows(self.path(fname), self.p):
            iso = r["iso3"]
            if not self.check_country(iso, fname, n, allow_none=False):
                continue
            if r["number"] not in ("singular", "dual", "plural"):
                self.p.append(Problem(fname, n, f"unknown number {r['number']!r}"))
                continue
            forms = []
            for f in _forms(r["ar"], fname, n, self.p):
                for g in (f, "ال" + f):
                    if self.claim("name", g, f"country:{iso}", fname, n):
                        forms.append(g)
            if forms:
                name = self.lex.countries.get(iso) or self.code_names.get(iso, iso)
                self.lex.entries.append(Entry("nationality", tuple(forms), iso, None, name,
                                              f"country:{iso}", number=r["number"]))

    def simple(self, fname: str, kind_of, country_col: str, orgs: bool) -> None:
        for n, r in _rows(self.path(fname), self.p):
            kind = kind_of(r)
            if kind not in ("capital", "seat", "igo", "group"):
                self.p.append(Problem(fname, n, f"unknown kind {kind!r}"))
                continue
            country, sector = _opt(r[country_col]), _opt(r["sector"])
            if not r.get("name"):
                self.p.append(Problem(fname, n, "name is required"))
                continue
            ok = self.check_country(country, fname, n, allow_none=kind in ("igo", "group"))
            ok = self.check_sector(sector, fname, n, orgs=orgs) and ok
            if not ok:
                continue
            ref = f"{kind}:{r['name']}"
            forms = [f for f in _forms(r["ar"], fname, n, self.p) if self.claim("name", f, ref, fname, n)]
            if forms:
                self.lex.entries.append(Entry(kind, tuple(forms), country, sector, r["name"], ref))

    def terms(self) -> None:
        fname = "terms.tsv"
        for n, r in _rows(self.path(fname), self.p):
            kind, sector, role = r["kind"], _opt(r["sector"]), _opt(r["role"])
            if kind not in TERM_KINDS:
                self.p.append(Problem(fname, n, f"unknown term kind {kind!r}"))
                continue
            if not self.check_sector(sector, fname, n):
                continue
            ref = f"term:{kind}:{role or r['name']}"
            forms = [f for f in _forms(r["ar"], fname, n, self.p) if self.claim("name", f, f"{ref}:{sector}", fname, n)]
            if forms:
                self.lex.entries.append(Entry(kind, tuple(forms), None, sector, r["name"], ref, role=role))

    def titles_country(self) -> None:
        """Titles that name one country's office by themselves (خادم الحرمين الشريفين, المبعوث الاممي)."""
        fname = "titles_country.tsv"
        for n, r in _rows(self.path(fname), self.p):
            iso, sector, role = r["iso3"], _opt(r["sector"]), _opt(r["role"])
            ok = self.check_country(iso, fname, n, allow_none=False)
            if not (self.check_sector(sector, fname, n, orgs=True) and ok):
                continue
            ref = f"term:title:{role or r['name']}"
            forms = [f for f in _forms(r["ar"], fname, n, self.p)
                     if self.claim("name", f, f"{ref}:{iso}:{sector}", fname, n)]
            if forms:
                self.lex.entries.append(Entry("title", tuple(forms), iso, sector, r["name"], ref, role=role))

    def people(self) -> None:
        fname = "people.tsv"
        seen: set[tuple[str, str, str]] = set()
        for n, r in _rows(self.path(fname), self.p):
            pid, country, sector = r["id"], _opt(r["country"]), _opt(r["sector"])
            start, end = _opt(r["start"]), _opt(r["end"])
            bad = [d for d in (start, end) if d and not _DATE.match(d)]
            if bad:
                self.p.append(Problem(fname, n, f"malformed date {bad[0]!r} (want YYYY-MM-DD or -)"))
                continue
            if start and end and start > end:
                self.p.append(Problem(fname, n, f"start {start} after end {end}"))
                continue
            if not re.fullmatch(r"[a-z0-9_]+", pid):
                self.p.append(Problem(fname, n, f"malformed id {pid!r}"))
                continue
            ok = self.check_country(country, fname, n, allow_none=False)
            if not (self.check_sector(sector, fname, n, orgs=True) and ok):
                continue
            key = (pid, r["role"], start or "")
            if key in seen:
                self.p.append(Problem(fname, n, f"duplicate office {pid} {r['role']} from {start}"))
                continue
            seen.add(key)
            ref = f"person:{pid}"
            forms = _forms(r["ar"], fname, n, self.p)
            for f in forms:
                self.claim("name", f, ref, fname, n)
            shorts = _forms(r["short"], fname, n, self.p) if _opt(r["short"]) else []
            name_ar = r["ar"].split("|")[0].strip()
            self.lex.entries.append(Entry("person", tuple(forms), country, sector, r["name"], ref, role=_opt(r["role"]),
                                          start=start, end=end, name_ar=name_ar))
            if shorts:
                self.lex.entries.append(Entry("short", tuple(shorts), country, sector, r["name"], ref,
                                              role=_opt(r["role"]), start=start, end=end, name_ar=name_ar))

    def country_groups(self) -> None:
        """Names of several states at once (country_groups.tsv): each member a known country, two or more."""
        fname = "country_groups.tsv"
        for n, r in _rows(self.path(fname), self.p):
            members = tuple(r["countries"].split())
            sector = _opt(r["sector"])
            if len(members) < 2 or len(set(members)) != len(members):
                self.p.append(Problem(fname, n, "countries must list two or more distinct codes"))
                continue
            ok = all([self.check_country(c, fname, n, allow_none=False) for c in members])
            if not (self.check_sector(sector, fname, n) and ok):
                continue
            forms = []
            for raw in r["ar"].split("|"):
                form = normalize_word(raw.strip())
                if not _GROUP_FORM.match(form):
                    self.p.append(Problem(fname, n, f"form {raw!r} is not Arabic words (and a final 5+1)"))
                elif self.claim("country_group", form, r["name"], fname, n):
                    forms.append(form)
            listed_only = r["cue"] == "listed"
            cues = tuple(normalize_word(c.strip()) for c in r["cue"].split("|")) \
                if _opt(r["cue"]) and not listed_only else ()
            if r["deal_party"] not in ("yes", "no"):
                self.p.append(Problem(fname, n, f"deal_party must be yes or no, got {r['deal_party']!r}"))
                continue
            if forms:
                self.lex.country_groups.append(CountryGroup(tuple(forms), members, sector, cues, r["name"],
                                                            r["deal_party"] == "yes", listed_only))


def collect(data_dir: Path = DATA_DIR) -> Lexicon:
    """Load every lexicon file, keeping problems in ``Lexicon.problems`` (for the checker)."""
    return _Loader(Path(data_dir)).load()


def load(data_dir: Path = DATA_DIR) -> Lexicon:
    """Load and validate; raises LexiconError naming the first problem."""
    lex = collect(data_dir)
    if lex.problems:
        more = f" (and {len(lex.problems) - 1} more; run `hadath lexicon check`)" if len(lex.problems) > 1 else ""
        raise LexiconError(f"{lex.problems[0]}{more}")
    return lex


@lru_cache(maxsize=1)
def default_lexicon() -> Lexicon:
    return load(DATA_DIR)

"""List candidate people from the open Arabic actor dictionary, for a curator to check (never loaded at run time).

``../shared/data/dictionaries/oeda-arabic/actor_dict_ar_v5.txt`` (MIT) is machine-translated and lemmatised
(رئيس_وزير_غوردون_براون_): names lose their article, date ranges are sometimes reversed, codes are sometimes
wrong (Pakistan's Yahya Khan as a US official). This prints, as TSV, people whose dated codes all name one
country of interest with a GOV/MIL role, flags what looks wrong, and marks those already in people.tsv.
Usage: ``python -m hadath.actors.mine_dictionaries [COUNTRY ...] > candidates.tsv``.
"""
from __future__ import annotations

import re
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterator

from hadath.actors.lexicon import default_lexicon
from hadath.paths import shared_data
from hadath.text.normalize import normalize_word

_CODE = re.compile(r"\[([A-Z]{3})([A-Z]{3})*\s*(?:(>|<)?(\d{6,8}))?(?:-(\d{6,8}))?\]")
TITLE_WORDS = frozenset({"رئيس", "وزير", "أمير", "امير", "ملك", "شيخ", "سفير", "حكومة", "مجلس", "وزارة", "ديوان",
                         "جيش", "قوة", "حزب"})


@dataclass
class Candidate:
    name: str
    codes: list[tuple[str, str, str, str]] = field(default_factory=list)  # (country, role, start, end)
    flags: list[str] = field(default_factory=list)


def _date(d: str) -> str:
    if not d:
        return "-"
    if len(d) == 6:  # yymmdd
        d = ("19" if int(d[:2]) > 30 else "20") + d
    return f"{d[:4]}-{d[4:6]}-{d[6:8]}"


def read(path: Path) -> Iterator[Candidate]:
    cur = None
    for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        if not line[0].isspace():
            if cur:
                yield cur
            head = line.split("[", 1)[0].split("#", 1)[0].strip()
            cur = Candidate(head.replace("_", " ").strip())
        if cur is None:
            continue
        for m in _CODE.finditer(line):
            country, role = m.group(1), m.group(2) or ""
            start, end = m.group(4) or "", m.group(5) or ""
            if m.group(3) == "<":
                start, end = "", start
            cur.codes.append((country, role, _date(start), _date(end)))
    if cur:
        yield cur


def candidates(countries: set[str]) -> Iterator[Candidate]:
    known = {f for e in default_lexicon().entries if e.kind == "person" for f in e.forms}
    for c in read(shared_data("dictionaries", "oeda-arabic", "actor_dict_ar_v5.txt")):
        dated = [x for x in c.codes if x[2] != "-" or x[3] != "-"]
        places = {x[0] for x in c.codes}
        if not dated or len(places) != 1 or not places <= countries:
            continue
        if not any(x[1] in ("GOV", "MIL") for x in c.codes):
            continue
        words = c.name.split()
        if len(words) < 2 or words[0] in TITLE_WORDS:
            c.flags.append("title-or-single-word")
        if any(s != "-" and e != "-" and s > e for _, _, s, e in dated):
            c.flags.append("reversed-dates")
        if normalize_word(c.name) in known:
            c.flags.append("already-in-people.tsv")
        yield c


def main(argv: list[str]) -> None:
    countries = set(argv) or {"IRQ", "SYR", "LBN", "JOR", "EGY", "SAU", "ARE", "QAT", "KWT", "BHR", "OMN", "YEM",
                              "SDN", "LBY", "TUN", "DZA", "MAR", "MRT", "SOM", "DJI", "COM", "PSE", "IRN", "TUR",
                              "ISR", "ETH", "USA", "GBR", "FRA", "RUS", "CHN"}
    print("name_ar\tcodes\tflags")
    for c in candidates(countries):
        codes = "; ".join(f"{k}{r} {s}..{e}" for k, r, s, e in c.codes)
        print(f"{c.name}\t{codes}\t{','.join(c.flags)}")


if __name__ == "__main__":
    main(sys.argv[1:])

"""Rebuild the shipped ontology tables in ``hadath/events/data`` from ../shared/data/ontology.

Run ``python -m hadath.events.build_ontology``. The tables are shipped so the package needs no shared data at
run time; this script documents where each row came from (PLOVER manual v2 draft + CAMEO2PLOVER-2021, CC BY-SA
4.0; cameo-codes.csv, MIT).
"""
from __future__ import annotations

import csv
import io
import re
from pathlib import Path

import yaml

from hadath.paths import shared_data

DATA = Path(__file__).resolve().parent / "data"
PLOVER_TYPES = ("AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE",
                "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT")
_QUAD_NAMES = {"VERBAL COOPERATION": 1, "MATERIAL COOPERATION": 2, "VERBAL CONFLICT": 3, "MATERIAL CONFLICT": 4}


def quad_of_cameo(code: str) -> int:
    """GDELT QuadClass from the CAMEO root: 01-05 verbal coop, 06-08 material coop, 09-13 verbal conflict."""
    root = int(code[:2])
    return 1 if root <= 5 else 2 if root <= 8 else 3 if root <= 13 else 4


def _untex(s: str) -> str:
    s = re.sub(r"\\(?:textit|emph|txt|plcat|textbf|hyperref\[[^\]]*\])\{([^{}]*)\}", r"\1", s)
    s = s.replace("\\_", "_").replace("``", '"').replace("''", '"').replace("---", "-").replace("\\", "")
    return " ".join(s.split())


def parse_manual(tex: str) -> tuple[dict, list]:
    types: dict = {}
    sections = re.split(r"\\section\{", tex)
    for sec in sections:
        name = sec.split("}", 1)[0].strip()
        if name not in PLOVER_TYPES:
            continue
        body = sec.split("}", 1)[1]
        desc = _untex(body.split("\\subsection", 1)[0])[:400]
        quad = None
        m = re.search(r"Quad category:\s*([A-Z ]+)\}", body)
        if m:
            quad = _QUAD_NAMES.get(m.group(1).strip())
        rec = re.search(r"Requires recipient:\s*(\w+)", body)
        modes: dict = {}
        for table in re.findall(r"\\hline\s*Name & Content.*?\\end\{tabular\}", body, re.S):
            for row in table.split("\\\\")[1:]:
                row = row.replace("\\hline", "").strip()
                if "&" not in row or row.lstrip().startswith("%"):
                    continue
                mode, content = row.split("&", 1)
                mode = _untex(mode).strip()
                if mode and not mode.startswith("%"):
                    modes[mode] = _untex(content)
        types[name] = {"quad_class": quad, "requires_recipient": bool(rec and rec.group(1) == "Yes"),
                       "modes": modes, "description": desc}
    ctx_table = tex.split("START CONTEXTS TABLE", 1)[1].split("END CONTEXTS TABLE", 1)[0]
    contexts = []
    for row in ctx_table.split("\\endlastfoot", 1)[1].split("\\\\"):
        if "&" in row:
            name, content = row.split("&", 1)
            name = _untex(re.sub(r"\\hyperref\[[^\]]*\]", "", name)).strip("{} ")
            contexts.append((name, _untex(content)))
    return types, contexts


def parse_mapping(text: str) -> dict:
    out = {}
    for line in text.splitlines():
        m = re.match(r"^(\d{3,4}):\s*([A-Z]+)\s*,([^,]*),?([^#]*)#?(.*)$", line)
        if m:
            code, ptype, mode, ctx, _ = m.groups()
            ctxs = [c.strip() for c in ctx.split(";") if c.strip()]
            out.setdefault(code, (ptype, mode.strip() or "", ctxs))
    return out


def build() -> None:
    base = shared_data("ontology")
    tex = (base / "plover" / "PLOVER_MANUAL.tex").read_text("utf-8")
    types, contexts = parse_manual(tex)
    missing = [t for t in PLOVER_TYPES if t not in types]
    if missing:
        raise SystemExit(f"PLOVER types not found in the manual: {missing}")
    mapping = parse_mapping((base / "plover" / "CAMEO2PLOVER-2021.txt").read_text("utf-8"))
    raw = (base / "cameo-codes.csv").read_bytes().decode("utf-8", errors="replace")
    rows = []
    for r in csv.DictReader(io.StringIO(raw)):
        code = r["code"].strip()
        if not code.isdigit() or len(code) < 3:
            continue
        ptype, mode, ctx = mapping.get(code) or mapping.get(code[:3]) or ("", "", [])
        rows.append([code, " ".join(r["name"].split()), r["goldstein"], str(quad_of_cameo(code)), ptype, mode,
                     ";".join(ctx)])
    DATA.mkdir(exist_ok=True)
    with open(DATA / "cameo.tsv", "w", encoding="utf-8", newline="") as f:
        f.write("# CAMEO codes: names and Goldstein scores from cameo-codes.csv (MIT); PLOVER type/mode/context from\n"
                "# CAMEO2PLOVER-2021.txt (CC BY-SA 4.0); quad_class in GDELT numbering. Built by build_ontology.py\n")
        w = csv.writer(f, delimiter="\t", lineterminator="\n")
        w.writerow(["code", "name", "goldstein", "quad_class", "plover_type", "plover_mode", "contexts"])
        w.writerows(rows)
    doc = {"source": "PLOVER manual v2 draft (CC BY-SA 4.0), built by build_ontology.py",
           "types": {t: types[t] for t in PLOVER_TYPES},
           "contexts": {n: c for n, c in contexts}}
    (DATA / "plover.yaml").write_text(yaml.safe_dump(doc, allow_unicode=True, sort_keys=False, width=200), "utf-8")
    print(f"{len(rows)} CAMEO codes, {len(types)} PLOVER types, {len(contexts)} contexts -> {DATA}")


if __name__ == "__main__":
    build()

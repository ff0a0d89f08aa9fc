"""Helper for the news event dev/test set (eval/data/news_events.jsonl): find candidate sentences, show them.

SaudiNewsNet is CC BY-NC-SA and evaluation-only, so the repo keeps only references to sentences
(zip, index in the day's JSON array, char offsets into ``content``, sha1 of the sentence); this script
re-reads the text from the zips.

    python eval/build_news_events.py candidates [--per-kind N] [--seed S]   # print candidate sentences
    python eval/build_news_events.py show [--split dev|test|all]           # print annotated sentences + gold
    python eval/build_news_events.py finalize DRAFT.jsonl [--replace]       # fill url/sha1/split, merge into the set

A draft line is {"zip", "index", "sentence_start", "sentence_end", "events": [...]}; ``finalize`` checks
each span against the corpus, adds url, sha1 and the deterministic split, and merges the lines into the set.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import os
import random
import re
import signal
import sys
import zipfile
from functools import lru_cache
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "eval" / "data" / "news_events.jsonl"
sys.path.insert(0, str(ROOT))

# sentence ends: full stop / question marks / newline (Arabic news rarely uses anything else)
_SENT_END = re.compile(r"[.!?؟]+(?=\s|$)|\n+")

# keyword families used only to propose candidates (never shipped, not used by the coder)
KINDS = {
    "consult": r"استقبل|التقى|يلتقي|اجتمع|مباحثات|بحث |يبحث|اتصالا هاتفيا|اتصال هاتفي|زيارة|يزور|زار |لقاء",
    "agree": r"اتفاق|اتفاقية|وقع|توقيع|مذكرة تفاهم|هدنة|وقف اطلاق النار|وقف إطلاق النار",
    "support": r"أشاد|اشاد|ثمن|أيد|ايد|دعمه|تأييد|تهنئة|هنأ|برقية|تعازي|عزاء|رحب",
    "accuse": r"أدان|ادان|إدانة|ادانة|استنكر|شجب|اتهم|انتقد|حمل .* مسؤولية",
    "request": r"طالب|دعا |يدعو|ناشد|حث |طلب",
    "reject": r"رفض|يرفض|نفى",
    "threaten": r"هدد|يهدد|توعد|حذر",
    "protest": r"تظاهر|مظاهرة|مظاهرات|احتجاج|اعتصام|مسيرة|إضراب",
    "sanction": r"عقوبات|قطع العلاقات|طرد|حظر|تجميد|استدعى|استدعاء",
    "coerce": r"اعتقل|اعتقال|القبض|ضبط|احتجاز|اختطف|أعدم|اعدام|ترحيل|مداهمة",
    "assault": r"غارة|غارات|قصف|هجوم|هاجم|انفجار|تفجير|اشتباكات|قتل|استهدف|مقذوف|صاروخ",
    "aid": r"مساعدات|إغاثة|اغاثة|مركز الملك سلمان|تبرع|منحة|قافلة",
    "retreat": r"انسحب|انسحاب|أفرج|الإفراج|الافراج|إطلاق سراح|اطلاق سراح|تسليم",
    "mobilize": r"حشد|حشود|تعزيزات|نشر قوات|استنفار|مناورات|تمرين",
    "cooperate": r"تعاون|تنسيق|تبادل|شراكة",
    "none": r"الدوري|المباراة|النادي|أسعار|الأسهم|مؤشر|الطقس|درجات الحرارة|الأمطار|الشركة|أرباح|الطلاب|المستشفى",
}


def corpus_dir() -> Path:
    """../shared/data/corpora/saudinewsnet (HADATH_SHARED overrides ../shared, as in hadath.paths).

    Resolved here without importing hadath, so the data can be found even while the package is broken."""
    env = os.environ.get("HADATH_SHARED")
    shared = Path(env) if env else ROOT.parent / "shared"
    return shared / "data" / "corpora" / "saudinewsnet"


@lru_cache(maxsize=32)
def load_day(zip_name: str, base: str | None = None) -> list[dict]:
    """The JSON array of one day's zip."""
    path = Path(base) if base else corpus_dir()
    with zipfile.ZipFile(path / zip_name) as z:
        return json.loads(z.read(z.namelist()[0]))


def sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence, whitespace trimmed."""
    out, pos = [], 0
    for m in list(_SENT_END.finditer(text)) + [None]:
        end = m.end() if m else len(text)
        seg = text[pos:end]
        s = pos + (len(seg) - len(seg.lstrip()))
        e = pos + len(seg.rstrip())
        if e > s:
            out.append((s, e))
        pos = end
        if m is None:
            break
    return out


def sha1(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


def split_of(url: str) -> str:
    """Deterministic dev/test split: parity of the sha1 of the article url."""
    return "dev" if int(sha1(url), 16) % 2 == 0 else "test"


def cmd_candidates(per_kind: int, seed: int, lede: bool = False, pattern: str | None = None,
                   sample: int | None = None, skip_article=None, skip_sentence=None) -> None:
    """Print up to ``per_kind`` candidate sentences per keyword family (``lede``: first two sentences only).

    ``sample`` articles are drawn per day (120, or 400 for ledes); ``skip_article(zip, index, article)`` and
    ``skip_sentence(text)`` let another set (eval/build_news_fresh.py) keep out what it must not reuse.
    """
    rng = random.Random(seed)
    kinds = {"pattern": pattern} if pattern else KINDS
    zips = sorted(p.name for p in corpus_dir().glob("*.zip"))
    pool: dict[str, list] = {k: [] for k in kinds}
    for zname in zips:
        arts = load_day(zname)
        for idx in rng.sample(range(len(arts)), min(sample or (400 if lede else 120), len(arts))):
            if skip_article and skip_article(zname, idx, arts[idx]):
                continue
            text = arts[idx].get("content") or ""
            spans = [sp for sp in sentences(text)[: 2 if lede else None] if 50 <= sp[1] - sp[0] <= 320]
            rng.shuffle(spans)
            for s, e in spans[:4]:
                sent = text[s:e]
                for kind, rx in kinds.items():
                    if re.search(rx, sent):
                        pool[kind].append((zname, idx, s, e, sent))
                        break
    seen = set()
    for kind, items in pool.items():
        rng.shuffle(items)
        print(f"### {kind}")
        n = 0
        for zname, idx, s, e, sent in items:
            if (zname, idx) in seen or (skip_sentence and skip_sentence(sent)):
                continue
            seen.add((zname, idx))
            print(json.dumps({"zip": zname, "index": idx, "sentence_start": s, "sentence_end": e}), sent.replace("\n", " "))
            n += 1
            if n >= per_kind:
                break


def draft_spans(draft: Path):
    """(where, draft row, article, sentence text, key) of each draft line, its span read back from the corpus;
    stops with a one-line error on an empty span or a sentence listed twice."""
    seen = set()
    for ln, line in enumerate(draft.read_text("utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        r = json.loads(line)
        art = load_day(r["zip"])[r["index"]]
        text = art["content"][r["sentence_start"]:r["sentence_end"]]
        where = f"{draft}:{ln}"
        if not text.strip():
            raise SystemExit(f"{where}: empty span")
        key = (r["zip"], r["index"], r["sentence_start"])
        if key in seen:
            raise SystemExit(f"{where}: sentence listed twice")
        seen.add(key)
        yield where, r, art, text, key


def gold_row(r: dict, art: dict, text: str, split: str) -> dict:
    """The stored reference line of a draft row: where the sentence is, its sha1, split and events."""
    return {"zip": r["zip"], "index": r["index"], "url": art["url"], "date": art["date_extracted"][:10],
            "sentence_start": r["sentence_start"], "sentence_end": r["sentence_end"], "sha1": sha1(text),
            "split": split, "events": r.get("events", [])}


def cmd_finalize(draft: Path, replace: bool = False) -> None:
    """Check the draft's spans against the corpus, fill url/date/sha1/split and merge into the set.

    Lines already in the set are kept (a draft line with the same zip/index/start replaces its old one)
    unless ``replace``, which writes the draft alone."""
    rows = {}
    if DATA.exists() and not replace:
        for line in DATA.read_text("utf-8").splitlines():
            if line.strip():
                r = json.loads(line)
                rows[(r["zip"], r["index"], r["sentence_start"])] = r
    n = 0
    for _, r, art, text, key in draft_spans(draft):
        rows[key] = gold_row(r, art, text, split_of(art["url"]))
        n += 1
    DATA.parent.mkdir(parents=True, exist_ok=True)
    with open(DATA, "w", encoding="utf-8") as f:
        for key in sorted(rows):
            f.write(json.dumps(rows[key], ensure_ascii=False) + "\n")
    print(f"wrote {len(rows)} sentences to {DATA} ({n} from {draft})")


def cmd_show(split: str, data: Path = DATA) -> None:
    """Print each gold sentence (text read back from the corpus) with its events."""
    for line in data.read_text("utf-8").splitlines():
        r = json.loads(line)
        if split != "all" and r["split"] != split:
            continue
        text = load_day(r["zip"])[r["index"]]["content"][r["sentence_start"]:r["sentence_end"]]
        print(f"{r['zip']}#{r['index']} [{r['split']}] {text}")
        for ev in r["events"]:
            print("   ", ev["type"], ev.get("aux"), [a.get("country") for a in ev["actor"]], "->",
                  [a.get("country") for a in ev["recipient"]], "|", ev.get("note", ""))


def add_candidates_parser(sub, seed: int) -> None:
    """The `candidates` subcommand's options (shared with eval/build_news_fresh.py)."""
    c = sub.add_parser("candidates")
    c.add_argument("--per-kind", type=int, default=25)
    c.add_argument("--seed", type=int, default=seed)
    c.add_argument("--lede", action="store_true", help="only the first two sentences of each article")
    c.add_argument("--pattern", help="one regex instead of the keyword families")


def main() -> None:
    signal.signal(signal.SIGPIPE, signal.SIG_DFL)  # `show | head` ends quietly
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    add_candidates_parser(sub, seed=7)
    f = sub.add_parser("finalize")
    f.add_argument("draft", type=Path)
    f.add_argument("--replace", action="store_true", help="write the draft alone instead of merging")
    s = sub.add_parser("show")
    s.add_argument("--split", choices=("dev", "test", "all"), default="all")
    a = ap.parse_args()
    if a.cmd == "candidates":
        cmd_candidates(a.per_kind, a.seed, a.lede, a.pattern)
    elif a.cmd == "finalize":
        cmd_finalize(a.draft, a.replace)
    else:
        cmd_show(a.split)


if __name__ == "__main__":
    main()

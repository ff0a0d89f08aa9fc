"""Unknown names in apposition before a title: "ياسين مكاوي، مستشار الرئيس اليمني" is a Yemeni official.

News often puts the name first and the office after it. When the lexicon does not know the name, the title phrase
is an actor of its own and the name is none, so the verb before the name finds no subject, and later bare
mentions of the surname ("وطالب مكاوي") resolve to nothing. Here an NER person right before a title phrase with a
country (after nothing, a comma, or an office noun in construct: مستشار، نائب، مبعوث) becomes one person actor
over name and title, with the title's country; its surname then stands for it later in the article.
"""
from __future__ import annotations

from typing import Optional

from hadath.text.normalize import normalize_word

TITLE_KINDS = frozenset({"title", "frame"})  # phrases naming an office (وزير الخارجية البريطاني)
OFFICE_HOLDER_KINDS = frozenset({"person"})  # a titled person the office noun serves (مستشار الرئيس اليمني)
BARE_GAPS = frozenset({"", "،", ","})
STATE_LABELS = frozenset({"NORP", "GPE"})


def office_nouns(lines: list[str]) -> frozenset:
    """The office nouns of the data file, normalized word by word (several words a line allowed)."""
    return frozenset(" ".join(normalize_word(w) for w in line.split()) for line in lines)


NAME_REACH = 30  # characters back from a title to the end of its name: a comma or one office noun in construct


def _gap_kind(gap: str, offices: frozenset) -> Optional[str]:
    """'bare' for nothing or a comma between name and title, 'office' for an office noun in construct."""
    g = gap.strip()
    if g in BARE_GAPS:
        return "bare"
    g = g.lstrip("،,").strip()
    if " ".join(normalize_word(w) for w in g.split()) in offices:
        return "office"
    return None


def _name_before(t: str, r, ends: dict, covered: bytearray, offices: frozenset) -> Optional[tuple[int, int, str]]:
    """The NER person span ending right before ``r`` (up to an office noun), if no actor covers it."""
    lo = max(0, r.start - NAME_REACH)
    for e in range(r.start, lo - 1, -1):
        s = ends.get(e)
        if s is None:
            continue
        kind = _gap_kind(t[e:r.start], offices)
        if kind is None or any(covered[s:e]):
            return None
        return s, e, kind
    return None


def _names_its_state(r) -> bool:
    """Whether the title phrase itself names its state or body (a nationality, a country, a named body): a bare
    title ("وزير الدولة") takes its country from the story, too weak to pass on to a person and its surname."""
    return any(p.label in STATE_LABELS or (p.label == "ORG" and not p.generic) for p in r.parts)


def _title_only(r) -> bool:
    """A person the lexicon gave from a bare title by date (وزير الخارجية البريطاني), no name in the text."""
    return r.kind == "person" and bool(r.parts) and not any(p.label == "PER" for p in r.parts)


def names_before_titles(t: str, out: list, ner_per: dict, offices: frozenset, resolved_cls, part_cls):
    """Join an unknown NER name to the title phrase right after it; return the actors and the new people
    (surname -> the joined actor) for later bare mentions."""
    if not ner_per:
        return out, {}
    ends = {e: s for s, e in ner_per.items()}
    covered = bytearray(len(t))
    for r in out:
        covered[r.start:r.end] = b"\x01" * (r.end - r.start)
    shorts: dict = {}
    res = []
    for r in out:
        hit = None
        if r.country and (r.kind in TITLE_KINDS or r.kind in OFFICE_HOLDER_KINDS) and _names_its_state(r):
            hit = _name_before(t, r, ends, covered, offices)
        if hit is not None and (hit[2] == "office" or r.kind in TITLE_KINDS or _title_only(r)):
            s, e, _ = hit
            name = t[s:e]
            joined = resolved_cls(s, r.end, r.country, r.sector, name, name, "person", f"name:{name}",
                                  [part_cls(s, e, "PER")] + list(r.parts), 0, r.role)
            covered[s:e] = b"\x01" * (e - s)
            last = name.split()[-1]
            if len(last) > 2 and len(name.split()) >= 2:  # a two-letter surname is too ambiguous to stand alone
                shorts[last] = joined
            res.append(joined)
            continue
        res.append(r)
    return res, shorts

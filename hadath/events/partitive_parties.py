"""The named party behind a bare counted one: ``قتل 13 مسلحا من ميليشيات الحوثي``، ``أربعة جنود من الجيش اليمني``.

A bare sector term (مسلحون، جنود، متشددون) names no party, and the news gold leaves such a role empty; but when a
partitive من follows it and names a party, the term is that party's men, and the party is the one who acted or was
hit (docs/eval-news.md: countries of named groups). A bare count does the same (مقتل 110 من عناصر تنظيم داعش: the
group was hit, not the country the strikes fell in; session 24). Words: data/partitive_parties_words.yaml.
"""
from __future__ import annotations

from typing import Iterable, Optional

from hadath.document import Actor, Document
from hadath.events.doc_index import token_index
from hadath.events.wordlists import words

FILLERS = words("partitive_parties", "fillers_before_of")
PARTITIVE_PREPS = words("partitive_parties", "partitive_preps")
MEMBER_HEADS = words("partitive_parties", "member_heads")
VICTIM_COUNTS = words("partitive_parties", "victim_counts")
RANK_HEADS = words("partitive_parties", "rank_heads")
COUNT_ADVERBS = words("partitive_parties", "count_adverbs")
VICTIM_ACT_STEMS = tuple(words("partitive_parties", "victim_act_stems"))
MAX_FILLERS = 3  # "مسلحا على الأقل من": a short adverbial at most
MAX_HEADS = 2  # "من عناصر ميليشيات X"
QUOTES = frozenset('"\'«»“”„(')  # and an opening bracket: من تنظيم (داعش)


def is_generic(a: Actor) -> bool:
    """A bare sector term with no country (قوات، السلطات، الشيخ، المسلحين): says who only vaguely."""
    return not a.country and (a.ref or "").startswith("term:")


def _named(a: Actor) -> bool:
    """A party the gold would code: a named group, or anyone with a country."""
    return not is_generic(a) and (bool(a.country) or a.kind == "group")



def party_behind(doc: Document, a: Actor, pool: Iterable[Actor]) -> Optional[Actor]:
    """The named party a bare term belongs to by a partitive من right after it, else None."""
    if not is_generic(a):
        return None
    toks = doc.tokens
    k = token_index(doc.tokens, a.end - 1) + 1
    skipped = 0
    while k < len(toks) and toks[k].norm in FILLERS and skipped < MAX_FILLERS:
        k, skipped = k + 1, skipped + 1
    if k >= len(toks) or toks[k].norm not in PARTITIVE_PREPS:
        return None
    k += 1
    for _ in range(MAX_HEADS + 1):
        while k < len(toks) and toks[k].text in QUOTES:
            k += 1  # من جماعة "بوكو حرام": a quoted name
        if k >= len(toks) or toks[k].is_punct:
            return None
        b = next((b for b in pool if toks[k].start <= b.start < toks[k].end), None)
        if b is not None:
            return b if _named(b) else None
        if toks[k].norm not in MEMBER_HEADS:
            return None
        k += 1
    return None


def name_partitive_parties(doc: Document, parties: list[Actor], pool: Iterable[Actor], rules: list[str]) -> list[Actor]:
    """Each bare counted party replaced by the named party after its partitive من (each named party once)."""
    pool = list(pool)
    out: list[Actor] = []
    for a in parties:
        b = party_behind(doc, a, pool)
        if b is not None:
            rules.append(f"partitive-party={b.text}")
            a = b
        if all((a.start, a.end, a.country) != (x.start, x.end, x.country) for x in out):
            out.append(a)
    return out


def _party_after_of(doc: Document, k: int, pool: list[Actor]) -> Optional[Actor]:
    """The named party at token k, behind rank words, its men's heads and quote marks (كبار قادة تنظيم «X»)."""
    toks = doc.tokens
    for _ in range(MAX_HEADS + 2):
        while k < len(toks) and toks[k].text in QUOTES:
            k += 1
        if k >= len(toks) or toks[k].is_punct:
            return None
        b = next((b for b in pool if toks[k].start <= b.start < toks[k].end), None)
        if b is not None:
            return b if _named(b) else None
        if toks[k].norm not in MEMBER_HEADS and toks[k].norm not in RANK_HEADS:
            return None
        k += 1
    return None


def counted_victims_party(doc: Document, last: int, pool: Iterable[Actor]) -> Optional[Actor]:
    """The party whose men an attack's or arrest's count names right after its trigger (token ``last``): ``مقتل 110
    من عناصر تنظيم داعش``، ``بمقتل اثنين من كبار قادة X``، ``مقتل العشرات من عناصر X`` (the trigger ends on the men's
    head)، ``اعتقال عدد من أعضاء X``. A count with no people noun names no party of its own, so the one after its
    partitive من is the one hit, whether the verb is read as active (قتل X 110 من ...) or passive."""
    toks, pool = doc.tokens, list(pool)
    k = last + 1
    if toks[last].norm in MEMBER_HEADS and last >= 1 and toks[last - 1].norm in PARTITIVE_PREPS:
        return _party_after_of(doc, k, pool)  # "مقتل العشرات من عناصر" inside the trigger: the party follows
    while k < len(toks) and k - last <= MAX_FILLERS and toks[k].norm in COUNT_ADVERBS:
        k += 1  # "اعتقلت الشرطة أمس 12 من": a time adverb before the count
    counted = False
    while k < len(toks) and (any(ch.isdigit() for ch in toks[k].norm) or toks[k].norm in VICTIM_COUNTS) and \
            k - last <= MAX_FILLERS + 2:
        counted, k = True, k + 1
    if not counted or k >= len(toks) or toks[k].norm not in PARTITIVE_PREPS:
        return None
    return _party_after_of(doc, k + 1, pool)


def names_victim_act(doc: Document, first: int, last: int) -> bool:
    """A word of tokens [first, last] is a killing, wounding or capture (قتل، بمقتل، أصيب، اعتقلت، القبض): its count
    names the men hit, unlike an assault verb's (اقتحم المئات من X: X are the assailants)."""
    for t in doc.tokens[first:last + 1]:
        w = t.norm
        for pre in ("", "و", "ف", "ب", "ل", "وب", "ال", "بال", "وال", "لل"):
            if w.startswith(pre) and w[len(pre):].startswith(VICTIM_ACT_STEMS):
                return True
    return False

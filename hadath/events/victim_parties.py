"""Who an abduction, arrest or execution befalls: parse rules that keep its roles the right way round.

The unvocalized verbs of these acts read as passives as often as actives (خُطف / خطف), and the argument rules swap a
passive's subject and object. Three shapes are active or passive for sure: a counted object right after a named
subject makes the verb active (خطف تنظيم داعش نحو 230 مدنيا، اختطف داعش أكثر من 220 من أبناء X); a plural perfect verb
of these acts with no object after it is a passive whose subject was taken (أربعة إيطاليين اختطفوا في ليبيا); and a
relation noun after the subject (جبهة النصرة، ذراع تنظيم القاعدة) opens an apposition describing it, not an object.
Giving the captives a country of their own (the people of a place, the sentence's one country) was measured and left
out (docs/events.md, session 20).
"""
from __future__ import annotations

from hadath.document import Actor, Document
from hadath.events.doc_index import token_index
from hadath.events.partitive_parties import is_generic
from hadath.events.triggers import TriggerMatch
from hadath.events.wordlists import words
from hadath.text.normalize import normalize_word

COUNT_LEADS = words("victim_parties", "count_leads")
PLURAL_CAPTIVE_VERBS = words("victim_parties", "plural_captive_verbs")
NO_OBJECT_STARTS = words("victim_parties", "no_object_starts")
CAPTIVE_HEADS = words("victim_parties", "captive_heads")
PEOPLE_OF_PLACE = words("victim_parties", "people_of_place")
RELATION_NOUNS = words("victim_parties", "relation_nouns")

QUOTES = frozenset('«»"“”()')


def _is_count(norm: str) -> bool:
    """A word of a count: digits or a rough-count lead (نحو، أكثر من). Spelled numbers are left out: with them the
    later verb-subject-object rule swaps back what these rules keep active (قتل الجيش ثلاثة إرهابيين)."""
    return any(ch.isdigit() for ch in norm) or norm in COUNT_LEADS


def counted_object_after_subject(doc: Document, actor: list[Actor], recipient: list[Actor]) -> bool:
    """A named subject followed at once by a counted bare people noun (خطف تنظيم «داعش» نحو 230 مدنيا): a verb
    with two bare noun phrases after it is active, so the two are not swapped as for a passive ``خُطف``."""
    if len(recipient) != 1 or not is_generic(recipient[0]) or not actor or any(is_generic(a) for a in actor):
        return False
    last = max(a.end for a in actor)
    if last > recipient[0].start:
        return False
    toks = doc.tokens
    lo, hi = token_index(toks, last), token_index(toks, recipient[0].start)
    between = [t for t in toks[lo:hi] if t.text not in QUOTES and t.start >= last]
    return bool(between) and all(_is_count(t.norm) for t in between) and any(
        any(ch.isdigit() for ch in t.norm) or t.norm not in COUNT_LEADS for t in between)


def counted_people_after_subject(doc: Document, actor: list[Actor]) -> bool:
    """A named subject followed at once by a count and a people noun the actors layer does not tag (اختطف تنظيم داعش
    أكثر من 30 من أبناء مدينة تكريت): the count is the verb's object, so the verb is active and the subject is no
    passive's patient."""
    if not actor or any(is_generic(a) for a in actor):
        return False
    toks = doc.tokens
    k = token_index(toks, max(a.end for a in actor))
    while k < len(toks) and toks[k].text in QUOTES:
        k += 1
    counted = False
    while k < len(toks) and _is_count(toks[k].norm):
        counted = counted or any(ch.isdigit() for ch in toks[k].norm) or toks[k].norm not in COUNT_LEADS
        k += 1
    return counted and k < len(toks) and (toks[k].norm in CAPTIVE_HEADS or toks[k].norm in PEOPLE_OF_PLACE)


def descriptor_apposition(doc: Document, subj_end: int, j: int) -> bool:
    """A party named right after a relation noun (and a comma) that follows the subject (خطفت جبهة النصرة، ذراع تنظيم
    القاعدة في سوريا، ...): an apposition describing the subject (its parent body), not the verb's object."""
    toks = doc.tokens
    between = [toks[k] for k in range(subj_end + 1, j) if toks[k].text not in ("،", ",")]
    return len(between) == 1 and between[0].norm in RELATION_NOUNS  # (with or without the comma)


def passive_captives(doc: Document, m: TriggerMatch) -> bool:
    """A plural perfect abduction or arrest verb (اختطفوا، اعتقلوا) with no object after it (a preposition, a time
    word or the clause's end follows): the passive ``اُختطفوا``, whose subject before it was taken."""
    toks = doc.tokens
    head = toks[m.first]
    if head.enclitics or head.norm.lstrip("و") not in PLURAL_CAPTIVE_VERBS:
        return False
    k = m.last + 1
    if k >= len(toks) or toks[k].is_punct:
        return True
    nxt = toks[k].norm
    glued_bi = any(normalize_word(p.text) == "ب" for p in toks[k].proclitics)  # ببغداد, not بعض or بريطانيين
    return nxt in NO_OBJECT_STARTS or glued_bi and nxt not in CAPTIVE_HEADS


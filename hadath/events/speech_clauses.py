"""Where a trigger's clause begins and ends: speech verbs and their complementizers (قال X إن ...), the clause
region the argument rules search, and the verb triggers noted per document.

Kept apart from the argument rules because other stages (non-events, evaluative reports, mentioned speech) read the
same speech words and regions without assigning any argument; it imports nothing of the argument modules.
"""
from __future__ import annotations

from bisect import bisect_right
from typing import Optional

from hadath.document import Document
from hadath.events.doc_index import TOKEN_ENDS as _TOKEN_ENDS, PerDocument, in_mention
from hadath.events.triggers import TriggerMatch
from hadath.text.normalize import normalize_word


SPEECH_VERBS = frozenset(normalize_word(w) for w in (
    "قال قالت قالوا يقول تقول اعلن اعلنت يعلن تعلن اكد اكدت يؤكد تؤكد اوضح اوضحت يوضح توضح اشار اشارت يشير "
    "تشير اضاف اضافت يضيف تضيف ذكر ذكرت يذكر تذكر صرح صرحت يصرح اعتبر اعتبرت يعتبر تعتبر راى رات يرى ترى "
    "لفت لفتت كشف كشفت يكشف افاد افادت يفيد تفيد نفى نفت ينفي تنفي زعم زعمت يزعم اعرب اعربت اكدا قالا "
    "اعلنوا اكدوا قال: شدد شددت يشدد تشدد "
    # "نقلت الوكالة عن X قوله إن": the quoted one (before قوله) is the speaker
    "قوله قولها قولهم").split())

QUOTED = frozenset(normalize_word(w) for w in "قوله قولها قولهم".split())

COMPLEMENTIZERS = frozenset(normalize_word(w) for w in (
    "ان إن أن انه انها انهم انهما انني اننا بان بانه بانها بانهم وان وانه وانها".split()))

SELF_COMP = frozenset(normalize_word(w) for w in "انه انها انهم انهما اننا انني بانه بانها بانهم وانه وانها".split())

CLAUSE_PUNCT = set(".!?؟:؛;")


def is_noun_trigger(m: TriggerMatch) -> bool:
    return m.head_tag == "" or "noverb" in m.pattern.roles


# every spelling ``is_speech`` accepts (the verbs, and the verbs after و/ف), for one set look-up
SPEECH_FORMS = SPEECH_VERBS | frozenset(p + w for p in ("و", "ف") for w in SPEECH_VERBS)


def is_speech(norm: str) -> bool:
    return norm in SPEECH_FORMS


def _token_ends(doc: Document) -> list[int]:
    """End offsets of the document's tokens (increasing), built once per document for binary search."""
    return _TOKEN_ENDS(doc.tokens)


_VERBS: tuple = (None, 0, frozenset(), {})  # (token list, its length, verb heads, و/ف-joined verb heads -> type)


def note_verb_triggers(doc: Document, matches) -> None:
    """Record where the document's verb triggers stand (the events stage calls this once per document, before
    assigning arguments): a coordinated verb (ودعت، وبحث) opens a clause of its own for the argument rules."""
    global _VERBS
    verbs = [h for h in matches if not is_noun_trigger(h)]
    joined = {h.first: h.pattern.type for h in verbs
              if doc.tokens[h.first].proclitics and doc.tokens[h.first].proclitics[0].text in ("و", "ف")}
    _VERBS = (doc.tokens, len(doc.tokens), frozenset(h.first for h in verbs), joined)


def verb_triggers(doc: Document) -> tuple[frozenset, dict]:
    """(verb heads, joined verb heads -> type) noted for this document; empty for any other (e.g. a test calling
    ``assign`` on its own)."""
    toks, n, heads, joined = _VERBS
    if toks is not doc.tokens or n != len(doc.tokens):
        return frozenset(), {}
    return heads, joined


_SPEECH = PerDocument(lambda toks: {})  # {(lo, hi): (pairs, speech verbs)} of the document's sentences


def speech_pairs(doc: Document, lo: int, hi: int) -> list[tuple[int, int]]:
    """(speech verb, complementizer) token pairs of the sentence [lo, hi), found once per sentence."""
    return _speech_index(doc, lo, hi)[0]


def _speech_index(doc: Document, lo: int, hi: int) -> tuple[list[tuple[int, int]], list[int]]:
    """The sentence [lo, hi)'s speech pairs and its speech verbs' token indexes (increasing), found once."""
    by_sent = _SPEECH(doc.tokens)
    found = by_sent.get((lo, hi))
    if found is None:
        toks = doc.tokens
        pairs, verbs = [], [i for i in range(lo, hi) if toks[i].norm in SPEECH_FORMS]
        for i in verbs:
            for j in range(i + 1, min(hi, i + 16)):
                if toks[j].norm in COMPLEMENTIZERS and not in_mention(doc, toks[j].start):
                    pairs.append((i, j))
                    break
                if (toks[j].norm in CLAUSE_PUNCT and toks[j].norm != ":") or toks[j].norm in SPEECH_FORMS:
                    break
        found = by_sent[(lo, hi)] = (pairs, verbs)
    return found


def clause_region(doc: Document, m: TriggerMatch) -> tuple[int, int, Optional[int], Optional[int], bool]:
    """(first, end) token range of the trigger's clause, the speech verb index, the complementizer index, and
    whether the complement's subject is the speaker (``إنه``)."""
    sent = doc.sentences[m.sentence]
    toks = doc.tokens
    lo, hi = sent.token_start, sent.token_end
    pairs, verbs = _speech_index(doc, lo, hi)
    first, end, speech, comp, self_ref = lo, hi, None, None, False
    for s, c in pairs:
        if c < m.first:
            first, speech, comp, self_ref = c + 1, s, c, toks[c].norm in SELF_COMP
        elif s > m.last:
            end = min(end, s)
            break
    # a later speech verb without complementizer (", كما قال بيان ...") also closes the clause
    for i in verbs[bisect_right(verbs, m.last + 1):]:  # the speech verbs after the word following the trigger
        if i >= end:
            break
        if toks[i - 1].norm in ("،", ",", "كما"):
            end = i - 1 if toks[i - 1].norm in ("،", ",") else i
            break
    return first, end, speech, comp, self_ref

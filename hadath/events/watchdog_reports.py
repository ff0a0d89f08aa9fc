"""Rights watchdogs' reports as accusations: ``أعلنت منظمة هيومن رايتس ووتش أن قوات جيش جنوب السودان دهست مدنيين``.

A rights watchdog (an international body of human-rights sector, or one named with a rights word: منظمة العفو
الدولية، مجلس حقوق الإنسان) that says in a complement clause that a party attacked or coerced someone accuses that
party: besides the reported ASSAULT / COERCE (coded from its own trigger), an ACCUSE event watchdog -> the act's
actor (CAMEO 112), triggered by the speech verb. Only watchdogs: a government, an army or a national monitor (the
Syrian Observatory) reporting an act is a source, and the news gold codes no accusation there (95 of 97 report
frames over the 17 tuning sets; the two others are watchdogs). Words live in ``data/watchdog_reports_words.yaml``.
"""
from __future__ import annotations

from bisect import bisect_right
from typing import Optional

from hadath.document import Actor, Document, Event, Span
from hadath.events.doc_index import token_at
from hadath.events.speech_clauses import CLAUSE_PUNCT, speech_pairs
from hadath.events.wordlists import raw_words, words
from hadath.text.normalize import peel_forms

RULE_ID = "watchdog-report"
CONFIDENCE = 0.5
SUBJECT_REACH = 4  # tokens before a speech verb in which its subject may stand (المنظمة الحقوقية قالت إن)

WATCHDOG_COUNTRIES = frozenset(raw_words("watchdog_reports", "watchdog_countries"))
WATCHDOG_SECTORS = frozenset(raw_words("watchdog_reports", "watchdog_sectors"))
RIGHTS_WORDS = words("watchdog_reports", "rights_words")
REPORTED_TYPES = frozenset(raw_words("watchdog_reports", "reported_types"))
REPORTED_AUX = frozenset(("asserted", "historical"))


def _sentence_of(doc: Document, offset: int) -> Optional[int]:
    """Index of the sentence holding character ``offset``."""
    starts = [s.start for s in doc.sentences]
    i = bisect_right(starts, offset) - 1
    return i if i >= 0 and offset < doc.sentences[i].end else None


def _speech_of(doc: Document, si: int, k: int) -> Optional[tuple[int, int]]:
    """The (speech verb, complementizer) pair whose complement holds token ``k``: the nearest pair before it."""
    sent = doc.sentences[si]
    before = [(s, c) for s, c in speech_pairs(doc, sent.token_start, sent.token_end) if c < k]
    if not before or _clause_break(doc.tokens, before[-1][1], k):
        return None
    return before[-1]


def _clause_break(toks, c: int, k: int) -> bool:
    """A comma followed by a و-joined word between the complementizer and the act (إن الحكومة وعدت ...، واعتقلت
    الشرطة): the writer's own narration takes over, the act is no longer reported by the speaker."""
    return any(toks[j].is_punct and toks[j].norm in ("،", ",") and toks[j + 1].norm.startswith("و")
               for j in range(c + 1, k))


def _rights_word(norm: str) -> bool:
    """Whether a word is a rights word in any peeled form (الحقوقية، لحقوق، رايتس)."""
    return any(f in RIGHTS_WORDS for f in peel_forms(norm, preps="بلك", article=True))


def _speaker_span(doc: Document, si: int, s: int, c: int) -> tuple[int, int]:
    """Tokens of the speaker's phrase: between the speech verb and its complementizer (قالت منظمة X اليوم إن) or,
    when none stands there, the few tokens before the verb back to punctuation (المنظمات الحقوقية قالت إن)."""
    toks = doc.tokens
    if any(a.country and toks[s].end <= a.start < toks[c].start for a in doc.actors):
        return s + 1, c
    lo = s
    while lo > max(doc.sentences[si].token_start, s - SUBJECT_REACH) and toks[lo - 1].norm not in CLAUSE_PUNCT \
            and toks[lo - 1].norm not in ("،", ","):
        lo -= 1
    return lo, s


def watchdog_speaker(doc: Document, lo: int, hi: int) -> Optional[Actor]:
    """The international rights body named in tokens [lo, hi), if any: an NGO/IGO actor of a watchdog sector, or of
    any sector when a rights word stands in the phrase (منظمة حقوق الإنسان التابعة للأمم المتحدة)."""
    if lo >= hi:
        return None
    a_lo, a_hi = doc.tokens[lo].start, doc.tokens[hi - 1].end
    bodies = [a for a in doc.actors if a.country in WATCHDOG_COUNTRIES and a_lo <= a.start < a_hi]
    if not bodies:
        return None
    rights = any(_rights_word(doc.tokens[k].norm) for k in range(lo, hi))
    return next((a for a in bodies if a.sector in WATCHDOG_SECTORS or rights), None)


def _accused(act: Event, watchdog: Actor) -> list[Actor]:
    """The act's actors with a country, other than the watchdog's own."""
    return [a for a in act.actor if a.country and a.country != watchdog.country]


def _known(events: list[Event], sent, watchdog: Actor, accused: list[Actor]) -> bool:
    """An ACCUSE of the same parties already stands in the sentence (an evaluation word, a verb of accusing)."""
    want = {a.country for a in accused}
    return any(e.type == "ACCUSE" and sent.start <= e.trigger.start < sent.end
               and watchdog.country in {a.country for a in e.actor} and want <= {a.country for a in e.recipient}
               for e in events)


def _event(doc: Document, si: int, s: int, watchdog: Actor, accused: list[Actor], act: Event) -> Event:
    sent = doc.sentences[si]
    verb = doc.tokens[s]
    ev = Event(type="ACCUSE", trigger=doc.span(verb.start, verb.end),
               sentence=Span(doc.text[sent.start:sent.end], sent.start, sent.end), cameo="112",
               actor=[watchdog], recipient=list(accused), source=f"rule:{RULE_ID}")
    ev.head_tag = ""
    ev.aux = "asserted"
    ev.explanation.append(f"{RULE_ID}: rights watchdog {watchdog.text!r} reports that "
                          f"{', '.join(a.text for a in accused)!r} did {act.type} {act.trigger.text!r}: ACCUSE")
    ev.confidence = CONFIDENCE
    return ev


def watchdog_reports(doc: Document, events: list[Event], pub_year=None) -> list[Event]:
    """ACCUSE watchdog -> actor for each reported ASSAULT / COERCE inside a rights watchdog's speech clause."""
    out: list[Event] = []
    for act in events:
        if act.type not in REPORTED_TYPES or act.aux not in REPORTED_AUX:
            continue
        si = _sentence_of(doc, act.trigger.start)
        if si is None:
            continue
        sent = doc.sentences[si]
        k = token_at(doc, act.trigger.start, sent.token_start, sent.token_end)
        pair = _speech_of(doc, si, k) if k < sent.token_end else None
        if pair is None:
            continue
        watchdog = watchdog_speaker(doc, *_speaker_span(doc, si, *pair))
        accused = _accused(act, watchdog) if watchdog else []
        if accused and not _known(events + out, sent, watchdog, accused):
            out.append(_event(doc, si, pair[0], watchdog, accused, act))
    return out

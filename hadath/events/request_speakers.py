"""Who speaks in a call or demand the argument rules left without a speaker (session 29, coreq).

A REQUEST verb is followed first by its subject in Arabic (دعا X Y إلى ...). When the actors layer does not know
the subject's head (المراقب الدائم، المجلس، مجموعة من أقارب ...) or its title (المبعوث الدولي), the argument rules find
no actor and take the first party after the verb as the one asked. That party names the speaker when it stands in
the subject's own phrase: the speaker's title itself right after the verb, or the state a countryless head belongs
to (المراقب الدائم لدولة فلسطين، المجلس برئاسة ولي العهد). The one asked, if any, follows the subject set off by a
comma (، مجلس الأمن الدولي،). A speaker the actors layer cannot name at all (a person's name only the NER tags:
وحثت سارة ليا ويتسن، مديرة قسم الشرق الأوسط في هيومن رايتس ووتش، الولايات المتحدة على) speaks for the body her
comma-closed apposition names (``speaker_by_apposition``).
"""
from __future__ import annotations

from functools import lru_cache
from typing import Optional

from hadath.document import Actor, Document, Event
from hadath.events.argument_clues import DAY_WORDS, TIME_WORDS, tok_of
from hadath.events.doc_index import token_at
from hadath.events.merge import pattern_id
from hadath.events.partitive_parties import is_generic
from hadath.events.triggers import load_lexicon
from hadath.events.wordlists import words
from hadath.text.normalize import normalize_word

# words that end the subject's phrase: the act asked for or a clause opens (إلى التدخل، أن، على ضرورة)
PHRASE_ENDS = words("request_speakers", "phrase_ends")
# plural and dual verb endings: such a verb follows its subject, so a party after it is its object (حثوا أنقرة)
PLURAL_VERB_ENDINGS = tuple(words("request_speakers", "plural_verb_endings"))
# chairing and state words whose genitive owns the subject's head (برئاسة X، لدولة X، لجمهورية X)
OWNER_WORDS = words("request_speakers", "owner_words")
SPEAKER_KINDS = frozenset(("title", "person"))
SUBJECT_REACH = 12  # "وناشد المجلس في جلسته أمس برئاسة نائب خادم الحرمين": the owner after the subject's adverbials


@lru_cache(maxsize=1)
def _verb_patterns() -> frozenset:
    """Ids of the shipped lexicon's patterns headed by a verb (a noun trigger's genitive may be the one asked)."""
    return frozenset(p.id for p in load_lexicon().patterns if p.slots and p.slots[0].kind == "verb")


def _ends_phrase(tok) -> bool:
    return tok.is_punct or tok.norm in PHRASE_ENDS


def _li_bi(tok) -> bool:
    return any(normalize_word(p.text) in ("ب", "ل") for p in tok.proclitics)


def _owner_word(doc: Document, r: Actor, j: int) -> bool:
    """Is the party the genitive of a chairing or state word with ب / ل (برئاسة [X]، لدولة [فلسطين]): the body or
    state the subject's head belongs to? A verbal noun there (بانسحاب القوات X، لعودة X) opens what is asked."""
    toks = doc.tokens
    tok = toks[j] if toks[j].start < r.start else toks[j - 1]
    if not _li_bi(tok):
        return False
    stem = normalize_word(tok.stem.text) if tok.stem is not None else tok.norm[1:]
    return stem in OWNER_WORDS or "ال" + stem in OWNER_WORDS


def _speaker_at(doc: Document, ev: Event, v: int) -> Optional[Actor]:
    """The recipient that stands in the verb's subject phrase: a title or person right after the verb (time words
    aside), or a party behind ل / ب in the phrase of a head the actors layer does not name; else None."""
    toks = doc.tokens
    r = min(ev.recipient, key=lambda a: a.start)
    if r.start < toks[v].end or not r.country or is_generic(r):
        return None
    j = tok_of(doc, r)
    if j - v > SUBJECT_REACH or any(_ends_phrase(toks[k]) for k in range(v + 1, j)):
        return None
    k = v + 1
    while k < j and (toks[k].norm in TIME_WORDS or toks[k].norm in DAY_WORDS):
        k += 1
    if k == j and r.kind in SPEAKER_KINDS:
        return r  # "دعا المبعوث الدولي إلى اليمن فلان إلى تمديد الهدنة"
    if k < j and _owner_word(doc, r, j) and not _li_bi(toks[k]) and \
            not any(a.start <= toks[k].start < a.end for a in doc.actors or ()):
        return r  # "طالب المراقب الدائم لدولة فلسطين"، "ناشد المجلس ... برئاسة ولي العهد"
    return None


def _addressee_after(doc: Document, speaker: Actor, end_tok: int) -> list[Actor]:
    """The party right after the comma that closes the subject's phrase (، مجلس الأمن الدولي،): the one asked."""
    toks = doc.tokens
    k = tok_of(doc, speaker)
    while k < end_tok and not toks[k].is_punct:
        k += 1
    if k >= end_tok or toks[k].norm not in ("،", ","):
        return []
    nxt = next((a for a in doc.actors or () if k < tok_of(doc, a) <= k + 1 and a.start > speaker.end), None)
    return [nxt] if nxt is not None and nxt.country and not is_generic(nxt) else []


def speaker_in_subject_phrase(doc: Document, ev: Event) -> None:
    """A REQUEST verb with no actor whose recipient stands in its subject's phrase: that party is the speaker, and
    the one asked is the party after the phrase's comma, or no one. Not for nouns (مطالبة الحكومة بـ: the
    government may be the one asked) nor plural verbs, which follow their subject."""
    if ev.type != "REQUEST" or ev.actor or not ev.recipient or pattern_id(ev) not in _verb_patterns():
        return
    toks = doc.tokens
    v = token_at(doc, ev.trigger.start, 0, len(toks))
    if v >= len(toks) or toks[v].norm.endswith(PLURAL_VERB_ENDINGS):
        return
    speaker = _speaker_at(doc, ev, v)
    if speaker is None:
        return
    end_tok = token_at(doc, ev.sentence.end - 1, 0, len(toks)) + 1
    ev.actor = [speaker]
    ev.recipient = _addressee_after(doc, speaker, end_tok)
    ev.explanation.append(f"actor: the speaker named in the request's subject phrase ({speaker.text})")


APPOSITION_REACH = 10  # words of a title phrase between the name's comma and the body (مديرة قسم الشرق الأوسط في)


def _person_right_after(doc: Document, v: int):
    """The NER person entity opening right after the verb (no actor on it), else None."""
    toks = doc.tokens
    if v + 1 >= len(toks):
        return None
    at = toks[v + 1].start
    per = next((e for e in doc.entities if e.label == "PER" and e.start == at), None)
    if per is None or any(a.start < per.end and per.start < a.end for a in doc.actors or ()):
        return None
    return per


def _apposition_body(doc: Document, per, end_tok: int) -> Optional[tuple[Actor, int]]:
    """The party named in the comma-closed phrase right after the person (، مديرة ... في هيومن رايتس ووتش،) and the
    token of the closing comma; None when the phrase does not close within reach or names no body."""
    toks = doc.tokens
    k = token_at(doc, per.end - 1, 0, len(toks)) + 1
    while k < end_tok and not toks[k].is_punct:
        k += 1  # the rest of a name the NER cut short (ويتسن)
    if k >= end_tok or toks[k].norm not in ("،", ","):
        return None
    close = next((j for j in range(k + 1, min(end_tok, k + 2 + APPOSITION_REACH)) if toks[j].is_punct), None)
    if close is None or toks[close].norm not in ("،", ","):
        return None
    bodies = [a for a in doc.actors or () if toks[k].end <= a.start and a.end <= toks[close].start and a.country
              and not is_generic(a) and a.kind not in SPEAKER_KINDS]
    return (bodies[-1], close) if bodies else None


def speaker_by_apposition(doc: Document, ev: Event) -> None:
    """A REQUEST verb with no actor whose subject is a person the actors layer does not know, set off by a
    comma-closed apposition naming the body she works for (وحثت سارة ليا ويتسن، مديرة ... في هيومن رايتس ووتش،
    الولايات المتحدة على ...): that body is the speaker; the one asked (already found) follows the apposition."""
    if ev.type != "REQUEST" or ev.actor or pattern_id(ev) not in _verb_patterns():
        return
    toks = doc.tokens
    v = token_at(doc, ev.trigger.start, 0, len(toks))
    end_tok = token_at(doc, ev.sentence.end - 1, 0, len(toks)) + 1
    per = _person_right_after(doc, v)
    found = _apposition_body(doc, per, end_tok) if per is not None else None
    if found is None:
        return
    body, close = found
    if any(r.start < toks[close].end for r in ev.recipient) or body.country in {r.country for r in ev.recipient}:
        return  # the one asked must follow the apposition, and be someone else
    ev.actor = [body]
    ev.explanation.append(f"actor: the body named in the speaker's apposition ({body.text})")

"""Evaluative statements as accusations: ``قال X إن Y تنتهك ...``، ``قالت X إن التصريحات تعكس الموقف العدائي لـ Y``.

A speaker X who says, in a complement clause, that another named party Y does or is something bad (a negative
evaluation word predicated of Y, no accuse verb) accuses Y: an ACCUSE event X -> Y. The trigger is the evaluation
word, so ``--explain`` shows why. Y is the topic of the complement: for an evaluation verb its subject (the party
before the verb), for a noun or adjective its possessor after it (العدائي لإيران، مدعومة من إيران، الخطاب العدواني
الذي ألقاه خامنئي) or else the complement's subject. Words live in ``data/evaluative_reports_words.yaml``.

Session 19: a verb of describing with its describer right after it (وصف X التصريحات المتناقضة لـ Y بأنها ...) is read
like a statement whose object is the complement (Y must own the word there); and the praise mirror: X says the
relations with Y are good (العلاقات بين البلدين متميزة، علاقاتنا مع Y قوية) -> SUPPORT X -> Y (051), from near and far
statements (a far أن behind commas or a long setting, its speaker named between verb and أن).
"""
from __future__ import annotations

from bisect import bisect_left
from functools import lru_cache
from typing import Optional

from hadath.document import Actor, Document, Event, Span
from hadath.events.arguments import assign
from hadath.events.doc_index import PerDocument, in_mention, token_index
from hadath.events.modality import classify
from hadath.events.speech_clauses import COMPLEMENTIZERS, SELF_COMP, SPEECH_FORMS, clause_region, speech_pairs
from hadath.events.triggers import Pattern, TriggerMatch
from hadath.events.wordlists import words
from hadath.text.normalize import peel, peel_forms

RULE_ID = "evaluative-report"
CONFIDENCE = 0.5
POSSESSOR_REACH = 6  # tokens after an evaluation noun in which its owner (ل / من / a relative clause's agent) may stand
SUBJECT_REACH = 8  # tokens before the evaluation word in which the complement's subject may stand
ALLOW_SAME_COUNTRY = False  # measured True on the 13 tuning sets: 0 right, 12 wrong more (s18)
PRAISE_ID = "evaluative-praise"
USE_DESCRIBED = True  # s19: fresh4 +1 tp; with the subject fallback also fresh14 +1 fp (a praise described)
DESCRIBER_REACH = 3  # tokens after a verb of describing in which its subject starts (وصف الدكتور X)
USE_PRAISE = True  # s19: tuning +1 tp 0 fp (fresh14), validation unchanged
# far statements (أكد X ... في موسكو اليوم الثلاثاء أن; أكد الوزير، في حديثه، أن) feed the praise only: for ACCUSE
# they gave 0 right and 1 false event on the 14 tuning sets (s19; s18 measured the same for all triggers)
USE_FAR_STATEMENTS = True
FAR_REACH = 28  # tokens after a speech verb in which a far أن may stand, across commas and brackets
RELATION_REACH = 8  # tokens after a relation noun in which its praise word may stand (العلاقات بين البلدين متميزة)
NEGATION_REACH = 3  # tokens before the word in which a negator cancels it (عدم تمكين إيران من تهديد)

_PUNCT = frozenset(".!?؟:؛;،,\"«»“”()")
_SOFT_PUNCT = frozenset("،,\"«»“”()")  # what a far statement's speaker and setting may hold before its أن
_PATTERN = Pattern(id=RULE_ID, type="ACCUSE", mode="", cameo="112", slots=(), roles=frozenset(("noverb",)),
                   conf=CONFIDENCE, text="speech verb + complement with a negative evaluation of another party",
                   line=0)

_PRAISE_PATTERN = Pattern(id=PRAISE_ID, type="SUPPORT", mode="", cameo="051", slots=(), roles=frozenset(("noverb",)),
                          conf=CONFIDENCE, text="speech verb + complement praising the relations with another party",
                          line=0)


# the word classes of data/evaluative_reports_words.yaml (see the comments there)
EVALUATION_VERBS = words("evaluative_reports", "evaluation_verbs")
EVALUATION_NOUNS = words("evaluative_reports", "evaluation_nouns")
BACKED_WORDS = words("evaluative_reports", "backed_words")
ACT_NOUNS = words("evaluative_reports", "act_nouns")
AGENT_HEADS = words("evaluative_reports", "agent_heads")
CLAUSE_BREAKS = words("evaluative_reports", "clause_breaks")
BLOCKERS = words("evaluative_reports", "blockers")
NEGATORS = words("evaluative_reports", "negators")
STILL_VERBS = words("evaluative_reports", "still_verbs")
DESCRIBING_VERBS = words("evaluative_reports", "describing_verbs")
DENIALS = words("evaluative_reports", "denials")
VICTIM_PREPS = words("evaluative_reports", "victim_preps")
RELATION_NOUNS = words("evaluative_reports", "relation_nouns")
RELATION_PRAISE = words("evaluative_reports", "relation_praise")
DUAL_PARTIES = words("evaluative_reports", "dual_parties")
PRAISE_SPOILERS = words("evaluative_reports", "praise_spoilers")


_ENDINGS: dict[frozenset, frozenset] = {}  # word set -> the last two letters of its words


def _endings(wordset: frozenset) -> frozenset:
    """The last two letters (or the whole word if shorter) of the words of ``wordset``, built once per set."""
    ends = _ENDINGS.get(wordset)
    if ends is None:
        ends = _ENDINGS[wordset] = frozenset(w[-2:] for w in wordset)
    return ends


def _in(norm: str, wordset: frozenset, future: bool = True) -> bool:
    """``norm`` or one of its stems without one و/ف, one ب/ل/ك and the article (or a verb's future س) is in
    ``wordset``; an accusative ending counts as absent (نظاما قمعيا، انتهاكا). ``future`` False: an evaluation is
    not read in the future (سترتكب خطأ إذا ...: a warning, not a charge)."""
    # a cheap necessary test first: peeling takes letters off the front only, so every peeled form ends as ``norm``
    # does, or (the accusative ا dropped) as ``norm`` without its last letter; most tokens fail it
    ends = _ENDINGS.get(wordset) or _endings(wordset)
    if norm[-2:] not in ends and not (norm[-1:] == "ا" and norm[-3:-1] in ends):
        return False
    return any(f in wordset for f in peel_forms(norm, preps="بلك", lil=True, future=future, article=True,
                                                accusative=True))


def _spoiler(norm: str) -> bool:
    """A word of trouble in the relations (توتر، خلافات): compared without prepositions or the accusative, which would
    read بخلاف / خلافا ("unlike", "contrary to") as خلاف."""
    return peel(norm, article=True) in PRAISE_SPOILERS


def _describing(norm: str) -> bool:
    """A verb of describing (وصف، ووصفت): only و/ف come off (الوصف، بوصف are nouns); ``peel(norm)`` written out, as
    this runs on every token of the document."""
    return (norm[1:] if norm[:1] in ("و", "ف") and len(norm) > 3 else norm) in DESCRIBING_VERBS


def _scan_lists(toks) -> dict:
    """{"describing": token indexes, "relation": token indexes}: the document's verbs of describing and relation
    nouns, found in one pass with a cheap ending test first (both are read after proclitics only, so a word ends
    as its stem, or as its stem plus an accusative ا): the describing and praise rules look for them in every
    sentence, and few tokens pass."""
    union = _endings(DESCRIBING_VERBS) | _endings(RELATION_NOUNS)
    out: dict = {"describing": [], "relation": []}
    for k, t in enumerate(toks):
        n = t.norm
        if n[-2:] in union or (n[-1:] == "ا" and n[-3:-1] in union):
            if _describing(n):
                out["describing"].append(k)
            if _in(n, RELATION_NOUNS):
                out["relation"].append(k)
    return out


_SCANNED = PerDocument(_scan_lists)


def _hits(doc: Document, lo: int, hi: int, which: str) -> list[int]:
    """Tokens in [lo, hi) of the document's ``which`` ("describing" or "relation") list, from one pass over it."""
    found = _SCANNED(doc.tokens)[which]
    return found[bisect_left(found, lo):bisect_left(found, hi)]


def _actor_tok(doc: Document, a: Actor, lo: int, hi: int) -> Optional[int]:
    """Index of the first token of the mention inside [lo, hi), if any."""
    for k in range(lo, hi):
        t = doc.tokens[k]
        if t.start <= a.start < t.end or a.start <= t.start < a.end:
            return k
    return None


def _state_places(doc: Document) -> list[Actor]:
    """Country names the actors layer left as places (مدعومة من إيران، إن في إيران حكما): a state judged by name is
    a party, as ``Actor.of_place`` makes it elsewhere."""
    return [Actor.of_place(p) for p in doc.places
            if p.country and (p.feature or "").startswith("PCL")
            and not any(a.start <= p.start < a.end or p.start <= a.start < p.end for a in doc.actors)]


def _parties(doc: Document, lo: int, hi: int) -> list[tuple[int, Actor]]:
    """(token, actor) of the named parties with a country whose mention starts in tokens [lo, hi)."""
    if lo >= hi:
        return []
    a_lo, a_hi = doc.tokens[lo].start, doc.tokens[hi - 1].end
    out = []
    for a in list(doc.actors) + _state_places(doc):
        if a.country and a_lo <= a.start < a_hi:
            k = _actor_tok(doc, a, lo, hi)
            if k is not None:
                out.append((k, a))
    return sorted(out, key=lambda p: p[0])


def _victim(doc: Document, k: int) -> bool:
    """The party at token ``k`` stands after a victim preposition (ضد الشعب، مع سوريا): it was hit, not judged."""
    return k > 0 and _in(doc.tokens[k - 1].norm, VICTIM_PREPS)


def _covering(doc: Document, e: int) -> Optional[tuple[int, Actor]]:
    """A party whose own mention holds the evaluation word (قوات الاحتلال الإسرائيلي): it is the one judged."""
    t = doc.tokens[e]
    a = next((a for a in doc.actors if a.country and a.start <= t.start < a.end), None)
    return (e, a) if a is not None else None


def _agent_after(doc: Document, e: int, end: int) -> Optional[tuple[int, Actor]]:
    """``من قبل / من جانب Y`` within reach after the word: Y did it (اعتداءات من قبل المستوطنين)."""
    toks = doc.tokens
    hi = min(end, e + 1 + POSSESSOR_REACH)
    for k in range(e + 1, hi - 1):
        if toks[k].norm in _PUNCT:
            return None
        if toks[k].norm in ("من", "ومن") and _in(toks[k + 1].norm, AGENT_HEADS):
            parties = _parties(doc, k + 2, min(end, k + 5))
            return parties[0] if parties else None
    return None


def _possessor_after(doc: Document, e: int, end: int, adjacent_only: bool) -> Optional[tuple[int, Actor]]:
    """The owner named right after an evaluation noun (العدائي لإيران، مدعومة من إيران، ألقاه خامنئي), unless a
    victim preposition (على، ضد، تجاه) or punctuation comes first: what follows those is what was hit. After an
    act noun only a nationality right after it counts (تدخل إيراني): its genitive is the thing violated."""
    toks = doc.tokens
    hi = min(end, e + 2 if adjacent_only else e + 1 + POSSESSOR_REACH)
    parties = _parties(doc, e + 1, hi)
    for k in range(e + 1, hi):
        if toks[k].norm in _PUNCT or _in(toks[k].norm, VICTIM_PREPS):
            return None
        found = next((p for p in parties if p[0] == k), None)
        if found is not None:
            if adjacent_only and toks[k].norm[:1] in ("ل", "ب") and not toks[k].norm.startswith("ال"):
                return None
            return found
    return None


def _existential(doc: Document, comp: int, k: int) -> bool:
    """``إن في Y حكما معاديا``: في right after the complementizer puts Y first as the clause's topic."""
    return k - 1 == comp + 1 and doc.tokens[k - 1].norm == "في"


def _objects(doc: Document, parties: list[tuple[int, Actor]]) -> set:
    """Tokens of the parties that are objects of a preposition of harm, with the genitive chain after them (ضد إدارة
    الرئيس الأمريكي: both the administration and the president were hit)."""
    out, ends = set(), {}
    for k, a in parties:
        chained = any(ends.get(j) for j in (k - 1,))
        if _victim(doc, k) or chained:
            out.add(k)
        for j, t in enumerate(doc.tokens[k:], start=k):
            if t.start >= a.end:
                break
            ends[j] = k in out
    return out


def _subject_before(doc: Document, comp: int, e: int) -> Optional[tuple[int, Actor]]:
    """The complement's subject: the first party within reach before the word that is no object of a preposition
    of harm (ضد، على، مع); ``إن في Y ...`` opens with its topic."""
    parties = _parties(doc, comp + 1, e)
    hit = _objects(doc, parties)
    near = [p for p in parties if e - p[0] <= SUBJECT_REACH
            and (p[0] not in hit or _existential(doc, comp, p[0]))]
    return near[0] if near else None


def _negated(doc: Document, e: int, comp: int) -> bool:
    """A negator shortly before the word (لا تتدخل، عدم تمكين إيران من تهديد), unless it only says "still" (لا تزال)."""
    toks = doc.tokens
    return any(_in(toks[k].norm, NEGATORS) and not _in(toks[k + 1].norm, STILL_VERBS)
               for k in range(max(comp + 1, e - NEGATION_REACH), e))


def _blocked(doc: Document, lo: int, hi: int) -> bool:
    """Someone fights, condemns, suffers or stands with others against the bad thing (إن Y تحارب الإرهاب، إن X تقف مع
    Y في مواجهة الاعتداءات): a blocker in the complement before the word."""
    return any(_in(doc.tokens[k].norm, BLOCKERS) for k in range(lo, hi))


def _adverbial(doc: Document, comp: int, e: int) -> bool:
    """An adverbial head (بعد، بسبب، خلال) between the complementizer and the word: the word sets another act's
    scene (طلبت تركيا الاجتماع بعد الهجمات الإرهابية). ``من قبل`` is the agent, not "before"."""
    toks = doc.tokens
    return any(_in(toks[k].norm, CLAUSE_BREAKS) and toks[k - 1].norm not in ("من", "ومن")
               for k in range(comp + 1, e))


def _topics(doc: Document, comp: int, e: int, end: int, kind: str) -> list[tuple[int, Actor, str]]:
    """(token, Y, how) candidates, best first, for the evaluation word at ``e`` in the complement opened at
    ``comp``: the party named with the word, its agent or owner after it, then the complement's subject (X says
    Y is hostile to X: the owner after is X himself, the subject is the one judged)."""
    found = [("named-with", _covering(doc, e))]
    if kind != "verb":
        found += [("agent", _agent_after(doc, e, end)),
                  ("possessor", _possessor_after(doc, e, end, adjacent_only=kind == "act"))]
    if kind != "backed":
        found.append(("subject", _subject_before(doc, comp, e)))
    return [(p[0], p[1], how) for how, p in found if p is not None]


@lru_cache(maxsize=1 << 16)
def _kind(norm: str) -> Optional[str]:
    """verb / act (an act noun) / trait (a noun or adjective of character) / backed (a proxy of Y), or None."""
    for kind, wordset in (("verb", EVALUATION_VERBS), ("act", ACT_NOUNS), ("trait", EVALUATION_NOUNS),
                          ("backed", BACKED_WORDS)):
        if _in(norm, wordset, future=False):
            return kind
    return None


def _match(doc: Document, sent_index: int, e: int, pattern: Pattern = _PATTERN) -> TriggerMatch:
    t = doc.tokens[e]
    return TriggerMatch(pattern=pattern, tokens=[e], start=t.start, end=t.end, sentence=sent_index)


def _same_party(x: Actor, y: Actor) -> bool:
    if x.country != y.country:
        return False
    return not ALLOW_SAME_COUNTRY or (x.sector or "") == (y.sector or "")


def _covered(existing: list[Event], sent_start: int, country: str, kind: str = "ACCUSE") -> bool:
    """The sentence already has an accusation (praise) by the speaker's country: the statement is coded. (Also
    counting the speaker's THREATEN / REQUEST / REJECT / DEMAND events lost one right event on the tuning sets and
    saved none.)"""
    return any(ev.type == kind and ev.sentence.start == sent_start and any(a.country == country for a in ev.actor)
               for ev in existing)


def _event(doc: Document, m: TriggerMatch, x: Actor, y: Actor, how: str, region, speech_verb: str,
           pub_year) -> Event:
    sent = doc.sentences[m.sentence]
    pat = m.pattern
    ev = Event(type=pat.type, trigger=doc.span(m.start, m.end), sentence=Span(doc.text[sent.start:sent.end],
               sent.start, sent.end), cameo=pat.cameo, actor=[x], recipient=[y], source=f"rule:{pat.id}")
    ev.head_tag = ""
    ev.aux, aux_rule = classify(doc, m, region, pub_year, speech_verb)
    ev.explanation.append(f"{pat.id}: speaker {x.text!r} says {y.text!r} ({how}) is {doc.tokens[m.first].text!r}")
    ev.explanation.append(f"aux: {aux_rule}")
    ev.confidence = pat.conf
    return ev


def _sentence_reports(doc: Document, si: int, existing: list[Event], pub_year) -> list[Event]:
    sent = doc.sentences[si]
    toks = doc.tokens
    out: list[Event] = []
    for s, c in speech_pairs(doc, sent.token_start, sent.token_end):
        if _in(toks[s].norm, DENIALS):
            continue
        for e in range(c + 1, sent.token_end):
            kind = _kind(toks[e].norm)
            if kind is None:
                continue
            m = _match(doc, si, e)
            first, end, speech, comp, self_ref = clause_region(doc, m)
            if self_ref:
                break  # "قالت X إنها استدعت سفيرها ...": the speaker reports its own act, not a judgement of Y
            if speech != s or _negated(doc, e, comp) or _adverbial(doc, comp, e) or _blocked(doc, comp + 1, e):
                continue
            args = assign(doc, m)
            x = args.speaker
            if x is None or not x.country:
                continue
            topic = next(((k, y, how) for k, y, how in _topics(doc, comp, e, end, kind)
                          if not _same_party(x, y)), None)
            if topic is None:
                continue
            k, y, how = topic
            if _covered(existing + out, sent.start, x.country):
                break
            out.append(_event(doc, m, x, y, how, (first, end), args.speech_verb, pub_year))
            break  # one accusation per statement
    return out


def _described_reports(doc: Document, si: int, existing: list[Event], pub_year) -> list[Event]:
    """``وصف X التصريحات المتناقضة لـ Y بأنها ...``: a verb of describing, its subject X right after it and an object
    holding a negative evaluation owned by Y: X accuses Y, as in a statement (the object plays the complement)."""
    sent = doc.sentences[si]
    toks = doc.tokens
    out: list[Event] = []
    for j in _hits(doc, sent.token_start, sent.token_end, "describing"):
        subject = next(iter(_parties(doc, j + 1, min(sent.token_end, j + 1 + DESCRIBER_REACH))), None)
        if subject is None or not subject[1].country or _victim(doc, subject[0]):
            continue
        x, comp = subject[1], max(subject[0], token_index(doc.tokens, subject[1].end - 1))
        end = next((k for k in range(comp + 1, sent.token_end) if toks[k].norm in (".", "؛", ";", ":")
                    or toks[k].norm in SPEECH_FORMS), sent.token_end)
        for e in range(comp + 1, end):
            kind = _kind(toks[e].norm)
            if kind is None or _negated(doc, e, comp) or _adverbial(doc, comp, e) or _blocked(doc, comp + 1, e):
                continue
            # the object is a noun phrase with no subject of its own: Y owns the word (التصريحات المتناقضة لـ Y)
            topic = next(((k, y, how) for k, y, how in _topics(doc, comp, e, end, kind)
                          if how != "subject" and not _same_party(x, y)), None)
            if topic is None:
                continue
            if not _covered(existing + out, sent.start, x.country):
                out.append(_event(doc, _match(doc, si, e), x, topic[1], topic[2], (comp + 1, end), toks[j].text,
                                  pub_year))
            break
    return out


# ---- the praise mirror: X says the relations with Y are good -> SUPPORT X -> Y (051, "praise or endorse"; the news
# gold codes praise of relations SUPPORT, docs/eval-news.md)

def far_pairs(doc: Document, lo: int, hi: int) -> list[tuple[int, int]]:
    """(speech verb, complementizer) pairs that ``speech_pairs`` leaves out because the أن is far or behind a comma
    or bracket (أكد X في مستهل محادثاته مع Y في موسكو اليوم الثلاثاء أن ...، وأكد الوزير، في حديثه، أن ...)."""
    toks = doc.tokens
    near = {s for s, _ in speech_pairs(doc, lo, hi)}
    out = []
    for s in range(lo, hi):
        if s in near or toks[s].norm not in SPEECH_FORMS:
            continue
        for c in range(s + 1, min(hi, s + 1 + FAR_REACH)):
            norm = toks[c].norm
            if norm in COMPLEMENTIZERS and not in_mention(doc, toks[c].start):
                out.append((s, c))
                break
            if norm in SPEECH_FORMS or (norm in _PUNCT and norm not in _SOFT_PUNCT):
                break
    return out


def _free_subject(doc: Document, lo: int, hi: int) -> Optional[Actor]:
    """The speaker of a far statement: the first named party between verb and أن that no preposition governs (مع Y،
    لـ Y، في Y are the setting)."""
    for k, a in _parties(doc, lo, hi):
        glued = {m.text for m in doc.tokens[k].proclitics}  # لإيران has ل; لافروف and بريطانيا have none
        if _victim(doc, k) or glued & {"ل", "ب"} or \
                (k > lo and doc.tokens[k - 1].norm in ("من", "عن", "ب", "ل", "في")):
            continue
        return a
    return None


def _statements(doc: Document, si: int) -> list[tuple[int, int, Actor, str]]:
    """(complementizer, clause end, speaker, speech verb) of the sentence's statements whose speaker has a country:
    speech verbs with their near أن (speaker from ``assign``) and far ones (speaker named between)."""
    sent = doc.sentences[si]
    lo, hi = sent.token_start, sent.token_end
    toks = doc.tokens
    near = speech_pairs(doc, lo, hi)
    out = []
    for s, c in near:
        if c + 1 >= hi or _in(toks[s].norm, DENIALS):
            continue
        m = _match(doc, si, c + 1, _PRAISE_PATTERN)
        _, end, speech, _, _ = clause_region(doc, m)
        x = assign(doc, m).speaker if speech == s else None
        if x is not None and x.country:
            out.append((c, end, x, toks[s].text))
    if USE_FAR_STATEMENTS:
        fars = far_pairs(doc, lo, hi)
        stops = sorted({s for s, _ in near} | {s for s, _ in fars})
        for s, c in fars:
            x = _free_subject(doc, s + 1, c)
            if x is not None and x.country and not _in(toks[s].norm, DENIALS) and toks[c].norm not in SELF_COMP:
                out.append((c, next((k for k in stops if k > c), hi), x, toks[s].text))
    return out


def _others(doc: Document, si: int, x: Actor) -> list[tuple[int, Actor]]:
    """The sentence's named parties of another country than the speaker's: what البلدين / الجانبين stand for."""
    sent = doc.sentences[si]
    return [(k, a) for k, a in _parties(doc, sent.token_start, sent.token_end) if not _same_party(x, a)]


def _relation_praise(doc: Document, si: int, e: int, end: int, x: Actor) -> Optional[tuple[int, Actor, str]]:
    """``العلاقات بين X و Y / مع Y / بين البلدين / الأردنية السعودية ... متميزة``: a relation noun with a praise word
    after it and the other party named in between (البلدين and the like stand for the sentence's other party)."""
    toks = doc.tokens
    hi = min(end, e + 1 + RELATION_REACH)
    praise = next((k for k in range(e + 1, hi) if _in(toks[k].norm, RELATION_PRAISE)), None)
    if praise is None or any(toks[k].norm in _PUNCT or _spoiler(toks[k].norm) or _in(toks[k].norm, NEGATORS)
                             for k in range(e + 1, praise)):
        return None  # punctuation, trouble or a negator between (العلاقات مع Y ليست قوية)
    named = [p for p in _parties(doc, e + 1, praise) if not _same_party(x, p[1])]
    if named:
        return named[0][0], named[0][1], "relation"
    if any(_in(toks[k].norm, DUAL_PARTIES) for k in range(e + 1, praise)):
        others = _others(doc, si, x)
        if others:
            return others[0][0], others[0][1], "the-two"
    return None


def _spoiled(doc: Document, lo: int, hi: int) -> bool:
    """A word of trouble before the praise (لا يمكن أن يعكر صفو العلاقات، تراجع العلاقات): no praise."""
    return any(_spoiler(doc.tokens[k].norm) for k in range(lo, hi))


def _praise_reports(doc: Document, si: int, existing: list[Event], pub_year) -> list[Event]:
    """SUPPORT X -> Y for the sentence's statements praising the relations with Y."""
    toks = doc.tokens
    sent = doc.sentences[si]
    relations = _hits(doc, sent.token_start, sent.token_end, "relation")
    if not relations:
        return []  # no relation noun in the sentence: no statement can praise one (skips assign per statement)
    out: list[Event] = []
    for comp, end, x, verb in _statements(doc, si):
        for e in relations:
            if not comp < e < end:
                continue
            found = _relation_praise(doc, si, e, end, x)
            if found is None or _negated(doc, e, comp) or _spoiled(doc, comp + 1, e):
                continue
            if _covered(existing + out, doc.sentences[si].start, x.country, "SUPPORT"):
                break
            m = _match(doc, si, e, _PRAISE_PATTERN)
            out.append(_event(doc, m, x, found[1], found[2], (comp + 1, end), verb, pub_year))
            break
    return out


def evaluative_reports(doc: Document, existing: list[Event], pub_year=None) -> list[Event]:
    """ACCUSE events X -> Y for the document's statements that evaluate another party negatively, and SUPPORT X -> Y
    for those praising the relations with Y."""
    out: list[Event] = []
    for si in range(len(doc.sentences)):
        out.extend(_sentence_reports(doc, si, existing + out, pub_year))
        if USE_DESCRIBED:
            out.extend(_described_reports(doc, si, existing + out, pub_year))
        if USE_PRAISE:
            out.extend(_praise_reports(doc, si, existing + out, pub_year))
    return out

"""The parties a statement names outside its verb's slots: the one held responsible (حمل X المسؤولية), the author
of a condemned statement, the accused party (of a referral to a court too), protesters of a state, a counterpart
in a frame, the addressee named in a request (طالب X نظيره Y), when the speaker resumes as the doer of his own
stated act, and the speaker a pronoun after a reported request points back to (قال الصندوق إن اليونان طلبت منه).

Accusations, demands and statements share these slots; kept together so their guards are read side by side.
"""
from __future__ import annotations

from dataclasses import replace
from typing import Optional

from hadath.document import Actor, Document
from hadath.events.argument_clues import (Arguments, PROTESTER_STEMS, TIME_WORDS, TO_PREPS, actors_in, prep_before,
                                          sentence_tokens, tok_of)
from hadath.events.context_countries import STATE_SECTORS
from hadath.events.doc_index import token_at
from hadath.events.partitive_parties import is_generic
from hadath.events.speech_clauses import verb_triggers
from hadath.events.triggers import TriggerMatch
from hadath.events.verb_subjects import CLAUSE_LEAD_WORDS
from hadath.events.wordlists import words
from hadath.text.normalize import normalize_word


SPEAKER_POINTERS = words("arguments", "speaker_pointers")


def speaker_as_pronoun_object(doc: Document, m: TriggerMatch, speech: int, res: Arguments) -> list[Actor]:
    """``قال صندوق النقد إن اليونان طلبت منه قرضا``: in a reported request a preposition with a singular pronoun
    right after the trigger's head that agrees with the speech verb (قال -> منه، قالت -> منها) points back to the
    speaker, the one asked. Not when the speaker is among the actors (then the pronoun is the actor's own). Only
    requests: other types (تم القبض عليه، الإفراج عنه) have their own patient in the pronoun, and on the validation
    sets the rule applied to all types added a false event."""
    spk = res.speaker
    if spk is None or not spk.country or any(a is spk or a.country == spk.country for a in res.actor):
        return []
    toks = doc.tokens
    pron = "ها" if toks[speech].norm.endswith("ت") else "ه"
    nxt = toks[m.first + 1] if m.first + 1 < len(toks) else None  # the word right after the trigger's head
    if nxt is None or nxt.norm not in SPEAKER_POINTERS or not nxt.norm.endswith(pron):
        return []
    res.rules.append(f"recipient:speaker-by-pronoun={spk.text}")
    return [spk]


STATEMENT_NOUNS = frozenset(normalize_word(w) for w in (
    "التصريحات تصريحات بالتصريحات بتصريحات للتصريحات لتصريحات التصريح تصريح بتصريح بالتصريح الأقوال أقوال "
    "المواقف مواقف بالمواقف الاتهامات اتهامات بالاتهامات الادعاءات ادعاءات بالادعاءات").split())

# "التصريحات التي أدلى بها X": the verb that names the author of a statement
AUTHOR_VERBS = frozenset(normalize_word(w) for w in (
    "أدلى أدلت ادلى ادلت أطلقها اطلقها أطلقه اطلقه أطلقتها اطلقتها أطلقته اطلقته صدرت الصادرة الصادر صدر "
    "أوردها اوردها ساقها ساقتها").split())

RESPONSIBLE_VERBS = frozenset(normalize_word(w) for w in (
    "حمل حملت حملوا وحمل وحملت وحملوا محملا محملة محملين محملتا يحمل تحمل ويحمل وتحمل").split())

BEARS_VERBS = frozenset(normalize_word(w) for w in "تتحمل يتحمل وتتحمل ويتحمل تتحملان يتحملون".split())

RESPONSIBILITY = frozenset(normalize_word(w) for w in "المسؤولية المسئولية مسؤولية مسئولية".split())

TOPIC_PREPS = frozenset(normalize_word(w) for w in "حول بشأن عن تجاه ضد على بحق إزاء ازاء نحو في من".split())


def _first_at(actors: list[Actor], doc: Document, k: int) -> Optional[Actor]:
    return next((a for a in actors if tok_of(doc, a) == k), None)


def _held_responsible(doc: Document, m: TriggerMatch, own: set) -> Optional[Actor]:
    """``وحملت إسرائيل المسؤولية``، ``محملا X المسؤولية``، ``X تتحمل وحدها المسؤولية``: in a condemnation, the party
    held responsible (anywhere in the sentence after the trigger) is the one accused."""
    toks = doc.tokens
    _, hi = sentence_tokens(doc, m)
    sent = doc.sentences[m.sentence]
    actors = [a for a in actors_in(doc, sent.start, sent.end) if a.start >= m.end and a.country]
    for k in range(m.last + 1, hi):
        n = toks[k].norm
        if n in RESPONSIBLE_VERBS:
            for a in actors:
                j = tok_of(doc, a)
                if 0 < j - k <= 3:
                    je = token_at(doc, a.end - 1, 0, len(toks))
                    if any(toks[x].norm in RESPONSIBILITY for x in range(je + 1, min(hi, je + 4))) and \
                            a.country not in own:
                        return a
        if n in BEARS_VERBS and any(toks[x].norm in RESPONSIBILITY for x in range(k + 1, min(hi, k + 5))):
            before = [a for a in actors if 0 < k - token_at(doc, a.end - 1, 0, len(toks)) <= 2]
            if before and before[-1].country not in own:
                return before[-1]
    return None


def _statement_author(doc: Document, m: TriggerMatch, own: set, subject: list[Actor]) -> Optional[Actor]:
    """``انتقد X التصريحات التي أدلى بها حول الجزائر الرئيس الفرنسي``، ``أدانت X التصريحات العدائية من قبل المسؤولين
    الإيرانيين تجاه Y``، ``رفض X تصريحات Y``: the author of the statements criticised is the one accused, not their
    topic or addressee."""
    toks = doc.tokens
    _, hi = sentence_tokens(doc, m)
    sent = doc.sentences[m.sentence]
    actors = [a for a in actors_in(doc, sent.start, sent.end) if a.start >= m.end]
    own_ends = [token_at(doc, a.end - 1, 0, len(toks)) for a in subject if a.start >= m.end]
    for k in range(m.last + 1, min(hi, m.last + 14)):
        if toks[k].norm in STATEMENT_NOUNS:
            break
        if toks[k].is_punct and toks[k].norm not in "،,":
            return None
    else:
        return None
    if own_ends and max(own_ends) > k:
        return None  # the statements come before the verb's own subject: no object of it
    genitive = _first_at(actors, doc, k + 1)
    if genitive is not None:
        return genitive if genitive.country and genitive.country not in own else None
    x = k + 1
    while x < min(hi, k + 12):
        t = toks[x]
        if t.is_punct and t.norm not in "،,":
            return None
        if t.norm == "من" and x + 1 < hi and toks[x + 1].norm == "قبل":
            a = _first_at(actors, doc, x + 2)
            return a if a is not None and a.country and a.country not in own else None
        if t.norm in AUTHOR_VERBS:
            for a in actors:
                j = tok_of(doc, a)
                if j <= x or j - x > 7:
                    continue
                if prep_before(doc, a, x + 1) is not None or toks[j - 1].norm in TOPIC_PREPS:
                    continue  # "حول الجزائر": the topic of the statements
                return a if a.country and a.country not in own else None
            return None
        x += 1
    return None


COURT_WORDS = words("statement_parties", "court_words")
SUING_NOUNS = words("statement_parties", "suing_nouns")


def court_referral(doc: Document, m: TriggerMatch) -> bool:
    """Whether a trigger is a lawsuit (115) holding a court word: a referral, whose recipient is only its accused."""
    return m.pattern.cameo == "115" and any(doc.tokens[k].norm in COURT_WORDS for k in range(m.first, m.last + 1))


def _court_accused(doc: Document, m: TriggerMatch, own: set) -> Optional[Actor]:
    """``سلم X المحكمة الجنائية الدولية ملفا يتعلق بمقتل الرضيع على يد مستوطنين``، ``اللجوء إلى المحاكم الدولية
    لمقاضاة Y``: in a referral to a court (a lawsuit trigger, 115, holding a court word) the accused is the party
    right after a suing noun, else the first party of another country than the accuser after the trigger in its
    sentence (past the victims of the accuser's own country), else the nearest such party before it; never a court."""
    toks = doc.tokens
    if not court_referral(doc, m):
        return None
    _, hi = sentence_tokens(doc, m)
    sent = doc.sentences[m.sentence]
    lo_c, hi_c = toks[m.first].start, toks[m.last].end
    actors = [a for a in actors_in(doc, sent.start, sent.end) if a.country and not lo_c <= a.start < hi_c
              and toks[tok_of(doc, a)].norm not in COURT_WORDS]
    for k in range(m.last + 1, hi):
        if toks[k].norm in SUING_NOUNS:
            sued = _first_at(actors, doc, k + 1)
            if sued is not None:
                return sued
    after = [a for a in actors if a.start >= hi_c and a.country not in own]
    before = [a for a in actors if a.start < lo_c and a.country not in own]
    return after[0] if after else before[-1] if before else None


def accused_party(doc: Document, m: TriggerMatch, pool: list[Actor], res: Arguments) -> Optional[Actor]:
    own = {a.country for a in res.actor if a.country}
    found, rule = _court_accused(doc, m, own), "recipient:accused-of-referral"
    if found is None:
        found, rule = _statement_author(doc, m, own, res.actor), "recipient:author-of-statements"
    if found is None and m.pattern.type == "ACCUSE":
        found, rule = _held_responsible(doc, m, own), "recipient:held-responsible"
    if found is not None:
        res.rules.append(f"{rule}={found.text}")
    return found


def protesters_of_state(doc: Document, actor: list[Actor], recipient: list[Actor], res: Arguments) -> list[Actor]:
    """``فرقت الشرطة التركية المتظاهرين``: unnamed protesters dispersed or arrested by a state's own forces are that
    state's people (the news gold codes domestic repression X -> X)."""
    states = {a.country for a in actor if a.country and a.country not in ("IGO", "NGO", "KUR")
              and (a.sector or "GOV") in STATE_SECTORS | {"MIL"}}
    if len(states) != 1:
        return recipient
    c = next(iter(states))
    out = []
    for r in recipient:
        if is_generic(r) and any(s in normalize_word(r.text) for s in PROTESTER_STEMS):
            res.rules.append(f"recipient:protesters-of-the-state={c}")
            r = replace(r, country=c)
        out.append(r)
    return out


def counterpart_in_frame(doc: Document, m: TriggerMatch, actor: list[Actor], pool: list[Actor],
                          res: Arguments) -> list[Actor]:
    """``حمّل نائب الرئيس العراقي X نظيره Y المسؤولية``: when the subject and a counterpart (نظيره، or a party of
    another country) both stand inside the frame, the second is the one held responsible (round 18a)."""
    subj = actor[0]
    own = {a.country for a in actor if a.country}
    for a in pool:
        if not (subj.end <= a.start and a.end <= m.end) or not a.country:
            continue
        j = tok_of(doc, a)
        counterpart = normalize_word(a.text).startswith("نظير") or \
            (j > 0 and doc.tokens[j - 1].norm.startswith("نظير") and doc.tokens[j - 1].start >= subj.end)
        if counterpart or a.country not in own:
            res.rules.append(f"recipient:counterpart-in-frame={a.text}")
            return [a]
    return []


def holder_of_responsibility(doc: Document, m: TriggerMatch, res: Arguments) -> list[Actor]:
    """``دانت X ...، وحملت إسرائيل المسؤولية``: the mention inside "حمّل [Y] المسؤولية" is the one held responsible
    (the object); the one holding it responsible is the sentence's subject before the verb."""
    sent = doc.sentences[m.sentence]
    own = {a.country for a in res.actor}
    before = [a for a in actors_in(doc, sent.start, m.start) if a.country and a.country not in own and
              prep_before(doc, a, sent.token_start) is None]
    res.rules.append("recipient:in-frame-object")
    return before[:1]


def subject_after_destination(doc: Document, m: TriggerMatch, first: int, cand: Actor) -> bool:
    """``وصل إلى القاهرة أمير دولة الكويت``: a visit verb opening its clause, then إلى + a place, then a mention: the
    mention is the visitor (VSO with the destination first), not the one visited."""
    toks = doc.tokens
    if m.head_tag not in ("perf", "impf") or any(
            toks[k].norm not in CLAUSE_LEAD_WORDS and toks[k].norm not in TIME_WORDS for k in range(first, m.first)):
        return False
    k = m.last + 1 if toks[m.last].norm in TO_PREPS else m.last + 2
    if k - 1 >= len(toks) or toks[k - 1].norm not in TO_PREPS or k >= len(toks):
        return False
    place = next((p for p in getattr(doc, "places", []) or [] if p.start == toks[k].start and p.country), None)
    if place is None:
        return False
    j = tok_of(doc, cand)
    x = k
    while x < j and (toks[x].end <= place.end or toks[x].norm in TIME_WORDS):
        x += 1
    return x == j


DESCRIBE_VERBS = frozenset(normalize_word(w) for w in "ووصف ووصفت ووصفوا فوصف فوصفت".split())


def joined_description(doc: Document, m: TriggerMatch) -> bool:
    """``رحب البيت الأبيض بـ... ووصف حزب العمال بأنه منظمة إرهابية``: a describing verb joined by و to an earlier
    verb of the sentence keeps that verb's subject; the mention inside its frame is the one described."""
    toks = doc.tokens
    if toks[m.first].norm not in DESCRIBE_VERBS:
        return False
    lo = doc.sentences[m.sentence].token_start
    return any(lo <= k < m.first for k in verb_triggers(doc)[0])


ASK_VERBS = words("arguments", "ask_verbs")

COUNTERPARTS = frozenset(normalize_word(w) for w in (
    "نظراءه نظرائه نظراءها نظرائها نظراؤه نظراءهم نظرائهم بنظرائه بنظرائها مع_نظرائه").split())

IN_OF = frozenset(normalize_word(w) for w in "في فى من".split())


def named_addressee(doc: Document, m: TriggerMatch, pool: list[Actor], res: Arguments) -> Optional[Actor]:
    """``طلب X من الأردن بذل مساعيه لدى أنقرة``: the one asked is the party right after "طلب (X) من", even when the
    actors layer read it as a place; ``يلتقي X نظراءه في دول مجلس التعاون``: the counterparts' body or country."""
    toks = doc.tokens
    own = {a.country for a in res.actor if a.country}
    k = max([m.last] + [token_at(doc, a.end - 1, 0, len(toks)) for a in res.actor if a.start >= m.end]) + 1
    places = {p.start: p for p in getattr(doc, "places", []) or []}
    for _ in range(4):  # "التقى X في الدوحة أمس نظراءه": a date or a place phrase may come first
        if k < len(toks) and toks[k].norm in TIME_WORDS:
            k += 1
        elif k + 1 < len(toks) and toks[k].norm in ("في", "فى") and toks[k + 1].start in places:
            end = places[toks[k + 1].start].end
            k += 1
            while k < len(toks) and toks[k].end <= end:
                k += 1
        else:
            break
    in_frame = _asked_inside_frame(doc, m, res)
    if in_frame is None and k + 1 >= len(toks):
        return None
    if in_frame is not None:
        target = toks[in_frame + 1]
    elif m.pattern.type == "REQUEST" and toks[m.first].norm in ASK_VERBS and toks[k].norm == "من":
        target = toks[k + 1]
    elif m.pattern.type == "CONSULT" and k + 2 < len(toks) and any(
            toks[x].norm in COUNTERPARTS and toks[x + 1].norm in IN_OF for x in range(k, min(len(toks) - 2, k + 6))):
        x = next(x for x in range(k, k + 6) if toks[x].norm in COUNTERPARTS and toks[x + 1].norm in IN_OF)
        if any(toks[y].is_punct for y in range(k, x)):
            return None  # "في العاصمة القطرية الاثنين نظراءه في": a place or date phrase may come first, no clause
        target = toks[x + 2]
    else:
        return None
    found = next((a for a in pool if a.start == target.start and a.country), None)
    if found is None:
        p = next((p for p in getattr(doc, "places", []) or [] if p.start == target.start and p.country), None)
        if p is not None:
            found = Actor.of_place(p)
    if found is None or found.country in own:
        return None
    res.rules.append(f"recipient:named-addressee{'-in-frame' if in_frame is not None else ''}={found.text}")
    return found


def _asked_inside_frame(doc: Document, m: TriggerMatch, res: Arguments) -> Optional[int]:
    """The من of "طلب (X) من Y" when a wider frame (طلب ... مساعدات) spans it: the token index of من right
    after the verb or after its subject inside the frame, else None (``ستطلب حكومة إسرائيل من الولايات المتحدة
    زيادة المساعدات``: the one asked stands inside the frame the argument rules skip)."""
    toks = doc.tokens
    if m.pattern.type != "REQUEST" or toks[m.first].norm not in ASK_VERBS or m.last == m.first:
        return None
    inside = [token_at(doc, a.end - 1, 0, len(toks)) for a in res.actor if m.start < a.start < m.end]
    k = max([m.first] + inside) + 1
    return k if k < m.last and toks[k].norm == "من" else None


RESUMING_TYPES = frozenset(("ACCUSE", "SUPPORT", "REJECT", "REQUEST"))


def speaker_resumes(doc: Document, m: TriggerMatch, speech, subject: Optional[Actor], res: Arguments) -> bool:
    """``قال X إن Y ...، وأدان Z``: a stance verb joined by و right after a comma, with no subject of its own before
    it, goes back to the speaker of the statement (the complement's subject did not condemn)."""
    toks = doc.tokens
    if speech is None or res.speaker is None or not res.speaker.country or m.pattern.type not in RESUMING_TYPES or \
            m.head_tag != "perf" or m.first < 2 or not toks[m.first].norm.startswith("و"):
        return False
    if not (toks[m.first - 1].is_punct and toks[m.first - 1].norm in ("،", ",")):
        return False
    return subject is None or (subject is not res.speaker and subject.end <= toks[m.first - 1].start)

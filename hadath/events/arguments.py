"""Who did it to whom: actor and recipient of a trigger, from the actor mentions around it (``doc.actors``).

Rules, in order: attribution (``قال X إن ...``: the speaker is the actor of the utterance only, unless the
complement's subject is the speaker himself: ``إنه/إنها ...``); the clause is cut at the complementizer and
at a later speech verb. The subject is an actor inside a frame's gap (``أجرى [X] اتصالا``), else the VSO
subject right after the verb, else the nearest actor before it. ``من قبل`` / relative ``شنه X`` give the agent;
the passive and patient verbs (تعرض، أصيب) turn the subject into the recipient. The recipient follows one of
مع، ب، إلى، ل، على، ضد، بحق، عن، لدى، من or is the verb's direct object. ``X و Y`` coordinates; ``بين X و Y``
makes both actors.

News structures: the VSO subject may follow a date/place adverbial or an unknown name set off by a comma
(``رحبت فلانة، وزيرة ...``); a verb joined by و mid-sentence keeps the first verb's subject (REQUEST/CONSULT);
an elided subject continues the clause's topic (its first free actor), not the nearest noun; a verbal noun's
genitive is its agent (زيارة الرئيس، هجوم الحوثيين), except after ل/ب (للقاء X: X is the one met); actors in
``في مقر X`` are places and ``تابعة لـ X`` owners; the perpetrator of a condemned act (من قبل X) is the
recipient; relations "بين بلاده و Y" give Y; a countryless person takes an apposed title's actor; a bare state
body takes the one country its sentence speaks of; a nisba adjective (التفجير الإرهابي) is no actor.

Received calls: "تلقى X ... اتصالا من Y" makes Y the caller (actor) and what Y said "فيه/خلاله" Y's acts. Also:
a delegation "وفد من X" stands for X; "وكان N في X قد" gives X; an unvocalized "وقتل X" with no object is a
passive (the agent of "هجوم شنه Y" did it); shells "أطلقت من X"; a nationality on the trigger's own phrase
(طائرة مساعدات إماراتية) or a carrier's owner (تابعة لـ X); nouns in a relative clause after the object, and the
target of a condemned attack (أدان الاعتداء على X), are no recipients; a protest naming no protesters held "في" a
place of the sentence's one country is by its people; "نقلت الوكالة عن X قوله إن": X speaks; a masculine إنه
after a feminine speech verb is the expletive "it is that", not the speaker's own act; a headline "X يلتقي Y" is SVO.

Round 4: a countryless local party (قوات النظام، المعارضة، المقاومة، الفصائل، الميليشيات) takes its sentence's one
country, else that of the nearest earlier sentence speaking of one; "قال X لـ Y إنهم ..." makes Y (not a news
outlet) the recipient of the speaker's own stated act, and Y's country is not the unnamed speaker's; "البلد العضو
في X" is the member country named before; no object beyond "، حذرت ..." (a glued headline), لكن or بينما, and no
subject looked for before في حين / بينما; a deputy, adviser or relative in construct (نائبة وزير X، والد X) speaks
for X's side, and a name set off by commas after it leaves the next noun as the object; the people of a place
(من مواطني X، على سكان X) are X's country; "انتشار لقوات X": X deployed; a frame ending in its preposition
(أمام) takes the noun after it; the genitive of a giving noun (وافق على منح X) is the one given to.

Round 5: a name in quotation marks («حماس») stands where the quoted phrase stands (distances and the preposition
are counted from the opening mark); the nationality adjective on the object of a praise, welcome, meeting or
agreement (رحب بالمبادرة الفرنسية) names the other party when no other one is named.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import Optional

from hadath.document import Actor, Document
from hadath.events.doc_index import TOKEN_ENDS as _TOKEN_ENDS, PerDocument, in_mention, token_at
from hadath.events.partitive_parties import MEMBER_HEADS as PARTY_MEMBER_HEADS
from hadath.events.partitive_parties import is_generic, name_partitive_parties, party_behind
from hadath.events import victim_parties
from hadath.events.relative_clauses import (RELATIVES, STANCE_ACCORD_NOUNS, doer_named, is_accord_noun, points_back,
                                            subject_after)
from hadath.events.triggers import TriggerMatch
from hadath.events.wordlists import words
from hadath.places.match import is_place_noun
from hadath.text.normalize import normalize_word, peel, peel_forms, strip_al

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
RECIP_PREPS = frozenset(normalize_word(w) for w in "مع الى إلى الي على علي ضد بحق عن لدى لدي تجاه نحو ازاء إزاء من".split())
AGENT_RELATIVES = frozenset(normalize_word(w) for w in (
    "شنه شنته شنها شنتها نفذه نفذته نفذها نفذتها تبناه تبنته تبنتها تبناها ارتكبه ارتكبته ارتكبها ارتكبتها "
    "قادته قاده قامت قام اطلقها اطلقته "
    # the author of a proposal or truce (رفض الهدنة التي أعلنها X، المبادرة التي قدمتها Y)
    "أعلنها أعلنه أعلنته أعلنتها اقترحها اقترحه اقترحته اقترحتها قدمها قدمه قدمته قدمتها طرحها طرحه طرحته طرحتها").split())
KANA = frozenset(normalize_word(w) for w in "كان كانت وكان وكانت".split())
PASSIVE_AUX = frozenset(normalize_word(w) for w in "تم يتم سيتم ستتم جرى يجري وتم وجرى".split())
_PUNCT = set(".!?؟:؛;")
HONORIFICS = frozenset(normalize_word(w) for w in (
    "جلالة فخامة سمو معالي سعادة دولة السمو صاحب سماحة الشيخ").split())
TIME_WORDS = frozenset(normalize_word(w) for w in (
    "اليوم امس أمس الخميس الجمعة السبت الاحد الأحد الاثنين الثلاثاء الاربعاء الأربعاء غدا مساء صباح ليلة الليلة "
    "حاليا مؤخرا ايضا أيضا مجددا رسميا "
    # honorifics that precede a name outside the actor mention
    "صاحب السمو الملكي سمو فخامة معالي سعادة جلالة دولة الشيخ سماحة "
    # academic and civil honorifics before a name (رحب الدكتور نبيل العربي)
    "الدكتور الدكتورة د السيد السيدة المهندس المهندسة الاستاذ الاستاذة الحاج").split())


# counts before a plural subject (تظاهر آلاف المغاربة، اعتقل عشرات الناشطين)
COUNT_WORDS = words("arguments", "count_words")  # counts and spelled numbers (قتل خمسة جنود)


@dataclass
class Arguments:
    actor: list[Actor] = field(default_factory=list)
    recipient: list[Actor] = field(default_factory=list)
    rules: list[str] = field(default_factory=list)
    speaker: Optional[Actor] = None
    region: tuple[int, int] = (0, 0)  # token range of the trigger's clause
    passive: bool = False
    speech_verb: str = ""  # the verb introducing the clause (قال، نفى ...), if any
    addressee: Optional[Actor] = None  # "قال X لـ Y إن ...": the one the statement is addressed to
    quoted: dict = field(default_factory=dict)  # (start, end) of a mention taken with its quotes -> its own span
    subject_body: Optional[Actor] = None  # "X الأمين العام المساعد لـ Y": Y, the body of a countryless subject


def is_noun_trigger(m: TriggerMatch) -> bool:
    return m.head_tag == "" or "noverb" in m.pattern.roles


# every spelling ``is_speech`` accepts (the verbs, and the verbs after و/ف), for one set look-up
SPEECH_FORMS = SPEECH_VERBS | frozenset(p + w for p in ("و", "ف") for w in SPEECH_VERBS)


def is_speech(norm: str) -> bool:
    return norm in SPEECH_FORMS


def _by_start(actors: list[Actor]) -> tuple[list[Actor], list[int]]:
    by_start = sorted(actors, key=lambda a: a.start)
    return by_start, [a.start for a in by_start]


_ACTORS_BY_START = PerDocument(_by_start)  # the document's actors sorted by start, and their starts


def _actors_in(doc: Document, start: int, end: int) -> list[Actor]:
    """Actor mentions within the raw span [start, end), by start (ties in document order, as a stable sort of
    ``doc.actors`` gives): a binary search over the document's actors sorted once, not a scan per call."""
    by_start, starts = _ACTORS_BY_START(doc.actors)
    # a mention starting after ``end`` cannot end by it
    return [a for a in by_start[bisect_left(starts, start):bisect_right(starts, end)] if a.end <= end]




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


def _verb_triggers(doc: Document) -> tuple[frozenset, dict]:
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
                if (toks[j].norm in _PUNCT and toks[j].norm != ":") or toks[j].norm in SPEECH_FORMS:
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


DELEGATION_WORDS = frozenset(normalize_word(w) for w in "وفد وفدا الوفد ووفد بوفد لوفد وفود الوفود".split())


def _delegation_origin(doc: Document, i: int, lo_tok: int) -> bool:
    """``وفد (رفيع / قادم) من X``: X is the party the delegation stands for, not an origin or object of من."""
    toks = doc.tokens
    if i < 1 or i - 1 < lo_tok or toks[i - 1].norm != "من":
        return False
    return any(toks[k].norm in DELEGATION_WORDS for k in range(max(lo_tok, i - 5), i - 1))


def _prep_before(doc: Document, a: Actor, lo_tok: int) -> Optional[str]:
    """The preposition governing actor mention ``a`` (attached clitic or one of the two tokens before it)."""
    toks = doc.tokens
    i = token_at(doc, a.start, 0, len(toks))
    if _delegation_origin(doc, i, lo_tok):
        return None
    if i < len(toks) and toks[i].start < a.start:  # mention starts inside a token: attached clitic
        pre = normalize_word(doc.text[toks[i].start:a.start])
        if pre.rstrip("ـ") and pre.rstrip("ـ")[-1:] in ("ب", "ل"):
            return pre.rstrip("ـ")[-1]
    if i < len(toks):
        n = toks[i].norm
        if n[:1] in ("ب", "ل") and toks[i].proclitics and normalize_word(toks[i].proclitics[0].text) in ("ب", "ل"):
            return n[0]
        if toks[i].proclitics and [normalize_word(x.text) for x in toks[i].proclitics][:2] in (["و", "ب"], ["و", "ل"]):
            return normalize_word(toks[i].proclitics[1].text)
        if n.startswith(("لل", "بال")):
            return n[0]
    honorific = False
    for k in (1, 2, 3):
        j = i - k
        if j < lo_tok or j < 0:
            break
        n = toks[j].norm
        if k == 1 and (n in COMPLEMENTIZERS or is_speech(n)):
            break
        if n in HONORIFICS or n in LOCATIVE_NOUNS:  # "فخامة الرئيس"، "إلى العاصمة القطرية الدوحة"
            honorific = True
            continue
        if n[:1] in ("ب", "ل") and (n[1:] in HONORIFICS or n[1:] in STATE_WORDS):  # "بجلالة الملك"، "لجمهورية"
            return n[0]
        if n in STATE_WORDS:  # "جمهورية ألبانيا": the state word heads the mention; look before it
            honorific = True
            continue
        if k == 3 and not honorific:
            break
        if n in RECIP_PREPS:
            return n
        if n.startswith("و") and n[1:] in RECIP_PREPS:
            return n[1:]
        if n in ("بحق", "ضد", "لصالح"):
            return n
        if toks[j].is_punct:
            break
    return None


STATE_WORDS = frozenset(normalize_word(w) for w in (
    "جمهورية دولة مملكة المملكة سلطنة امارة إمارة حكومة الحكومة شعب الشعب").split())
OWNER_WORDS = frozenset(normalize_word(w) for w in "تابع تابعة التابع التابعة التابعين التابعة تابعين".split())
LOCATIVE_NOUNS = frozenset(normalize_word(w) for w in (
    "مقر قصر مكتب مبنى ديوان مطار العاصمة عاصمة مدينة مقره مكتبه قصره").split())
GOVERNING = RECIP_PREPS | frozenset(normalize_word(w) for w in (
    "في وفي فى منذ حول عبر خلال بين وبين ضد بحق لصالح امام أمام بعد قبل اثر إثر جراء بسبب مثل و").split())


def _governed(doc: Document, a: Actor, lo_tok: int) -> bool:
    """Is the mention the object of a preposition (or coordinated with one that is)?"""
    toks = doc.tokens
    i = token_at(doc, a.start, 0, len(toks))
    if _owner(doc, i, lo_tok) or _delegation_origin(doc, i, lo_tok):
        return False
    if _prep_before(doc, a, lo_tok) is not None:
        return True
    if _locative(doc, i, lo_tok):
        return True
    if i < len(toks) and toks[i].start < a.start:
        return True
    j = i - 1
    if j >= lo_tok and j >= 0:
        n = toks[j].norm
        if j == lo_tok and n.lstrip("وف") == "عبر":
            return False  # "وعبر X عن ...": a clause opening with عبّر (expressed), not the preposition عبر (via)
        if n in GOVERNING or (n[:1] == "و" and n[1:] in GOVERNING):
            return True
    tok = toks[i] if i < len(toks) else None
    if tok is not None and tok.proclitics and normalize_word(tok.proclitics[0].text) == "و" and j >= lo_tok:
        return True  # "العراق وسوريا": the second conjunct shares the first's governor
    return False


def _owner(doc: Document, i: int, lo_tok: int) -> bool:
    """``تابعة لـ X``: X owns the subject (a plane, a force); it is no object of the clause."""
    toks = doc.tokens
    j = i - 1
    if j >= lo_tok and j >= 0 and toks[j].norm in ("ل", "لـ"):
        j -= 1
    return j >= lo_tok and j >= 0 and toks[j].norm in OWNER_WORDS


def _locative(doc: Document, i: int, lo_tok: int) -> bool:
    """``في مقر X`` / ``بمقر X``: X names a place where something happens, not a participant."""
    toks = doc.tokens
    j = i - 1
    if j - 1 >= lo_tok and j >= 0 and toks[j].norm in _nisbas() and toks[j - 1].norm in LOCATIVE_NOUNS:
        j -= 1  # "في العاصمة الإيرانية طهران"
    if j < lo_tok or j < 0:
        return False
    n = toks[j].norm
    if n in LOCATIVE_NOUNS:
        return j - 1 >= lo_tok and toks[j - 1].norm in ("في", "وفي", "فى")
    return n[:1] == "ب" and n[1:] in LOCATIVE_NOUNS


def _between(doc: Document, a_end: int, b_start: int) -> str:
    return normalize_word(doc.text[a_end:b_start]).strip()


def _coordinate(doc: Document, head: Actor, pool: list[Actor], allied: bool = False) -> list[Actor]:
    """``head`` plus the actors coordinated with it (X و Y، X وY ...; with ``allied`` also "X ودول/وقوات Y")."""
    group = [head]
    last = head
    for b in pool:
        if b is not head and (b.start, b.end) == (last.start, last.end):
            group.append(b)  # the other person of a dual mention, the other members of a group (مجموعة 5+1)
            continue
        if b.start < last.end or b is head:
            continue
        gap = _between(doc, last.end, b.start)
        if gap in ("و", "،و", "، و", "وحتي", "و حتي") or _AT_THE_HEAD.match(gap) or (allied and _allied_gap(gap)) or _dash_joined(doc, last, b) or (gap == "" and normalize_word(b.text)[:1] == "و" and
                                             not normalize_word(b.text).startswith("وزير")):
            group.append(b)
            last = b
            continue
        break
    return group


# "X، وفي مقدمتها Y" / "X وعلى رأسها Y": Y leads X, a party of the same act
_AT_THE_HEAD = re.compile(r"^،?\s*و\s*(?:في\s+مقدمت|علي\s+راس)(?:ها|هم|هما|ه)\s*،?$")


ALLIED_HEADS = frozenset(normalize_word(w) for w in "دول قوات طائرات مقاتلات".split())


def _allied_gap(gap: str) -> bool:
    """``الولايات المتحدة ودول التحالف``، ``X وقوات Y``: "and the states/forces of" joins a second party."""
    return gap[:1] == "و" and gap[1:] in ALLIED_HEADS


def _dash_joined(doc: Document, a: Actor, b: Actor) -> bool:
    """Two mentions joined only by a dash (``السعودية - البرازيلية``): the parties of one joint body."""
    gap = doc.text[a.end:b.start]
    return a.end <= b.start and bool(gap.strip()) and not gap.strip(" -\u2013\u2014\u0640_/") and len(gap) <= 5


# leaders or members in construct with a named party (زعماء جماعة حزب الله، قادة حماس، عناصر الحوثيين)
MEMBER_HEADS = frozenset(normalize_word(w) for w in (
    "زعماء زعيما قادة قياديين قياديون قيادات عناصر أعضاء اعضاء مقاتلي مقاتلو مسلحي مسلحو").split())


def _merge_adjacent(doc: Document, actors: list[Actor]) -> list[Actor]:
    """Title + name mentions that touch (``وزير الخارجية`` ``فؤاد حسين``) count as one mention."""
    out: list[Actor] = []
    for a in actors:
        if out and is_generic(out[-1]) and normalize_word(out[-1].text) in FORCE_HEADS and 0 <= a.start - out[-1].end <= 1 \
                and not doc.text[out[-1].end:a.start].strip():
            # "قوات المقاومة": the forces of the named party are that party
            out[-1] = replace(a, text=doc.text[out[-1].start:a.end], start=out[-1].start)
            continue
        if out and is_generic(out[-1]) and a.kind == "person" and a.country and 0 <= a.start - out[-1].end <= 1 \
                and not doc.text[out[-1].end:a.start].strip():
            # "الشيخ سيف بن زايد": a bare honorific read as a sector term heads the named person
            out[-1] = replace(a, text=doc.text[out[-1].start:a.end], start=out[-1].start)
            continue
        gap = doc.text[out[-1].end:a.start] if out else ""
        if out and is_generic(out[-1]) and out[-1].kind == "group" and a.kind in ("group", "body") and a.country \
                and 0 < len(gap) <= 3 and (gap.strip() or normalize_word(out[-1].text) in MEMBER_HEADS) and \
                all(c in QUOTE_CHARS or c.isspace() for c in gap):
            # "ثلاثة من زعماء «حزب الله»"، "قادة جماعة حزب الله": the members of the named party are that party
            out[-1] = replace(a, text=doc.text[out[-1].start:a.end], start=out[-1].start)
            continue
        if out and (a.start, a.end) == (out[-1].start, out[-1].end) and a.country != out[-1].country:
            out.append(a)  # "الوزيران": one dual mention standing for two people of two countries
            continue
        if out and (a.start < out[-1].end or (a.start - out[-1].end <= 1 and doc.text[out[-1].end:a.start].strip() == ""
                                               and a.country and a.country == out[-1].country
                                               and (a.sector == out[-1].sector or not a.sector or not out[-1].sector))):
            prev = out[-1]
            # one mention over both spans (the first may carry the preposition, the second ends the phrase), with
            # the identity of the named person, else of the longer mention
            better = (a.kind == "person" and prev.kind != "person") or (
                (a.end - a.start) > (prev.end - prev.start) and not (prev.kind == "person" and a.kind != "person"))
            keep = a if better else prev
            lo, hi = min(prev.start, a.start), max(prev.end, a.end)
            out[-1] = keep if (keep.start, keep.end) == (lo, hi) else replace(keep, text=doc.text[lo:hi], start=lo,
                                                                                 end=hi)
            continue
        out.append(a)
    return out


def _dedupe(actors: list[Actor]) -> list[Actor]:
    seen, out = set(), []
    for a in actors:
        key = (a.start, a.end, a.country)  # a dual or group mention stands for several parties
        if key not in seen:
            seen.add(key)
            out.append(a)
    return out


GENITIVE_OBJECT_TYPES = frozenset(("COERCE", "ASSAULT", "SANCTION", "RETREAT"))
CONFRONT_PREPS = ("ضد", "بحق", "على", "علي")
CONFRONT_TYPES = frozenset(("ACCUSE", "THREATEN", "ASSAULT", "SANCTION", "COERCE", "PROTEST", "REJECT"))


def _tok_of(doc: Document, a: Actor) -> int:
    return bisect_right(_TOKEN_ENDS(doc.tokens), a.start)  # = token_at(doc, a.start, 0, len(doc.tokens))


def _after_agent_relative(prev: list[str]) -> bool:
    """The words before a mention end in ``شنه`` / ``نفذتها`` (optionally then a force word: شنته طائرات X)."""
    return bool(prev) and (prev[-1] in AGENT_RELATIVES or
                           (len(prev) >= 2 and prev[-2] in AGENT_RELATIVES and prev[-1] in FORCE_HEADS))


HANDS = frozenset(normalize_word(w) for w in "يد يدي أيدي ايدي".split())
BY_HANDS = frozenset(normalize_word(w) for w in "بيد بأيدي بايدي بيدي".split())
HANDS_OF_HEADS = frozenset(normalize_word(w) for w in (
    "متشددي مسلحي عناصر مقاتلي ميليشيات مليشيات قوات جنود أفراد افراد رجال متشددو مسلحو مقاتلو أفراد").split())


def _by_hands_of(prev: list[str]) -> bool:
    """The words before a mention are ``على أيدي`` / ``على يد`` / ``بأيدي`` (optionally then a fighters' head noun:
    على أيدي متشددي X): the agent of a passive act."""
    if prev and prev[-1] in HANDS_OF_HEADS:
        prev = prev[:-1]
    return bool(prev) and (prev[-1] in BY_HANDS or (len(prev) >= 2 and prev[-2] == "علي" and prev[-1] in HANDS))


def _find_agent(doc: Document, m: TriggerMatch, after: list[Actor], first: int, res: Arguments) -> Optional[Actor]:
    """Explicit agents: ``من قبل X``; a relative clause ``(هجوم) شنه X``; patterns with role ``agent``."""
    toks = doc.tokens
    for a in after:
        j = _tok_of(doc, a)
        prev = [toks[k].norm for k in range(max(first, j - 3), j)]
        if prev[-2:] == ["من", "قبل"] and j - m.last <= 6:
            res.rules.append("agent:من-قبل")
            return a
        if _after_agent_relative(prev) and j - m.last <= 4:
            res.rules.append("agent:relative")
            return a
        if _by_hands_of(prev) and j - m.last <= 8:
            res.rules.append("agent:على-أيدي")  # "أعدموا على أيدي متشددي X": X did it
            return a
    if "agent" in m.pattern.roles:
        for a in after:
            if _tok_of(doc, a) - m.last <= 2:
                res.rules.append("agent:pattern")
                return a
    return None


INSTRUMENT_HEADS = words("arguments", "instrument_heads")


def _instrument_of(doc: Document, m: TriggerMatch, a: Actor, j: int) -> bool:
    """Right after the verb stands what fired or struck, or "the hands" (رصاص، قذائف، أيادي), and the party follows
    in construct or after من within three words, no punctuation between: that party is the verb's subject
    (قتل رصاص الجيش الإسرائيلي فلسطينيا، استهدفت أيادي العملاء من ميليشيات X)."""
    toks = doc.tokens
    if j - m.last > 4 or toks[m.last + 1].norm not in INSTRUMENT_HEADS:
        return False
    if any(toks[k].is_punct for k in range(m.last + 1, j)):
        return False
    return _prep_before(doc, a, m.last + 1) in (None, "من") and not is_generic(a)


def _subject(doc: Document, m: TriggerMatch, pool, first: int, speech, self_ref: bool, res: Arguments,
             agent: Optional[Actor]) -> Optional[Actor]:
    toks = doc.tokens
    head_tok = toks[m.first]
    is_noun = m.head_tag == "" or "noverb" in m.pattern.roles
    inside = [a for a in pool if m.start <= a.start and a.end <= m.end and a.start >= head_tok.end]
    after = [a for a in pool if a.start >= m.end]
    opener = _last_clause_opener(doc, first, m.first)
    if opener is not None:  # "قتلت X ... في حين رد التنظيم بقصف": the subject is not looked for before "في حين"
        first = opener + 1
    before = [a for a in pool if a.end <= m.start and a.start >= toks[first].start]
    prev1 = toks[m.first - 1].norm if m.first > first else ""
    prev2 = toks[m.first - 2].norm if m.first - 1 > first else ""
    # "إنها تدعو ..." / "أن يكون قد قصف": the complement's subject is the speaker
    prev3 = toks[m.first - 3].norm if m.first - 2 > first else ""
    own_forces = prev1 in ("قد", "وقد") and prev3 in ("يكون", "تكون", "يكونوا") and not before and \
        any(normalize_word(e.text) in ("ه", "ها", "هم") for e in toks[m.first - 2].enclitics)
    if speech is not None and res.speaker is not None and (
            (self_ref and m.first - first <= 12 and not any(a.end <= m.start for a in pool))
            or (prev1 in ("قد", "وقد") and prev2 in ("يكون", "تكون", "يكونوا") and not before)
            or own_forces):  # "نفت X أن تكون طائراتها قد قصفت": the speaker's own forces
        res.rules.append("subject:speaker-own-act")
        return res.speaker
    # "وكان X قد زار": the subject sits between كان and قد
    if prev1 in ("قد", "وقد") and before:
        free = [a for a in before if not _governed(doc, a, first)]
        if free and m.first - token_at(doc, free[-1].end - 1, 0, len(toks)) <= 3:
            res.rules.append("subject:كان-X-قد")
            if len(free) > 1 and _relative_antecedent(doc, free[-2], free[-1], m):
                res.rules.append("subject:antecedent-of-relative")
                return free[-2]
            return free[-1]
        kana = next((k for k in range(m.first - 2, max(first, m.first - 10) - 1, -1)
                     if toks[k].norm in KANA), None)
        inner = [a for a in before if kana is not None and _tok_of(doc, a) > kana
                 and (toks[_tok_of(doc, a) - 1].norm in ("في", "فى") or _prep_before(doc, a, kana + 1) == "ب")]
        if kana is not None and not free and len(inner) == 1:
            res.rules.append("subject:كان-N-في-X-قد")  # "وكان قسم حقوق الإنسان في منظمة X قد دعا": X's body
            return inner[0]
    antecedent = _antecedent_of_relative_verb(doc, m, before, first, is_noun)
    if antecedent is not None:
        res.rules.append("subject:antecedent-of-relative-verb")
        return antecedent
    # a verb agreeing in the plural ("هاجموا", "يتظاهرون") follows its subject: SVO
    hn = head_tok.norm
    if not is_noun and hn.endswith(("وا", "ون", "وه", "وها", "وهم")) and before:
        last = before[-1]
        if token_at(doc, last.end - 1, 0, len(toks)) == m.first - 1 and _governed(doc, last, first) and \
                not any(w.startswith(DEFINITE) for w in normalize_word(last.text).split()) and \
                _prep_before(doc, last, first) != "من" and not head_tok.proclitics and \
                hn not in PLURAL_VICTIM_VERBS:
            res.rules.append("subject:indefinite-antecedent")  # "ضد مقاتلين استهدفوا القوات": a relative clause
            return last
        free = [a for a in before if not _governed(doc, a, first)]
        if free:
            res.rules.append("subject:before-plural-verb")
            return free[-1]
    # "قالت الوزارة إن طائراتها قصفت ...": a complement opening with the speaker's own forces (a noun with a
    # pronoun, no actor named) has the speaker as its subject
    if speech is not None and res.speaker is not None and not is_noun and not before and 0 < m.first - first <= 2 \
            and any(normalize_word(e.text) in ("ه", "ها", "هم") for e in toks[first].enclitics):
        res.rules.append("subject:speaker-own-forces")
        return res.speaker
    # "إن بلاده تطالب إيران ...": a complement clause opens with its subject (SVO); a verb right after it takes it
    if speech is not None and not is_noun and before:
        lead = [a for a in before if (_tok_of(doc, a) == _after_open_quote(doc, first) or
                                      (toks[first].norm in DELEGATION_WORDS and
                                       _delegation_origin(doc, _tok_of(doc, a), first)))
                and not _governed(doc, a, first) and token_at(doc, a.end - 1, 0, len(toks)) == m.first - 1]
        if lead:
            res.rules.append("subject:complement-svo")
            return lead[0]
    if not is_noun and m.head_tag == "impf" and before and not head_tok.proclitics:
        lead = [a for a in before if _tok_of(doc, a) == first and not _governed(doc, a, first)
                and token_at(doc, a.end - 1, 0, len(toks)) == m.first - 1]
        if lead:  # headline style "الرئيس المصري يلتقي العاهل السعودي": the clause opens with its subject
            res.rules.append("subject:svo-imperfect")
            return lead[0]
    if not is_noun and m.last + 1 < len(toks) and toks[m.last + 1].norm in CALL_PRONOUNS and before:
        free = [a for a in before if not _governed(doc, a, first)]
        if free:  # "بعد زيارة التقى خلالها X": the visitor (the clause's topic) met X
            res.rules.append("subject:topic-before-pronoun-adverbial")
            return free[0]
    national = _national_strike(doc, m, pool) if is_noun else None
    if national is not None:
        res.rules.append("subject:national-strike-noun")  # "في غارة أمريكية": the strike's country struck
        return national
    shared = _shared_subject(doc, m, pool, first, is_noun)
    if shared is not None:
        res.rules.append("subject:shared-with-first-verb")
        return shared
    if inside and _giving_noun(doc, m) and _tok_of(doc, inside[0]) == m.first + 1:
        inside = []  # "منح السعودية مقعدا": the genitive of a giving noun is the one given to, not the giver
    if inside and _victim_noun(doc, m):
        inside = []  # "مقتل شرطي": the genitive of a death noun is the one who died, not the killer
    if inside and m.pattern.type in TRANSFER_TYPES and _prep_before(doc, inside[0], first) == "ل":
        inside = []  # "فتحت قواعدها للتحالف"، "سلمت لبنان": the one given to, behind ل, is no subject
    if inside and (is_noun or _tok_of(doc, inside[0]) == m.first + 1
                   or all(toks[k].norm in TIME_WORDS or toks[k].norm in COUNT_WORDS or toks[k].norm.isdigit()
                          or toks[k].norm in FORCE_HEADS or toks[k].norm in PERSON_HEADS
                          or (toks[k].norm in DELEGATION_WORDS | {"من"} and
                              _delegation_origin(doc, _tok_of(doc, inside[0]), first))
                          for k in range(m.first + 1, _tok_of(doc, inside[0])))):
        res.rules.append("subject:in-frame")
        return inside[0]
    spanning = [a for a in pool if m.start <= a.start < m.end < a.end and a.kind in ("asset", "nationality")]
    if not is_noun and spanning and _owned_type(m) and spanning[0].start >= toks[m.first].end:
        res.rules.append("subject:trigger-phrase-nationality")  # "وصلت مساعدات سعودية": the verb's subject's country
        return spanning[0]
    if is_noun and not inside and spanning and _owned_type(m):
        res.rules.append("subject:trigger-phrase-nationality")  # "طائرة مساعدات إماراتية": the adjective's country
        return spanning[0]
    if is_noun and not inside and not before and m.first - first <= 3 and _pronoun_noun(doc, m):
        main = _main_subject_after(doc, m, after, first)
        if main is not None:
            res.rules.append("subject:main-clause-of-possessed-noun")  # "خلال لقائه X، أكد Y": Y met X
            return main
    if is_noun and not inside and not _pronoun_noun(doc, m):
        gen = _genitive_agent(doc, m, after, agent)
        if gen is not None:
            res.rules.append("subject:genitive-of-noun")
            return gen
    if not is_noun and (m.first == m.last or not inside):
        for a in after:
            j = _tok_of(doc, a)
            if m.first != m.last and j > m.first + 1:
                break
            if j - m.last > 8 or a is agent:
                break
            if m.pattern.type == "COERCE" and is_generic(a) and a.sector == "CVL" and j == m.last + 1:
                break  # "اعتقلت مواطنين اثنين": civilians right after an arrest verb are arrested, they do not arrest
            between = range(m.last + 1, j)
            partitive = j - 2 > m.last and toks[j - 1].norm == "من" and (
                toks[j - 2].norm in PARTITIVE_HEADS or toks[j - 2].norm.isdigit())  # "اعتصم عدد من المعلمين X"
            if (_prep_before(doc, a, m.last + 1) is None or partitive) and \
                    not any(toks[k].is_punct for k in between) and \
                    all(toks[k].norm in TIME_WORDS or toks[k].norm.isdigit() or toks[k].norm in COUNT_WORDS
                        or (toks[k].norm in PERSON_HEADS and k == j - 1)
                        or (toks[k].norm in RESUMPTIVE and k == m.last + 1)  # "أزمة تتهم فيها موسكو لندن"
                        or (partitive and k >= j - 2)
                        or (toks[k].norm in DELEGATION_WORDS | {"من"} and _delegation_origin(doc, j, m.last + 1))
                        for k in between):  # "تظاهر آلاف الإسرائيليين", "وصل وفد من مصر": the subject's head
                res.rules.append("subject:vso")
                return a
            if _prep_before(doc, a, m.last + 1) is None and (_adverbial_gap(doc, m.last + 1, j) or (
                    j - m.last <= 2 and all(toks[k].norm in FORCE_HEADS for k in between)) or (
                    j - m.last == 3 and toks[m.last + 1].norm in ONE_OF and toks[m.last + 2].norm in FORCE_HEADS) or (
                    j - m.last == 3 and toks[m.last + 1].norm in FORCE_HEADS and not toks[m.last + 2].is_punct
                    and a.kind in ("country", "nationality"))):  # "استهدفت طائرات الأباتشي السعودية"
                res.rules.append("subject:vso-after-adverbial")
                return a
            holder = _office_holder(doc, m, a, after)
            if holder is not None:
                res.rules.append("subject:vso-office-holder")  # "دعا أمين سر اللجنة لمنظمة X الدكتور Y"
                return holder
            if _coordinated_office(doc, m.last + 1, j, a):
                res.rules.append("subject:vso-coordinated-office")  # "دعا المبعوث الخاص ورئيس بعثة X"
                return a
            if _body_of(doc, m.last + 1, j, a):
                res.rules.append("subject:vso-body-of")  # "أدانت الأمانة العامة لهيئة X": X's own body spoke
                return a
            if m.pattern.type in ("ASSAULT", "COERCE") and j - m.last == 3 and toks[m.last + 1].norm in FORCE_HEADS \
                    and toks[m.last + 2].norm == "من" and not is_generic(a):  # "هاجم عناصر من تنظيم X": X's members
                res.rules.append("subject:vso-members-of")
                return a
            if m.pattern.type == "ASSAULT" and _instrument_of(doc, m, a, j):
                res.rules.append("subject:vso-instrument-of")  # "قتل رصاص الجيش X فلسطينيا": X's fire killed
                return a
            break
    if before:
        free = [a for a in before if not _governed(doc, a, first)]
        ends = _TOKEN_ENDS(toks)  # _tok_of(a) - first <= 6 <=> a.start < ends[first + 6]
        main = [a for a in free if a.start < ends[first + 6]] if first + 6 < len(ends) else list(free)
        if main and (_tok_of(doc, free[-1]) - _tok_of(doc, main[0]) > 3 or
                     (prev1 in ALSO_JOINS and len(free) > 1 and not is_noun)):  # "هددت X Y ...، كما فرضت عقوبات"
            # an elided subject (للقاء، خلال زيارة، وأشاد) continues the clause's topic, not the nearest noun
            res.rules.append("subject:clause-subject")
            return main[0]
        if free:
            k = len(free) - 1
            while k > 0 and _dash_joined(doc, free[k - 1], free[k]):
                k -= 1  # "اللجنة السعودية - البرازيلية": the joint body's first party heads the pair
            while k > 0 and m.pattern.type in ("ASSAULT", "COERCE") and free[k - 1].end <= free[k].start and \
                    (_between(doc, free[k - 1].end, free[k].start) in ("و", "،و", "، و") or
                     _allied_gap(_between(doc, free[k - 1].end, free[k].start))):
                k -= 1  # "الولايات المتحدة ودول التحالف نفذت غارات": the coordinated subject's first party
            if k > 0 and _relative_antecedent(doc, free[k - 1], free[k], m):
                k -= 1  # "التحالف الذي تقوده الولايات المتحدة نفذ": the relative clause's subject is not the verb's
                res.rules.append("subject:antecedent-of-relative")
            res.rules.append("subject:before")
            return free[k]
    if speech is not None and self_ref and res.speaker is not None:
        res.rules.append("subject:speaker-own-act")
        return res.speaker
    return None


ALSO_JOINS = frozenset(normalize_word(w) for w in "كما وكما ثم".split())  # a second verb of the same subject


def _national_strike(doc: Document, m: TriggerMatch, pool) -> Optional[Actor]:
    """An attack noun trigger that is itself a strike with a nationality (غارة أمريكية، الغارات التركية): the
    military asset the lexicon names over the trigger's own words is its doer, not a party before it."""
    if m.pattern.type != "ASSAULT":
        return None
    return next((a for a in pool if a.kind == "asset" and a.country and a.sector == "MIL" and
                 a.start <= m.start and m.end <= a.end), None)


def _feminine(a: Actor) -> bool:
    """A mention a masculine verb cannot agree with: a country, or a head noun ending in ة (الحكومة، وزارة)."""
    head = normalize_word(a.text).split()[0] if a.text.strip() else ""
    return a.kind in ("country", "capital") or head.endswith("ة")


def _semicolon_subject(doc: Document, m: TriggerMatch, subject: Optional[Actor], res: Arguments) -> Optional[Actor]:
    """A verb with و opening a clause after ؛ (``أدان X الهجوم؛ وطالب الحكومة Y بـ``) whose own subject is missing,
    or is a feminine noun right after a masculine perfect verb (so the verb's object): the subject of the clause
    before the ؛ goes on."""
    toks = doc.tokens
    if m.first == 0 or toks[m.first - 1].norm != "؛" or m.head_tag not in ("perf", "impf"):
        return None
    head = toks[m.first]
    if not head.proclitics or normalize_word(head.proclitics[0].text) != "و":
        return None
    if subject is not None:
        masculine_perf = m.head_tag == "perf" and not head.norm.endswith("ت")
        own = next((r for r in ("subject:vso", "subject:in-frame") if r in res.rules), None)
        if not (own and masculine_perf and _feminine(subject)):
            return None
    sent = doc.sentences[m.sentence - 1] if m.sentence > 0 else None
    if sent is None:
        return None
    lo = sent.token_start
    prev = [a for a in _actors_in(doc, toks[lo].start, toks[m.first - 1].start)
            if _tok_of(doc, a) - lo <= 6 and not _governed(doc, a, lo)]
    if not prev:
        return None
    res.rules = [r for r in res.rules if r not in ("subject:vso", "subject:in-frame")]
    res.rules.append("subject:before-semicolon")
    return prev[0]


def _antecedent_of_relative_verb(doc: Document, m: TriggerMatch, before: list[Actor], first: int,
                                 is_noun: bool) -> Optional[Actor]:
    """``الجيش التركي الذي استقدم تعزيزات``: a verb right after الذي / التي / الذين with no object pronoun on it
    has the noun the relative clause hangs on as its subject (not the clause's earlier topic). A pronoun on the
    verb (``الوزير الذي استقبله X``) makes the antecedent its object, so nothing is said then."""
    toks = doc.tokens
    if is_noun or not before or m.first - first < 2 or toks[m.first].enclitics:
        return None
    k = m.first - 1
    if toks[k].norm in ("قد", "لم", "لا") and k - 1 > first:
        k -= 1
    if toks[k].norm not in RELATIVES:
        return None
    ante = before[-1]
    if token_at(doc, ante.end - 1, 0, len(toks)) != k - 1 or _governed(doc, ante, first) or is_generic(ante):
        return None
    return ante


PARTITIVE_HEADS = COUNT_WORDS | frozenset(normalize_word(w) for w in (
    "عدد العديد مجموعة مجموعات حشود جموع المئات الآلاف العشرات بعض").split())


def _relative_antecedent(doc: Document, ante: Actor, inner: Actor, m: TriggerMatch) -> bool:
    """``X الذي تقوده Y [verb]``: Y, the subject of a one-verb relative clause on X, ends right before the main
    verb, whose subject is then X."""
    toks = doc.tokens
    i, j = token_at(doc, ante.end - 1, 0, len(toks)), _tok_of(doc, inner)
    gap = m.first - 1 - token_at(doc, inner.end - 1, 0, len(toks))
    if not (gap == 0 or (gap == 1 and toks[m.first - 1].norm in ("قد", "وقد"))) or j - i != 3:
        return False
    return toks[i + 1].norm in RELATIVES and not toks[i + 2].is_punct and toks[i + 2].norm not in GOVERNING


BODY_HEADS = frozenset(normalize_word(w) for w in (
    "الأمانة المكتب القيادة الهيئة اللجنة المجلس الإدارة الرئاسة السكرتارية الجناح الذراع الأمين الناطق المتحدث "
    "الدائرة الرابطة الاتحاد المركز").split()) | words("arguments", "owned_subject_heads")


def _body_of(doc: Document, lo: int, j: int, a: Actor) -> bool:
    """``[verb] الأمانة العامة لـX`` / ``المكتب السياسي لـX``: a body head (with at most two definite adjectives)
    right after the verb, then X with ل: the body of X is the verb's subject."""
    toks = doc.tokens
    if not 1 <= j - lo <= 3 or toks[lo].norm not in BODY_HEADS or j >= len(toks) or a.start >= toks[j].end:
        return False
    if not (toks[j].proclitics and normalize_word(toks[j].proclitics[-1].text) in ("ل", "لل")) and \
            not toks[j].norm.startswith("لل"):
        return False
    return all(toks[k].norm.startswith("ال") and not toks[k].is_punct for k in range(lo + 1, j))


OBJECT_VERB_TYPES = frozenset(("REQUEST", "CONSULT"))
HOSTED_OPENERS = frozenset(normalize_word(w) for w in "هامش خلال وخلال في وفي عقب بعد وذلك اثناء أثناء".split())
GIVING_NOUNS = frozenset(normalize_word(w) for w in "منح إعطاء اعطاء تسليم".split())  # تسليم مصر طائرات


def _giving_noun(doc: Document, m: TriggerMatch) -> bool:
    """``منح X مقعدا``، ``إعطاء X ضمانات``: the verbal noun of a two-object verb of giving, with its own prefix
    (بمنح، لمنح) stripped."""
    toks = doc.tokens
    head = toks[m.first]
    n = head.norm
    for p in head.proclitics:
        n = n[len(normalize_word(p.text)):] if n.startswith(normalize_word(p.text)) else n
    if n not in GIVING_NOUNS:
        return False
    if m.head_tag == "" or n != head.norm:
        return True
    # "منح" spelt like the perfect verb: a noun after على or a verb of deciding (وافق على منح، قرر منح)
    k = m.first - 1
    owner = next((a for a in doc.actors if k >= 0 and a.end == toks[k].end), None)
    if owner is not None:  # "قرر الاتحاد الأوروبي منح تونس": the deciding verb's subject sits between
        k = _tok_of(doc, owner) - 1
    prev = toks[k].norm if k >= 0 else ""
    return prev in ("على", "علي") or prev.lstrip("و") in DECIDE_VERBS


DECIDE_VERBS = frozenset(normalize_word(w) for w in (
    "قرر قررت يقرر تقرر اقر اقرت يعتزم تعتزم اعتزم تعهد تعهدت تقرر طلب طلبت يريد تريد اعلن اعلنت").split())
# a person named through another mention in construct (نائبة وزير الخارجية X، والد الرهينة X، مستشار الرئيس X):
# the mention gives the person's party
PERSON_HEADS = frozenset(normalize_word(w) for w in (
    "نائب نائبة مساعد مساعدة مستشار مستشارة وكيل وكيلة والد والدة شقيق شقيقة زوجة زوج نجل نجلة ابن ابنة "
    "عائلة اسرة أسرة ذوو ذوي أهالي اهالي").split())


def _apposed_name(doc: Document, lo: int, hi: int) -> bool:
    """Tokens [lo, hi) are only a name set off by commas (``، تسيبي حوطوفلي،``) after a title: the next noun is
    the verb's object."""
    toks = doc.tokens
    words = [toks[k] for k in range(lo, hi)]
    if words and words[0].norm in ("في", "فى", "لدى", "لدي"):  # "منسق الشؤون الإنسانية في الأرض الفلسطينية، X،"
        comma = next((k for k, w in enumerate(words[:5]) if w.norm in ("،", ",")), None)
        if comma is None or comma < 2 or any(w.is_punct for w in words[1:comma]):
            return False
        words = words[comma:]
    return 3 <= len(words) <= 5 and words[0].norm in ("،", ",") and words[-1].norm in ("،", ",") and \
        not any(w.is_punct for w in words[1:-1])


def _last_clause_opener(doc: Document, lo: int, hi: int) -> Optional[int]:
    """Index of the last ``في حين`` / ``بينما`` / ``لكن`` in [lo, hi): a new clause with its own subject starts
    after it."""
    toks = doc.tokens
    for k in range(hi - 1, lo - 1, -1):
        n = toks[k].norm
        if n in CLAUSE_OPENERS or (n == "حين" and k > lo and toks[k - 1].norm in ("في", "وفي")):
            return k
    return None


def _shared_subject(doc: Document, m: TriggerMatch, pool, first: int, is_noun: bool) -> Optional[Actor]:
    """``طالب X ... ودعا Y إلى``: a verb joined by و in mid-clause with a single free actor after it keeps the
    subject of the clause's first verb (an actor within 3 tokens of the clause start) when the countries differ."""
    toks = doc.tokens
    head = toks[m.first]
    if is_noun or m.pattern.type not in OBJECT_VERB_TYPES or m.first - first < 4:
        return None
    if not (head.proclitics and normalize_word(head.proclitics[0].text) == "و") and not m.head_prefix.startswith("و"):
        return None  # (the trigger's own prefix: the clitic analysis may keep و in a short verb, وحث)
    # "فيما رحبت X بالهدنة ودعت Y": the subject right after the verb this one is joined to, else the clause's first
    prev = max((k for k in _verb_triggers(doc)[0] if first <= k < m.first - 1), default=None)
    start_free = [a for a in pool if prev is not None and a.end <= m.start and 1 <= _tok_of(doc, a) - prev <= 3
                  and not _governed(doc, a, prev + 1)][:1] or \
        [a for a in pool if a.end <= m.start and _tok_of(doc, a) - first <= 3 and not _governed(doc, a, first)]
    after_free = [a for a in pool if a.start >= toks[m.first].end and _tok_of(doc, a) - m.last <= 3
                  and _prep_before(doc, a, m.first + 1) is None]
    if not start_free or len(after_free) != 1:
        return None
    main, obj = start_free[0], after_free[0]
    if not main.country or main.country == obj.country:
        return None
    if any(not _governed(doc, a, m.first + 1) and a is not obj for a in pool
           if a.start > obj.end and _tok_of(doc, a) - m.last <= 8):
        return None  # a second free actor: the verb has its own subject and object
    return main


PHRASE_HEADS = frozenset(normalize_word(w) for w in (
    "جماعة حركة تنظيم عناصر مسلحو ميليشيا ميليشيات مليشيا مليشيات جيش فصائل").split())


# the weapon or unit of a party (شنت مقاتلات التحالف، قصفت مدفعية الجيش): the party is the subject
FORCE_HEADS = PHRASE_HEADS | frozenset(normalize_word(w) for w in (
    "طائرات مقاتلات قوات عناصر مدفعية سفن بوارج زوارق دبابات وحدات جنود طيران مروحيات طائرة قوة").split())


ONE_OF = frozenset(normalize_word(w) for w in "إحدى احدى أحد احد".split())  # "قصفت إحدى طائرات X"


def _owned_type(m: TriggerMatch) -> bool:
    """Types whose noun phrase may carry its doer's nationality (غارات إسرائيلية، مساعدات سعودية)."""
    return m.pattern.type in ("AID", "ASSAULT", "MOBILIZE", "COERCE", "SANCTION")


def _pronoun_noun(doc: Document, m: TriggerMatch) -> bool:
    """A verbal noun carrying a pronoun (لقائه، زيارتها، اتصاله): the pronoun is its agent; a noun after it is the
    one met or visited."""
    head = doc.tokens[m.first]
    return len(m.tokens) == 1 and any(normalize_word(e.text) in ("ه", "ها", "هم", "هما") for e in head.enclitics)


def _main_subject_after(doc: Document, m: TriggerMatch, after: list[Actor], first: int) -> Optional[Actor]:
    """The subject of the main clause that a fronted ``خلال لقائه X،`` modifies: the first actor after the comma,
    right after its verb."""
    toks = doc.tokens
    comma = next((k for k in range(m.last + 1, min(len(toks), m.last + 12)) if toks[k].norm in ("،", ",")), None)
    if comma is None:
        return None
    sent = doc.sentences[m.sentence]
    for a in _merge_adjacent(doc, _actors_in(doc, toks[comma].end, sent.end)):
        j = _tok_of(doc, a)
        if j <= comma:
            continue
        if j - comma <= 3 and _prep_before(doc, a, comma + 1) is None:
            return a
        break
    return None


def _complement_noun(doc: Document, m: TriggerMatch) -> bool:
    """``للقاء X``، ``بزيارة X``، ``لبحث``: a verbal noun after ل/ب completes another verb, whose subject is the
    agent; its genitive is the one met or visited."""
    head = doc.tokens[m.first]
    return bool(head.proclitics) and any(normalize_word(p.text) in ("ل", "ب") for p in head.proclitics)


ARMED_SECTORS = frozenset(("REB", "MIL", "UAF", "INS", "CRM"))


def _genitive_agent(doc: Document, m: TriggerMatch, after: list[Actor], agent) -> Optional[Actor]:
    """``زيارة الرئيس الفرنسي إلى``، ``هجوم الحوثيين على``، ``خرق الحوثيين الهدنة``: the genitive right after a
    verbal noun is its agent, except for acts done *to* someone (اعتقال الناشطين، قصف المدينة) unless the
    genitive is an armed group."""
    toks = doc.tokens
    if _complement_noun(doc, m):
        return None
    for a in after:
        if a is agent:
            return None
        j = _tok_of(doc, a)
        # "الطائرة الإغاثية السعودية": the nationality after a multi-word aid noun is the donor's
        last = m.last + 1 if m.pattern.type == "AID" and a.kind in ("country", "nationality") else m.first + 1
        if j not in (m.first + 1, last) or toks[j].start < a.start or _prep_before(doc, a, m.first) is not None:
            return None
        if m.pattern.type in GENITIVE_OBJECT_TYPES and not (m.pattern.type == "ASSAULT" and a.sector in ARMED_SECTORS):
            return None
        if is_generic(a) or a.kind.startswith("poss"):
            return None
        return a
    return None


def _adverbial_gap(doc: Document, lo: int, hi: int) -> bool:
    """Tokens [lo, hi) between a verb and its subject that are only a date / place adverbial (اليوم، في جدة،
    أمس الأول) or an unknown name set off by a comma before its title (فيديريكا موغيريني، وزيرة ...)."""
    toks = doc.tokens
    k, words = lo, 0
    while k < hi:
        n = toks[k].norm
        if n in TIME_WORDS or n.isdigit() or n in ("(", ")", "الاول", "الماضي", "الحالي"):
            k += 1
            continue
        if n in ("في", "فى", "من") and k + 1 < hi and not toks[k + 1].is_punct:  # في جدة / في قصره
            k += 2
            if k < hi and toks[k].norm in LOCATIVE_NOUNS | frozenset(("مدينة",)):
                k += 1
            continue
        if n in ("،", ",") and k + 1 == hi and words and words <= 3:  # name, title
            return True
        if toks[k].is_punct:
            return False
        if k == lo or words:
            words += 1
            if words > 3:
                return False
            k += 1
            continue
        return False
    return not words


# office nouns that a second, coordinated office can follow (المبعوث الخاص ورئيس البعثة): one person, two titles
# a pronoun after the verb of a relative clause (أزمة تتهم فيها X Y): the subject follows it
RESUMPTIVE = frozenset(normalize_word(w) for w in "فيها فيه فيهما فيهم".split())
# ranks and styles between an office and its holder's name (نائب رئيس شرطة دبي الفريق ضاحي خلفان)
RANKS = frozenset(normalize_word(w) for w in (
    "الفريق أول اول الركن اللواء العميد العقيد المقدم الرائد النقيب المشير الجنرال الأدميرال الدكتور الشيخ "
    "المهندس السفير").split())
OFFICE_HEADS = frozenset(normalize_word(w) for w in (
    "المبعوث الممثل المنسق الامين السفير الوزير المستشار النائب القائد المدير المفوض الناطق المتحدث").split())


def _coordinated_office(doc: Document, lo: int, j: int, a: Actor) -> bool:
    """Tokens [lo, j) are a bare office and its adjectives (``المبعوث الخاص``) and the mention at token j opens
    with و (``ورئيس بعثة X``): one holder of two offices, so the mention is the verb's subject."""
    toks = doc.tokens
    if not 1 <= j - lo <= 3 or toks[lo].norm not in OFFICE_HEADS or a.kind not in ("title", "person"):
        return False
    if not any(p.text == "و" for p in toks[j].proclitics) or a.start <= toks[j].start:
        return False
    return all(not toks[k].is_punct and toks[k].norm.startswith("ال") and toks[k].norm not in GOVERNING
               for k in range(lo + 1, j))


# an office noun in construct that opens a subject whose body comes after ل (أمين سر اللجنة التنفيذية لمنظمة X)
OFFICE_NOUNS = frozenset(normalize_word(w) for w in (
    "أمين امين رئيس نائب مدير سفير قائد مستشار ممثل مبعوث منسق مفوض متحدث ناطق عضو وكيل مساعد").split())


def _office_holder(doc: Document, m: TriggerMatch, a: Actor, after: list[Actor]) -> Optional[Actor]:
    """``V office ... لـX [honorific] NAME``: X only completes the office's title; the named holder right after
    it (same country) is the verb's subject, not X the object of ل."""
    toks = doc.tokens
    lo, j = m.last + 1, _tok_of(doc, a)
    if lo >= len(toks) or not 0 < j - lo <= 6 or a.country is None:
        return None
    x = lo
    if toks[lo].norm in OFFICE_HEADS:  # "المتحدث الرسمي وعضو المكتب السياسي لحركة X": the second office heads it
        x = next((k for k in range(lo + 1, min(lo + 4, j)) if not toks[k].norm.startswith("ال")), j)
        if x == j or not any(p.text == "و" for p in toks[x].proclitics) or toks[x].norm[1:] not in OFFICE_NOUNS:
            return None
    elif toks[lo].norm not in OFFICE_NOUNS:
        return None
    if _prep_before(doc, a, lo) != "ل" or any(toks[k].is_punct for k in range(lo, j)):
        return None
    end = token_at(doc, a.end - 1, 0, len(toks))
    for b in after:
        k = _tok_of(doc, b)
        if k <= end:
            continue
        if b.kind == "person" and b.country == a.country and k - end <= 3 and \
                all(toks[x].norm in TIME_WORDS for x in range(end + 1, k)):
            return b
        return None
    return None


PORTFOLIO = frozenset(normalize_word(w) for w in "لشؤون للشؤون لشئون للشئون لملف".split())


def _office_after(doc: Document, lo: int, j: int) -> bool:
    """Tokens [lo, j) are an office with its adjectives (الأمين العام المساعد، المدير التنفيذي) right after a name."""
    toks = doc.tokens
    if not 1 <= j - lo <= 4 or toks[lo].norm not in OFFICE_HEADS:
        return False
    return all(not toks[k].is_punct and toks[k].norm.startswith("ال") and toks[k].norm not in GOVERNING
               for k in range(lo + 1, j))


def _armed_object(a: Actor, subj_group: list) -> bool:
    """Unnamed insurgents or gunmen (المتمردين، المسلحين) right after a subject of another sector are its object,
    not one of its titles."""
    return a.kind == "group" and a.sector in ("REB", "UAF", "INS") and all(x.sector != a.sector for x in subj_group)


def _is_apposition(doc: Document, a: Actor, subj_group: list, j: int, subj_end_tok: int) -> bool:
    if a.kind == "person" and a.country and any(
            s.kind == "title" and s.country == a.country and
            token_at(doc, s.end - 1, 0, len(doc.tokens)) + 1 <= j <= token_at(doc, s.end - 1, 0, len(doc.tokens)) + 3
            and all(doc.tokens[k].norm in RANKS for k in range(token_at(doc, s.end - 1, 0, len(doc.tokens)) + 1, j))
            for s in subj_group):
        return True  # "نائب رئيس شرطة دبي (الفريق) ضاحي خلفان": the title's holder, named right after it
    if not any(a.country == s.country and a.sector == s.sector for s in subj_group) or j - subj_end_tok > 10:
        return False
    between = [doc.tokens[k] for k in range(subj_end_tok + 1, j)]
    if a.kind == "group" and (a.ref or "").startswith("group:") and all(x.ref != a.ref for x in subj_group) and \
            all(x.kind in ("group", "frame") for x in subj_group) and \
            (any(x.kind == "group" and x.ref for x in subj_group) or not any(t.is_punct for t in between)):
        return False  # "توعدت المقاومة الشعبية في البيضاء المتمردين الحوثيين": another armed group is no title
    return not any(t.norm in ("التي", "الذي", "اللذين", "الذين") or t.norm.startswith(("بال", "لل")) for t in between)


def _new_clause(doc: Document, lo: int, hi: int) -> bool:
    """A comma followed by a word carrying و (``، ودعا``) between lo and hi opens a new clause."""
    toks = doc.tokens
    for k in range(lo, min(hi, len(toks)) - 1):
        if toks[k].norm in ("،", ",") and k + 1 < hi and toks[k + 1].proclitics and \
                normalize_word(toks[k + 1].proclitics[0].text) == "و":
            return True
    return False


def _comma_then_verb(doc: Document, lo: int, hi: int) -> bool:
    """A comma in [lo, hi) followed by a speech verb or by a bare perfect verb agreeing with a feminine subject
    (``، حذرت نائبة الوزير``): a new clause starts there, whose nouns are no objects of an earlier verb."""
    toks = doc.tokens
    for k in range(lo, min(hi, len(toks)) - 1):
        if toks[k].norm not in ("،", ","):
            continue
        t = toks[k + 1]
        nxt = toks[k + 2].norm if k + 2 < len(toks) else "."
        # a verb with a subject of its own after it (not "، أطلقت من الجانب X": a relative participle phrase)
        fem_perfect = t.norm.endswith("ت") and len(t.norm) >= 4 and not t.norm.startswith("ال") and not t.proclitics \
            and not any(a.start <= t.start < a.end for a in doc.actors) and k + 2 < len(toks) \
            and not toks[k + 2].is_punct and nxt not in GOVERNING and nxt not in TIME_WORDS
        if is_speech(t.norm) or fem_perfect:
            return True
    return False


# conjunctions opening a new clause with its own verb (لكنهم دعوا، بينما رفضت): no object beyond them (not فيما:
# "فيما يتعلق بـ" is "as for")
CLAUSE_OPENERS = frozenset(normalize_word(w) for w in (
    "لكن لكنه لكنها لكنهم لكنهما ولكن ولكنه ولكنها ولكنهم بينما وبينما").split())


CONDEMNED_ACTS = frozenset(normalize_word(w) for w in (
    "الهجوم الهجمات الاعتداء الاعتداءات التفجير التفجيرات القصف الاقتحام الاقتحامات العدوان الحادث الجريمة "
    "بالهجوم بالاعتداء بالتفجير بالقصف بالاقتحام بالعدوان للهجوم للاعتداء للتفجير للقصف للاقتحام للعدوان "
    "هجوم اعتداء تفجير قصف اقتحام عدوان").split())
AMONG = frozenset(normalize_word(w) for w in "منها ومنها بينها وبينها منهم بينهم مثل".split())


def _among_after_li(doc: Document, j: int, lo: int) -> bool:
    """``لدول منها X`` / ``إلى دول عدة بينها X``: X is one of the plural recipients just named."""
    toks = doc.tokens
    if j - 1 < lo or toks[j - 1].norm not in AMONG:
        return False
    return any(toks[k].norm[:1] == "ل" and toks[k].proclitics or toks[k].norm in ("الى", "إلى", "الي")
               for k in range(max(lo, j - 4), j - 1))


ATTRIBUTE_PARTICIPLES = frozenset(normalize_word(w) for w in (
    "الموالي الموالية الموالين الموالون المقرب المقربة المقربين المناهض المناهضة"
    ).split())
CLAUSE_LEAD_WORDS = frozenset(normalize_word(w) for w in "و ف ثم كما وقد قد فقد".split())
QUOTE_CHARS = frozenset('"«»“”')
BARE_PREPS = frozenset(normalize_word(w) for w in "في من إلى الى على عن مع عبر لدى خلال".split())
# unvocalized attack and arrest verbs are often passive (قتل قائد، اعتقل ناشط): their first noun may be the victim
PASSIVE_PRONE_TYPES = frozenset(("ASSAULT", "COERCE"))
FORCE_SECTORS = frozenset(("MIL", "COP"))
CASUALTY_STEMS = ("قتل", "اصيب", "اصاب", "جرح", "اغتيل", "اعدم", "استشهد", "خطف", "اسر")


def _casualty_verb(tok) -> bool:
    """قتل / أصيب / جرح ...: unvocalized, these are as often passive (a force's men were hit) as active."""
    n = tok.norm.lstrip("وف")
    return n.startswith(CASUALTY_STEMS) or n[1:].startswith(CASUALTY_STEMS)


def _initial_verb_subject(doc: Document, m: TriggerMatch, pool, first: int, cand: Actor, res: Arguments) -> bool:
    """``استقبل صاحب السمو الأمير فلان أمير منطقة X ... سفير Y``، ``دان رئيس جمعية ... عضو مجلس الشيوخ``: a verb
    opening its clause, with no actor before it, takes the first actor after it as its subject (Arabic VSO), even
    behind honorifics and a name the actors layer did not resolve; it was read as the object only because it
    sits too far from the verb."""
    toks = doc.tokens
    owner = res.rules[-1:] == ["recipient:prep-ل"] and _tok_of(doc, cand) > 0 and \
        toks[_tok_of(doc, cand) - 1].norm in OWNER_WORDS  # "أدانت الهيئة التابعة لمنظمة X": X's body acts
    if (res.rules[-1:] != ["recipient:object"] and not owner) or m.head_tag not in ("perf", "impf") or \
            "patient" in m.pattern.roles or any(r in m.pattern.roles for r in ("from", "noverb")):
        return False
    if m.pattern.type in PASSIVE_PRONE_TYPES and (cand.sector not in FORCE_SECTORS or _casualty_verb(toks[m.first])):
        return False  # "قصفت طائرات سلاح الجو X": forces strike; "قتل جنود": soldiers were killed
    if any(toks[k].norm not in CLAUSE_LEAD_WORDS and toks[k].norm not in TIME_WORDS for k in range(first, m.first)):
        return False  # the verb does not open its clause (a relative clause, a complement's own subject)
    lo = toks[first].start if first < len(toks) else m.start
    if any(lo <= a.start and a.end <= m.start for a in pool):
        return False
    j = _tok_of(doc, cand)
    if cand.start < toks[m.first].end or j - m.last > 15:
        return False
    if j > m.last + 1 and _plural_subject_after(doc, m.last + 1):
        return False  # "انتقد دبلوماسيون قرار الحكومة الروسية": the verb has its subject; the party is in the object
    if j == m.last + 1 and _patient_construct(doc, m):
        return False  # "أطلق أمس سراح الرهينة الفرنسية": the noun's complement was released
    for k in range(m.last + 1, j):
        t = toks[k]
        if (t.is_punct and t.norm not in QUOTE_CHARS) or t.norm in RELATIVES or t.norm in BARE_PREPS or \
                t.norm[:1].isdigit():
            return False  # a clause, a phrase or a count (وصل 120 يمنيا إلى ...) comes first: it is no subject
    return not any(a.start >= toks[m.first].end and a.end <= cand.start for a in pool)


STEM_WUN_WORDS = words("arguments", "stem_wun_words")


def _plural_subject_after(doc: Document, k: int) -> bool:
    """A sound masculine plural in the nominative (ـون) right after the verb, not inside a named party, is the verb's
    own subject (انتقد دبلوماسيون، طالب ناشطون): the nominative case marks it, whatever the actors layer names."""
    t = doc.tokens[k]
    n = t.norm
    return len(n) >= 5 and n.endswith("ون") and n not in STEM_WUN_WORDS and \
        not any(a.start <= t.start < a.end and a.country for a in doc.actors or ())  # a bare term is one too


PATIENT_CONSTRUCT_NOUNS = words("arguments", "patient_construct_nouns")


def _patient_construct(doc: Document, m: TriggerMatch) -> bool:
    """A verb trigger ending in a noun whose complement is the act's patient (أطلق سراح): what follows that noun,
    or what its pronoun refers to, undergoes the act."""
    return not is_noun_trigger(m) and m.last > m.first and doc.tokens[m.last].stem_norm in PATIENT_CONSTRUCT_NOUNS


def _released_topic(doc: Document, m: TriggerMatch, subject: Actor, res: Arguments) -> bool:
    """``قال X إن امرأة فرنسية خطفت في اليمن أطلق سراحها``: a feminine party before a masculine verb cannot be its
    subject (a verb after its subject agrees with it); the feminine pronoun on the patient noun points back to it,
    so the verb is a passive (أُطلق) and the party is the one released."""
    toks = doc.tokens
    if not _patient_construct(doc, m) or res.rules[-1:] != ["subject:before"] or subject.end > m.start:
        return False
    verb, noun = toks[m.first], toks[m.last]
    if m.head_tag not in ("perf", "pass") or verb.norm.endswith(("ت", "وا")) or \
            [e.text for e in noun.enclitics] != ["ها"]:
        return False
    return _feminine(subject) or any(w.endswith("ة") for w in normalize_word(subject.text).split())


def _inside_set_off_relative(doc: Document, subj_end: int, j: int) -> bool:
    """Is token j inside a relative clause opened by "، الذي/التي" right after the subject and not yet closed by a
    comma?"""
    toks = doc.tokens
    k = subj_end + 1
    while k < j and k - subj_end <= 4 and not toks[k].is_punct:
        k += 1  # the subject's own adjectives (الكردية)
    if k + 1 >= j or toks[k].norm not in ("،", ",") or toks[k + 1].norm not in RELATIVES:
        return False
    return not any(toks[i].norm in ("،", ",") for i in range(k + 2, j))


DEAL_NOUNS = words("arguments", "deal_nouns")
DEAL_ADJECTIVES = words("arguments", "deal_adjectives")


CIRCUMSTANCE_MASDARS = words("arguments", "circumstance_masdars")
WITH_WORDS = frozenset(normalize_word(w) for w in "مع ومع".split())


def _with_circumstance(doc: Document, lo: int, j: int) -> bool:
    """A مع + verbal noun of a happening between token lo and the mention at token j, with no punctuation after it
    (اجتمع X، مع اقتراب موعد زيارة الرئيس Y): the phrase says when or as what happened, "as Y's visit nears"; Y is
    named inside it, no partner or object of the verb."""
    toks = doc.tokens
    for k in range(j - 1, lo, -1):
        if toks[k].is_punct:
            return False
        if toks[k].norm in WITH_WORDS and k + 1 < j and \
                any(f in CIRCUMSTANCE_MASDARS for f in peel_forms(toks[k + 1].norm, preps="بل", article=True)):
            return True
    return False


def _deal_partner(doc: Document, m: TriggerMatch, j: int) -> bool:
    """The مع governing the mention at token j follows a deal noun outside the trigger (الاتفاق [النووي] مع X):
    X is the deal's partner, named inside the act's topic, not a party of the act itself."""
    toks = doc.tokens
    p = next((k for k in range(j - 1, max(m.last, j - 3), -1) if toks[k].norm in ("مع", "ومع")), None)
    if p is None:
        return False
    k = p - 1
    while k > m.last and p - k <= 2 and toks[k].norm in DEAL_ADJECTIVES:
        k -= 1
    return k > m.last and toks[k].norm in DEAL_NOUNS


def _owner_of_refused_act(doc: Document, m: TriggerMatch, a: Actor, j: int, subj_group: list[Actor]) -> bool:
    """A party right after the act noun a refusal governs with ب (لن نسمح بتدخل إيران، لن تقبل بأي تدخل إيراني).

    The refused act is a ب-noun just after the trigger (or بأي before it); the party in construct after it, or the
    nationality adjective on it, is the one whose act is refused: the refusal's recipient, unless it is the
    subject's own country."""
    toks = doc.tokens
    if m.pattern.type != "REJECT" or not a.country or a.country in {x.country for x in subj_group}:
        return False
    if j != m.last + 2 or _prep_before(doc, a, m.first + 1) is not None:
        return False
    governed = toks[m.last + 1].norm
    return governed[:1] == "ب" and len(governed) > 2 and not toks[m.last + 1].is_punct


def _recipient(doc: Document, m: TriggerMatch, pool, subj_group, taken: set, res: Arguments):
    """(recipient group, actor introduced by من for role ``from``)."""
    toks = doc.tokens
    pattern = m.pattern
    is_noun = m.head_tag == "" or "noverb" in pattern.roles
    head_end = toks[m.first].end
    if "subject:main-clause-of-possessed-noun" in res.rules:
        subj_group = []  # the subject is in the main clause after the comma; the noun's object follows it
    search_from = max([head_end] + [a.end for a in subj_group if a.start >= m.start])
    subj_end = max([-1] + [token_at(doc, x.end - 1, 0, len(toks)) for x in subj_group if x.start >= m.start])
    holder = next((a for a in pool if subj_end >= 0 and a.kind == "person" and
                   subj_end + 1 <= _tok_of(doc, a) <= subj_end + 3 and
                   _is_apposition(doc, a, subj_group, _tok_of(doc, a), subj_end)), None)
    if holder is not None:  # "هاجم نائب رئيس شرطة دبي ضاحي خلفان ميليشيا X": the object follows the holder's name
        subj_end = token_at(doc, holder.end - 1, 0, len(toks))

    def usable(a: Actor) -> bool:
        if a.start >= m.end or _prep_before(doc, a, m.first + 1) is not None:
            return True
        if not is_noun and m.start <= a.start < m.end and _tok_of(doc, a) == m.first + 1 and \
                not a.kind.startswith("poss"):
            return True  # the object right after the verb inside a frame (دعا [X] إلى الحوار)
        if subj_end >= 0 and _tok_of(doc, a) - subj_end <= 2:
            return True  # object right after an in-frame subject
        if not is_noun and subj_end >= 0 and m.start <= a.start < m.end and _tok_of(doc, a) > subj_end and \
                m.pattern.type in PERSON_OBJECT_TYPES:
            return True  # "هاجم X، الأمين العام لـ«Y» فلان، واصفا": the object inside a wide frame's gap
        return subj_end >= 0 and _apposed_name(doc, subj_end + 1, _tok_of(doc, a))  # "X، تسيبي حوطوفلي، Y"

    cands = [a for a in pool if a.start >= search_from and id(a) not in taken and usable(a)]
    if _giving_noun(doc, m):
        given = next((a for a in pool if _tok_of(doc, a) == m.first + 1 and id(a) not in taken and
                      toks[m.first + 1].start == a.start), None)
        if given is not None:
            res.rules.append("recipient:genitive-of-giving-noun")
            return _coordinate(doc, given, pool), None
    subj_after = any(x.start >= m.start for x in subj_group)
    gap_from = max([m.last] + [token_at(doc, x.end - 1, 0, len(toks)) for x in subj_group if x.start >= m.start])
    from_actor = None
    joined = _verb_triggers(doc)[1]
    appos_end = gap_from
    chosen, rule = None, ""
    preferred = None
    neighbours = []  # "على الحدود مع العراق وسوريا": every conjunct of a border neighbour is one too
    for a in cands:
        j = _tok_of(doc, a)
        if j - gap_from > 20 or _new_clause(doc, max(gap_from, m.last) + 1, j):
            break
        if any(toks[k].norm in COMPLEMENTIZERS or toks[k].norm in CLAUSE_OPENERS for k in range(m.last + 1, j)):
            break  # "اتفقت X و Y على أن ...": a content clause names no recipient
        if joined and any(joined.get(k, pattern.type) != pattern.type for k in range(m.last + 1, j)):
            break  # "رحبت X بالهدنة ودعت Y": Y is the object of the coordinated verb (شن غارات ... وقصفت X: one act)
        if a.kind.startswith("poss") and a.country and a.country in {x.country for x in subj_group}:
            continue  # "عن دعم بلاده للحكومة الليبية": the subject's own country is no second party
        if pattern.type == "COERCE" and _in_protesters_relative(doc, m, gap_from, j):
            continue  # "فرقت الشرطة المتظاهرين الذين كانوا يدينون X": X is what they protested, not the target
        if _with_circumstance(doc, max(gap_from, m.last), j):
            continue  # "اجتمع X، مع اقتراب موعد زيارة الرئيس Y": as Y's visit nears, Y is no partner
        prep = _prep_before(doc, a, m.first + 1)
        if prep is None and subj_after and victim_parties.descriptor_apposition(doc, gap_from, j):
            continue  # "خطفت جبهة النصرة، ذراع تنظيم القاعدة في سوريا، خمسة مقاتلين": it describes the subject
        if prep is None and _among_after_li(doc, j, m.last + 1):
            prep = "ل"  # "مساعدات لدول منها اليونان وإيطاليا": the named members of the recipients
        if prep in ("ضد", "بحق") and pattern.type in COOPERATIVE_TYPES:
            continue  # "اتفقتا على شن ضربات ضد X": X is the target of the agreed act, not a party
        if prep == "مع" and j >= 2 and (toks[j - 2].norm in BORDER_NOUNS or (
                j >= 3 and toks[j - 3].norm in BORDER_NOUNS and toks[j - 1].norm == "مع")):
            neighbours.append(a)
            continue  # "تأمين حدود تركيا مع سوريا": the neighbour across a border, not a partner
        if prep == "مع" and any(a in _coordinate(doc, b, pool)[1:] for b in neighbours):
            continue  # "على الحدود مع العراق وسوريا": Syria is a neighbour too
        if prep == "مع" and pattern.type not in RECIPROCAL_TYPES and \
                pattern.cameo not in SIGNING_CODES and _deal_partner(doc, m, j):
            continue  # "ملوحا بالتصويت برفض الاتفاق النووي مع إيران": the deal's partner, not the one threatened
        if prep in TO_PREPS and pattern.type in ACCUSED_TYPES and \
                any(toks[k].norm in CONSEQUENCE_VERBS for k in range(max(m.last + 1, j - 4), j)):
            continue  # "ندد بالهجوم الذي أدى إلى مقتل طفل X": the victim of the act, not the accused
        if prep == "من" and "from" in pattern.roles and from_actor is None:
            from_actor = a
            continue
        if prep is not None and any(toks[k].norm in ATTRIBUTE_PARTICIPLES for k in range(max(gap_from + 1, j - 2), j)):
            continue  # "زعيم الحزب الموالي للأكراد": the phrase describes the subject, it names no other party
        if prep in ("ل", "لـ") and subj_after and j - subj_end <= 2 and _owner(doc, j, subj_end + 1):
            continue  # "تبنى مجلس الأمن التابع للأمم المتحدة الاتفاق": the subject's owner, no other party
        if a.kind == "person" and subj_after and 0 < j - subj_end <= 5 and \
                any(x.kind == "title" and x.country == a.country and x.sector == a.sector for x in subj_group) and \
                not any(toks[k].is_punct for k in range(subj_end + 1, j)):
            continue  # "مبعوث الأمم المتحدة الخاص إلى سوريا فلان": the title's holder, not a second party
        if j >= 1 and toks[j - 1].norm in PORTFOLIO:
            continue  # "الأمين العام المساعد لشؤون فلسطين": the office's portfolio, not a party
        if prep is None and _ally_apposition(doc, gap_from, j, pool):
            continue  # "ميليشيات X وحليفها المخلوع، Y، محافظة Z": Y is the named party's ally, not the object
        if subj_after and _inside_set_off_relative(doc, subj_end, j):
            continue  # "حذر الوزير، الذي يزور بغداد، الحكومة": a noun inside a relative clause on the subject
        if prep is None and subj_after and a.kind == "country" and j - subj_end == 2 and \
                not toks[j - 1].is_punct and not toks[j - 1].norm.startswith(DEFINITE) and \
                a.country in {x.country for x in subj_group if x.kind == "person"}:
            continue  # "دعا شوقي علام مفتي مصر الدول": the country of the subject's own title, not the object
        if prep in ("ل", "لـ") and subj_after and len(subj_group) == 1 and subj_group[0].country is None and \
                subj_group[0].kind == "person" and a.country and a.kind in ("igo", "group", "body", "country") and \
                _office_after(doc, gap_from + 1, j):
            res.subject_body = a  # "استنكر السفير فلان الأمين العام المساعد للجامعة العربية": his office's body
            continue
        if prep in ("ل", "لـ") and subj_after and a.kind in ("title", "person") and a.country and \
                a.country in {x.country for x in subj_group} and 0 < j - appos_end <= 10:
            appos_end = token_at(doc, a.end - 1, 0, len(toks))  # "X النائب الثاني لرئيس مجلس الوزراء": in X's title
            continue
        if prep is not None and prep != "من":
            if pattern.type == "ACCUSE" and prep in ("على", "علي", "ضد") and \
                    any(toks[k].norm in CONDEMNED_ACTS for k in range(m.last + 1, j)):
                continue  # "أدان الاعتداء على السفارة X": the condemned attack's target, not the accused
            if prep in ("ل", "ب") and any(toks[k].norm in RELATIVES for k in range(gap_from + 1, j)):
                continue  # "استنكر التفجير الذي استهدف مسجدا لعناصر X", "قصفت مركبا، الذي كان محملا بمسلحين"
            if prep in ("الى", "الي") and rule == "recipient:prep-من" and pattern.type == "CONSULT":
                chosen = None  # "سلم رسالة من X إلى Y": X sent it, Y receives it
            if chosen is None:
                chosen, rule = a, f"recipient:prep-{prep}"
            if pattern.type in CONFRONT_TYPES and prep in CONFRONT_PREPS and preferred is None:
                preferred = (a, f"recipient:prep-{prep}")
            elif prep == "مع" and pattern.type in RECIPROCAL_TYPES and preferred is None and chosen is not a and \
                    rule.startswith("recipient:prep-") and chosen.country and \
                    chosen.country in {x.country for x in subj_group}:
                preferred = (a, "recipient:prep-مع-after-own-title")  # "X نائب القائد الأعلى للقوات Y، مع Z"
            continue
        if chosen is not None:
            continue
        if prep == "من" and pattern.type in ("RETREAT", "REQUEST", "SANCTION", "CONSULT"):
            chosen, rule = a, "recipient:prep-من"
            continue
        if prep is None and m.last > m.first and j == m.last + 1 and _li_force_head(toks[m.last].norm):
            chosen, rule = a, "recipient:owner-of-li-force"  # "فتحت قاعدة ... لطائرات التحالف": whose planes
            continue
        if prep is None and j > m.first and not is_noun and (
                (subj_after and _is_apposition(doc, a, subj_group, j, appos_end))  # (not after an SVO verb)
                or (not a.country and subj_group and j - gap_from <= 1 and (a.kind != "group" or is_generic(a))
                    and a.sector not in BODY_SECTORS  # "ناشد الصليب الأحمر المجتمع الدولي": a body is the object
                    and not _armed_object(a, subj_group))  # "حاصرت القوات X المتمردين": the rebels are the object
                or (subj_group and not any(x.country for x in subj_group) and j - gap_from <= 1
                    and a.kind in ("person", "title"))):
            if subj_after and _is_apposition(doc, a, subj_group, j, appos_end):
                appos_end = token_at(doc, a.end - 1, 0, len(toks))  # a chain of titles: the next one is measured from here
            continue  # "الأمير محمد بن سلمان ولي العهد": a title of the subject, not its object
        if prep is None and j > m.first and not is_noun and not subj_after and _comma_then_verb(doc, gap_from + 1, j):
            break  # "إسرائيل تحذر أوروبا من جهتها، حذرت نائبة وزير ...": a noun after "، V" is in another clause
        if prep is None and j > m.first and not is_noun and j - gap_from <= 20 and not _governed(doc, a, m.first + 1):
            if any(toks[k].norm in AGENT_RELATIVES for k in range(max(gap_from + 1, j - 2), j)):
                continue  # "في تفجير نفذه X": X did the act named by a noun, it is no object of the verb
            rel = next((k for k in range(gap_from + 1, j) if toks[k].norm in RELATIVES), None)
            if rel is not None and pattern.type == "ACCUSE" and _doer_after_resumptive(doc, rel, j):
                chosen, rule = a, "recipient:doer-of-condemned-act"
                break  # the doer named, the victims after it (بحق المدنيين) are not the accused
            if rel is not None and pattern.type in ("ACCUSE", "REJECT"):
                continue  # "ندد بالهجوم الذي استهدف قوات X": the condemned act's target is no party to the condemnation
            if rel is not None and any(toks[k].norm in REL_PHRASE or toks[k].norm[:1] == "ب" for k in range(rel + 1, j)):
                continue  # "أدان الاعتداء الذي وقع في مسجد قوات X": a noun in a relative clause's phrase is no object
            if pattern.type == "REQUEST" and _collective_addressee_before(doc, max(m.first, subj_end) + 1, j):
                res.rules.append("recipient:none-after-collective-addressee")
                break  # "دعا X المجتمع الدولي إلى التدخل لإلزام Y": the addressee is no actor, Y is in the asked act
            chosen, rule = a, "recipient:object"
            continue
        if prep is None and m.last > m.first and toks[m.last].norm in FRAME_FINAL_PREPS and (
                j == m.last + 1 or (j == m.last + 2 and toks[m.last + 1].norm in FORCE_HEADS)):
            chosen, rule = a, "recipient:after-frame-preposition"  # "فتح قاعدة ... أمام (طائرات) التحالف"
            continue
        if prep is None and is_noun and j == m.last + 1 and _pronoun_noun(doc, m):
            chosen, rule = a, "recipient:object-of-possessed-noun"
            continue
        if prep is None and is_noun and subj_after and "subject:genitive-of-noun" in res.rules and \
                j - gap_from == 1 and a.country and a.country not in {x.country for x in subj_group}:
            chosen, rule = a, "recipient:object-after-genitive-agent"  # "لقاء الرئيس X نظيره Y": the masdar's object
            continue
        if prep is None and not is_noun and j > m.first and _coordinated_office(doc, gap_from + 1, j, a):
            chosen, rule = a, "recipient:object-coordinated-office"  # "التقى X المبعوث الخاص ورئيس بعثة Y"
            continue
        if _owner_of_refused_act(doc, m, a, j, subj_group):
            chosen, rule = a, "recipient:owner-of-refused-act"  # "لن تسمح بأي تدخل إيراني": Iran is refused
            continue
        if prep is None and j - gap_from <= 2 and j > m.first:
            if not is_noun:
                chosen, rule = a, "recipient:object"
            elif (pattern.type in GENITIVE_OBJECT_TYPES or _complement_noun(doc, m)) and j - m.last <= 1:
                chosen, rule = a, "recipient:genitive"
    if preferred is not None and not (rule == "recipient:object" and pattern.type in PERSON_OBJECT_TYPES):
        chosen, rule = preferred  # "اتهم X Y باستخدام ... ضد Z": the accused is the direct object, not Z
    if chosen is None:
        return [], from_actor
    res.rules.append(rule)
    return _coordinate(doc, chosen, pool), from_actor


OWNED_ATTACK_NOUNS = words("arguments", "owned_attack_nouns")
OWNER_REACH = 25  # "قتل 13 شخصا الأحد في مالاري التي ...، خلال هجوم انتقامي لجماعة X": the attack noun comes late


def _owner_of_attack_noun(doc: Document, m: TriggerMatch, pool: list[Actor], end: int) -> Optional[Actor]:
    """The party with ل right after an attack noun (one adjective between at most) that follows a death verb.

    Why: "قتل 13 شخصا خلال هجوم انتقامي لجماعة X"، "قتل القيادي Y بعد هجوم كاسح للمقاومة"، "في غارات لطيران
    التحالف": the ل of such a noun names whose attack it was (its doer), so the deaths were X's act; X is neither a
    victim nor absent. A party after "على" or in a relative clause is not reached (only the phrase right after)."""
    toks = doc.tokens
    for a in pool:
        i = _tok_of(doc, a)
        if i <= m.last or i >= end or i - m.last > OWNER_REACH or is_generic(a):
            continue
        t = toks[i]
        if t.norm[:1] != "ل" or not t.proclitics or normalize_word(t.proclitics[0].text) not in ("ل", "لل"):
            if not (i >= 1 and (toks[i - 1].norm in ("ل", "لـ") or
                                (toks[i - 1].norm[:1] == "ل" and toks[i - 1].norm[1:] in FORCE_HEADS))):
                continue
            i -= 1  # "بقصف لـ ميليشيا X": the ل written apart; "غارات لطيران X": the party's aircraft
        k = i - 1
        if k > m.last and not toks[k].is_punct and peel(toks[k].norm, conj="وبف", article=True) not in \
                OWNED_ATTACK_NOUNS:
            k -= 1  # one adjective (انتقامي، كاسح، مفترضة)
        if k > m.last and peel(toks[k].norm, conj="وبف", article=True) in OWNED_ATTACK_NOUNS and \
                (toks[k - 1].norm in ACT_NOUN_PREPS or toks[k].norm[:1] == "ب"):
            return a
    return None


COLLECTIVE_ADDRESSEES = words("arguments", "collective_addressees")


def _complement_opener(tok) -> bool:
    """Does the token open a request's complement (إلى، بـ/لـ + noun) or a relative clause?"""
    n = tok.norm
    if n in ("الى", "الي") or n in RELATIVES:
        return True
    return any(normalize_word(p.text) in ("ب", "ل") for p in tok.proclitics) and len(n) > 3  # بالتحرك: ب + ال


def _collective_addressee_before(doc: Document, lo: int, j: int) -> bool:
    """Is the first word after a request's subject a collective addressee that is no actor (المجتمع الدولي، دول
    المنطقة), with the complement or a relative clause opening between it and the party at token j?

    Why: the one asked is then that collective; a party named inside the asked act (إلى إلزام Y) or in a relative
    clause on the collective (التي تحارب Y) is not asked anything, and the gold leaves the recipient empty."""
    toks = doc.tokens
    comma = next((i for i in range(lo, min(lo + 4, j)) if toks[i].norm in ("،", ",")), None)
    k = lo if comma is None or toks[lo].norm in COLLECTIVE_ADDRESSEES else comma  # "X بيتر مورير، المجتمع": past a name
    while k < j and (toks[k].is_punct or toks[k].norm in TIME_WORDS):
        k += 1
    if k >= j or toks[k].norm not in COLLECTIVE_ADDRESSEES or in_mention(doc, toks[k].start):
        return False
    return any(_complement_opener(toks[i]) for i in range(k + 1, j))


ALLY_NOUNS = words("arguments", "ally_nouns")
ALLY_GAP = 3  # "وحليفها المخلوع، علي": the name follows the ally noun after an adjective and a comma at most


DOER_RELATIVE_VERBS = words("arguments", "doer_relative_verbs")
CONTINUING_VERBS = words("arguments", "continuing_verbs")


def _doer_after_resumptive(doc: Document, rel: int, j: int) -> bool:
    """``أدان الجرائم التي ترتكبها X``: a relative verb carrying a pronoun back to the condemned noun has X as its
    subject, the doer of what is condemned, so X is the one accused (unlike ``الهجوم الذي استهدف X``)."""
    toks = doc.tokens
    if toks[rel + 1].norm in DOER_RELATIVE_VERBS:
        return j == rel + 2 or (j == rel + 3 and toks[rel + 2].norm in FORCE_HEADS)
    k = rel + 1  # "التصريحات التي ما فتئت X تطلقها / في ترديدها": a verb of going on, then its subject
    if k + 1 < j and toks[k].norm in ("ما", "لا") and toks[k + 1].norm in CONTINUING_VERBS and j == k + 2:
        return any(_carries_object_back(toks[x].norm) for x in range(j + 1, min(j + 5, len(toks))))
    return False


def _carries_object_back(w: str) -> bool:
    """A verb or verbal noun with an object pronoun (تطلقها، ترديدها), not a preposition with one (فيه، عليها)."""
    return len(w) >= 5 and w.endswith(("ها", "ه")) and not w.startswith(("علي", "الي", "لدي", "عن", "من", "في"))


def _ally_apposition(doc: Document, gap_from: int, j: int, pool) -> bool:
    """The first name right after "و + ally noun with a pronoun" (وحليفها المخلوع، Y) names the ally of a party
    already named: one side of the act, not its object (a second name after it may be the object)."""
    toks = doc.tokens
    for k in range(max(gap_from + 1, j - ALLY_GAP), j):
        w = toks[k].norm
        if w[:1] == "و" and w[1:] in ALLY_NOUNS:
            return all(toks[x].is_punct or toks[x].norm.startswith("ال") for x in range(k + 1, j)) and \
                not any(toks[k].end <= b.start < toks[j].start for b in pool)
    return False


BORDER_NOUNS = frozenset(normalize_word(w) for w in (
    "حدود الحدود حدودها حدوده الحدودي الحدودية الشريط").split())


# a frame ending in its preposition (فتح قاعدة أمام، شن هجوما على): the noun after it is the frame's object
FRAME_FINAL_PREPS = RECIP_PREPS - {"من", "عن"} | frozenset(normalize_word(w) for w in "امام أمام".split())
PERSON_OBJECT_TYPES = frozenset(("ACCUSE", "THREATEN", "REQUEST"))
RELATION_TYPES = frozenset(("SUPPORT", "COOPERATE", "AGREE", "CONSULT"))
COOPERATIVE_TYPES = RELATION_TYPES | frozenset(("AID",))


def _relations_partner(doc: Document, m: TriggerMatch, pool: list[Actor], own: set,
                       after_tok: int = -1) -> list[Actor]:
    """``أشاد X بالعلاقات التي تربط (بين) بلاده و Y``: the other party of the relations is the recipient (the
    relations word is looked for right after the trigger or after a long VSO subject ending at ``after_tok``)."""
    toks = doc.tokens
    lo = max(m.last, after_tok)
    rel = next((k for k in range(m.last + 1, min(len(toks), lo + 9))
                if "علاقات" in toks[k].norm or "العلاقة" in toks[k].norm), None)
    if rel is None:
        return []
    for a in pool:
        j = _tok_of(doc, a)
        if j <= rel:
            continue
        if j - rel > 10 or _new_clause(doc, rel, j):
            break
        if a.country and a.country not in own:
            return [a]
    return []


def _perpetrator(doc: Document, m: TriggerMatch, after: list[Actor], first: int, taken: set) -> Optional[Actor]:
    """``أدان X الاقتحامات ... من قبل Y`` / ``الهجوم الذي شنه Y``: the agent of the condemned act."""
    toks = doc.tokens
    # counted from the end of the verb's own subject when it follows the verb (a long title and name)
    base = max([m.last] + [token_at(doc, a.end - 1, 0, len(toks)) for a in after if id(a) in taken])
    for a in after:
        if id(a) in taken:
            continue
        j = _tok_of(doc, a)
        if j - base > 30 or (j - base > 14 and m.pattern.type != "ACCUSE"):
            break
        prev = [toks[k].norm for k in range(max(first, j - 2), j)]
        if j - base <= 14 and (prev[-2:] == ["من", "قبل"] or _after_agent_relative(prev)):
            return a
        if m.pattern.type == "ACCUSE" and not is_generic(a) and j - 2 > base and (
                (toks[j - 2].norm in WHEN_WORDS and not is_speech(toks[j - 1].norm) and not toks[j - 1].is_punct)
                or (j - 3 > base and toks[j - 3].norm in WHEN_WORDS and not is_speech(toks[j - 2].norm)
                    and toks[j - 1].norm in HANDS_OF_HEADS | FORCE_HEADS)):
            return a  # "ندد بالهجوم ... بعدما أضرم مستوطنون إسرائيليون النار": the condemned act's doers
    return None


def _prefer_specific(actors: list[Actor], res: Optional[Arguments] = None) -> list[Actor]:
    """Bare sector terms without a country (قوات، السلطات، مسلحون) name no participant (the gold convention:
    an unnamed perpetrator or target is an empty role); the events keep them only through the explanation."""
    if res is not None:
        res.rules.extend(f"dropped-generic:{a.text}" for a in actors if is_generic(a))
    if any(not is_generic(a) for a in actors):
        return [a for a in actors if not is_generic(a)]
    return actors


ACT_NOUNS = frozenset(normalize_word(w) for w in (
    "تفجير تفجيري هجوم هجومي اعتداء اعتداءي حادث حادثي عملية عمل تفجيرات هجمات اعتداءات").split())


def _attributive(doc: Document, a: Actor, res: Arguments) -> bool:
    """``التفجير الإرهابي``، ``العمل الإجرامي``: a bare nisba adjective after a definite noun describes the act."""
    if not is_generic(a):
        return False
    toks = doc.tokens
    i = token_at(doc, a.start, 0, len(toks))
    if i == 0 or i >= len(toks) or toks[i].end < a.end:
        return False  # more than one word
    n, prev = toks[i].norm, toks[i - 1]
    # "تفجير سروج الإرهابي": the act noun in construct with a place name, then the adjective
    construct = i >= 2 and toks[i - 2].norm.lstrip("وب") in ACT_NOUNS and not prev.is_punct
    if n.startswith("ال") and n.endswith(("ي", "ية")) and (prev.norm.startswith("ال") or construct) and \
            not prev.is_punct and not any(b.start <= prev.start < b.end for b in doc.actors):
        res.rules.append(f"attribute-not-actor:{a.text}")
        return True
    return False


STATE_SECTORS = frozenset(("GOV", "COP", "JUD", "LEG"))
# unnamed people of these kinds (المتظاهرون، النشطاء، الطلاب) in a sentence about one country are its people;
# armed men, refugees and migrants often are not
# (the Arabic GSR leaves protesters countryless, so CVL only outside PROTEST); only for the actor side
CIVIL_SECTORS = frozenset(("JRN", "EDU", "AGR", "HRI", "LAB", "HLH", "REL", "BUS", "ACT"))


_COUNTRIES: tuple = ((), {})  # (what the answers depend on, {sentence: its one country}): the last document's


def _sentence_country(doc: Document, m: TriggerMatch, index: Optional[int] = None) -> Optional[str]:
    """The one country the trigger's sentence speaks of (actors and places), if there is exactly one; found once
    per sentence."""
    global _COUNTRIES
    held, by_sent = _COUNTRIES
    places = getattr(doc, "places", None)
    if len(held) != 5 or held[0] is not doc.sentences or held[1] is not doc.actors or held[2] != len(doc.actors) \
            or held[3] is not places or held[4] != len(places or ()):
        by_sent = {}
        _COUNTRIES = ((doc.sentences, doc.actors, len(doc.actors), places, len(places or ())), by_sent)
    index = m.sentence if index is None else index
    if index not in by_sent:
        by_sent[index] = _one_country(doc, index)
    return by_sent[index]


_PLACES_BY_START = PerDocument(_by_start)  # the document's places sorted by start, and their starts


def _one_country(doc: Document, index: int) -> Optional[str]:
    """``_sentence_country`` of sentence ``index``, worked out."""
    sent = doc.sentences[index]
    found = {a.country for a in _actors_in(doc, sent.start, sent.end) if a.country}
    by_start, starts = _PLACES_BY_START(getattr(doc, "places", []) or [])
    found |= {p.country for p in by_start[bisect_left(starts, sent.start):bisect_left(starts, sent.end)] if p.country}
    found -= {"IGO", "NGO", "KUR"}
    return next(iter(found)) if len(found) == 1 else None


def _article_country(doc: Document, m: TriggerMatch) -> Optional[str]:
    """The one country of the nearest earlier sentence (up to three back) that speaks of exactly one: the setting
    a countryless local party (المقاومة، قوات النظام) of a sentence naming no country belongs to."""
    for k in range(m.sentence - 1, max(-1, m.sentence - 4), -1):
        c = _sentence_country(doc, m, k)
        if c:
            return c
    return None


def _domestic(a: Actor) -> bool:
    """A countryless local party that only exists inside one country: the regime and its forces, the opposition,
    the (popular) resistance, the factions, the militias, the rebels (المتمردين: a country's own insurgents)."""
    if not is_generic(a):
        return False
    n = normalize_word(a.text)
    return a.sector == "OPP" or "النظام" in n or (
        a.sector == "REB" and any(w in n for w in ("مقاوم", "فصائل", "ميليشي", "مليشي", "متمرد")))


def _implied_people(doc: Document, m: TriggerMatch, country: str, res: Arguments) -> list[Actor]:
    """``خرجت تظاهرات في البصرة``: a protest naming no protesters, held in a place of the one country its sentence
    speaks of, is by that country's people (the span is the place; a dateline or an actor does not count)."""
    toks = doc.tokens
    lo, hi = res.region
    spans = []
    for p in getattr(doc, "places", []) or []:
        i = token_at(doc, p.start, 0, len(toks))
        if not (lo <= i < hi) or p.country != country:
            continue
        prev = [toks[k].norm for k in range(max(lo, i - 3), i)]
        if any(w in ("في", "فى", "وفي") for w in prev) or toks[i].start < p.start:  # في البصرة، بمدينة X
            spans.append((p.start, p.end, p.text))
    if not spans:
        return []
    start, end, text = min(spans)
    res.rules.append(f"actor:people-of-sentence-country={country}")
    return [Actor(text, start, end, text, text, country, None, kind="implied")]


def _with_context_country(a: Actor, country: Optional[str], res: Arguments, civil=False) -> Actor:
    """A bare state body (السلطات الأمنية، قوات الأمن) or unnamed civilians (المتظاهرون) act for the one country
    their sentence is about."""
    if country and is_generic(a) and (a.sector in STATE_SECTORS or (civil and a.sector in CIVIL_SECTORS) or
                                      _domestic(a) or (civil == "crowd" and a.sector == "CVL")):
        res.rules.append(f"country-from-sentence:{a.text}={country}")
        return replace(a, country=country)
    return a


def _apposed(doc: Document, actors: list[Actor], pool: list[Actor], res: Arguments) -> list[Actor]:
    """``الرئيس الحسن واتارا رئيس جمهورية كوت ديفوار``: a person with no country followed (within three words)
    by a title with one takes that title's actor."""
    out = []
    for a in actors:
        if not a.country and a.kind in ("person", "title"):
            nxt = [b for b in pool if b.start >= a.end and b.country and b.kind in ("person", "title") and
                   len(doc.text[a.end:b.start].split()) <= 3 and not any(c in doc.text[a.end:b.start] for c in ".:؛")]
            if nxt and _prep_before(doc, nxt[0], 0) is None:
                res.rules.append(f"apposition:{a.text}->{nxt[0].text}")
                out.append(nxt[0])
                continue
        out.append(a)
    return out


BETWEEN = frozenset(normalize_word(w) for w in ("بين", "وبين"))


def _between_frame(doc: Document, m: TriggerMatch, after: list[Actor], first: int, free: bool) -> Optional[list]:
    """``(اتصال هاتفي جرى) بين (الرئيسين) X و Y``: the parties named after بين, near the trigger. A verb with its
    own subject (``بحث X ... العلاقات بين البلدين``) keeps it; a noun or a subjectless verb takes the بين parties."""
    toks = doc.tokens
    if not free:
        return None
    for a in after:
        j = _tok_of(doc, a)
        if j - m.last > 6:
            return None
        k = next((k for k in range(j - 1, max(first, j - 4) - 1, -1) if toks[k].norm in BETWEEN), None)
        if k is not None and k >= m.last and all(not toks[x].is_punct for x in range(k, j)) and \
                not any(b is not a and k < _tok_of(doc, b) < j for b in after):
            group = _coordinate(doc, a, after)
            if len(group) > 1:
                return group
        if _prep_before(doc, a, m.last + 1) is None:
            return None
    return None


RECEIVE_RELATIVES = frozenset(normalize_word(w) for w in (
    "تلقاه تلقته تلقاها تلقتها يتلقاه تتلقاه تسلمه تسلمته تسلمها تسلمتها").split())


def _received(doc: Document, m: TriggerMatch, after: list[Actor], end: int) -> Optional[tuple[list, list]]:
    """``(اتصال هاتفي / رسالة) تلقاه X من Y``: a relative clause of receiving after a noun trigger; Y, the one
    who called or wrote, is the actor and X the recipient."""
    toks = doc.tokens
    if m.head_tag != "" and "noverb" not in m.pattern.roles:
        return None
    k = next((k for k in range(m.last + 1, min(end, m.last + 3)) if toks[k].norm in RECEIVE_RELATIVES or
              (toks[k].norm[:1] == "و" and toks[k].norm[1:] in RECEIVE_RELATIVES)), None)
    if k is None:
        return None
    receiver = next((a for a in after if _tok_of(doc, a) > k), None)
    if receiver is None or _tok_of(doc, receiver) - k > 4 or _prep_before(doc, receiver, k + 1) is not None:
        return None
    giver = next((a for a in after if a.start >= receiver.end and _tok_of(doc, a) - _tok_of(doc, receiver) <= 12
                  and _prep_before(doc, a, k + 1) == "من"), None)
    if giver is None:
        return None
    return _coordinate(doc, giver, after), [receiver]


RECEIVE_VERBS = frozenset(normalize_word(w) for w in (
    "تلقى تلقت يتلقى تتلقى وتلقى وتلقت ويتلقى وتتلقى تسلم تسلمت يتسلم تتسلم وتسلم وتسلمت").split())
CALL_NOUNS = frozenset(normalize_word(w) for w in (
    "اتصالا اتصال اتصالاً الاتصال مكالمة رسالة برقية برقيتين رسالتين اتصالين خطابا خطاب").split())
CALL_PRONOUNS = frozenset(normalize_word(w) for w in "فيه فيها خلاله خلالها خلالهما".split())


def _received_call(doc: Document, m: TriggerMatch) -> Optional[tuple[list, list, int]]:
    """``تلقى X (، ...) اتصالا هاتفيا (أمس) من Y``: the one who called or wrote (Y) is the actor of the call, X its
    recipient, however long X's titles are. Returns (caller group, receiver group, last token of the caller)."""
    toks = doc.tokens
    sent = doc.sentences[m.sentence]
    lo, hi = sent.token_start, sent.token_end
    r = next((k for k in range(lo, min(hi, m.first + 1)) if toks[k].norm in RECEIVE_VERBS), None)
    if r is None:
        return None
    c = next((k for k in range(r + 1, min(hi, r + 25)) if toks[k].norm in CALL_NOUNS), None)
    if c is None:
        return None
    pool = _merge_adjacent(doc, _actors_in(doc, toks[r].end, toks[hi - 1].end))
    receiver = next((a for a in pool if a.end <= toks[c].start), None)
    if receiver is None or _tok_of(doc, receiver) - r > 4 or _prep_before(doc, receiver, r + 1) is not None:
        return None
    caller = next((a for a in pool if a.start >= toks[c].end and _tok_of(doc, a) - c <= 8
                   and (_prep_before(doc, a, c + 1) == "من" or _from_before_titles(doc, a, c + 1))), None)
    if caller is None:
        return None
    return _coordinate(doc, caller, pool), [receiver], token_at(doc, caller.end - 1, 0, len(toks))


CALLER_TITLE_WORDS = HONORIFICS | frozenset(normalize_word(w) for w in "الملكي الأمير الامير".split())


def _from_before_titles(doc: Document, a: Actor, lo_tok: int) -> bool:
    """``من صاحب السمو الملكي الأمير X``: من before a run of honorifics longer than ``_prep_before`` looks back over
    still governs the caller (round 18a)."""
    toks = doc.tokens
    k = _tok_of(doc, a) - 1
    while k >= lo_tok and k >= _tok_of(doc, a) - 5 and toks[k].norm in CALLER_TITLE_WORDS:
        k -= 1
    return k >= lo_tok and k < _tok_of(doc, a) - 1 and toks[k].norm == "من"


def _call_roles(doc: Document, m: TriggerMatch, res: Arguments) -> Optional[tuple[list, list]]:
    """Actor and recipient of a trigger in a received-call sentence: the receiving verb or the call noun itself
    (caller -> receiver), or what the caller said during it (``أعرب فيه/خلاله عن``: the caller's act)."""
    call = _received_call(doc, m)
    if call is None:
        return None
    caller, receiver, caller_end = call
    toks = doc.tokens
    if m.first < caller_end and (toks[m.first].norm in RECEIVE_VERBS or toks[m.first].norm in CALL_NOUNS or
                                 m.pattern.type == "CONSULT"):
        res.rules.append("received:تلقى-X-اتصالا-من-Y")
        return caller, receiver
    if m.first > caller_end and any(toks[k].norm in CALL_PRONOUNS for k in range(caller_end + 1, m.last + 1)) and \
            m.first - caller_end <= 20:
        res.rules.append("received:caller-speaks-in-call")
        return caller, []
    return None


REL_PHRASE = GOVERNING | LOCATIVE_NOUNS | frozenset(normalize_word(w) for w in "قرب بالقرب عند داخل خارج قبالة".split())
RECIPROCAL_TYPES = frozenset(("CONSULT", "AGREE", "COOPERATE"))
SIGNING_CODES = frozenset(("057",))  # signing an agreement takes two parties whatever the type it is coded as


def _split_parties(group: list[Actor]) -> tuple[list[Actor], list[Actor]]:
    """Coordinated parties of a reciprocal act (اتفقت السعودية ومصر، بين X و Y): the first conjunct (and any other
    mention of its country) is the actor, the others the recipients; one country stays one side."""
    head = group[0]
    if not head.country or len({a.country for a in group if a.country}) < 2:
        return group, []
    side = {a.country for a in group if (a.start, a.end) == (head.start, head.end)}  # a group mention: one side,
    if all((a.start, a.end) == (head.start, head.end) for a in group):
        side = {head.country}  # unless it is alone: "وقعت الكوريتان" are the two parties
    actor = [a for a in group if a.country in side]
    return actor, [a for a in group if a.country not in side]


CONSEQUENCE_VERBS = frozenset(normalize_word(w) for w in "اسفر يسفر أسفر أدى ادى يؤدي خلف يخلف".split())


def _consequence(doc: Document, m: TriggerMatch) -> bool:
    """``(التفجير الذي ...) وأسفر عن مقتل``: the subject of a result verb is an earlier act, not a party; only an
    armed group named before it can be the one who did it."""
    n = doc.tokens[m.first].norm
    for pre in ("", "و", "ف", "م", "مما", "وم"):
        if n.startswith(pre) and n[len(pre):] in CONSEQUENCE_VERBS:
            return True
    return m.first > 0 and doc.tokens[m.first - 1].norm in ("مما", "ما") and n in CONSEQUENCE_VERBS


ACT_NOUN_PREPS = frozenset(normalize_word(w) for w in "خلال أثناء إثر جراء بعد في عقب".split())


def _agent_of_act_noun(doc: Document, a: Actor, m: TriggerMatch) -> bool:
    """``خلال هجوم/مداهمة/تطهير X``: a mention in construct after a noun governed by a time or cause preposition
    after the trigger names who did the act, not who suffered it."""
    if a.start < m.end:
        return False
    i = token_at(doc, a.start, 0, len(doc.tokens))
    if i < 2:
        return False
    noun, prep = doc.tokens[i - 1], doc.tokens[i - 2]
    if not noun.is_punct and not noun.norm.startswith("ال") and prep.norm in ACT_NOUN_PREPS:
        return True
    return m.pattern.type == "ASSAULT" and _owner_of_attack(doc, i)


def _owner_of_attack(doc: Document, i: int) -> bool:
    """``في هجمات (مفترضة) لحركة X``، ``في هجوم لتنظيم X``: the attacks "of" X (ل) after في/خلال were X's acts."""
    toks = doc.tokens
    k = i - 1
    if toks[i].norm[:1] == "ل" and toks[i].norm[1:] in PHRASE_HEADS:
        k = i  # the mention itself starts with ل (لحركة الشباب)
    elif k < 0 or toks[k].norm[:1] != "ل" or toks[k].norm[1:] not in PHRASE_HEADS:
        return False
    k -= 1
    if k >= 1 and not toks[k].is_punct and strip_al(toks[k].norm) not in ACT_NOUNS:
        k -= 1  # one adjective (مفترضة، انتحاري)
    return k >= 1 and toks[k].norm in ACT_NOUNS and toks[k - 1].norm in ACT_NOUN_PREPS


def _count_patient(doc: Document, m: TriggerMatch) -> bool:
    """``قتل 8 حوثيين``، ``اعتقل أكثر من 200 مدرس``: a perfect attack/arrest verb followed at once by a count
    reads as a passive (the count is who was hit); an active verb puts its subject first."""
    toks = doc.tokens
    if m.head_tag not in ("perf", "pass") or m.pattern.type not in ("ASSAULT", "COERCE") or m.first + 1 >= len(toks):
        return False
    head = toks[m.first]
    if head.enclitics or head.norm.endswith(("ت", "وا")):
        return False  # "واحتجزت 68 رهينة": a feminine or plural verb agrees with an elided subject: active
    k = m.first + 1
    while k + 1 < len(toks) and k <= m.first + 2 and toks[k].norm in TIME_WORDS:
        k += 1  # "قتل أمس سبعة من عناصر الشرطة": a time word before the count
    nxt = toks[k].norm
    if k <= m.last:
        return False  # "نفذ 19 غارة": the count inside a frame counts the strikes, not the people hit
    return nxt.isdigit() or nxt in COUNT_WORDS


def _target_hit_with_victims(pattern, res: Arguments) -> bool:
    """``قتل ثمانية أشخاص في هجمات على قوات الأمن X``: in a passive attack the party named after على/ضد is the
    target, hit like the victims; it is never the unnamed agent (the passive's usual swap would make it one)."""
    return pattern.type == "ASSAULT" and any(r in res.rules for r in ("recipient:prep-علي", "recipient:prep-ضد"))


def _count_is_object_of_svo(res: Arguments) -> bool:
    """``قال X إن جيش Y اعتقل عشرات المسلحين``: a complement clause that opens with its subject right before the
    verb (SVO) leaves the count after the verb as its object, so the verb is active, not a passive ``اُعتقل``."""
    return "subject:complement-svo" in res.rules


def _subject_of_complement(doc: Document, m: TriggerMatch, subject: Optional[Actor]) -> bool:
    """``أبلغ X بأن داعش أعدم نحو 50 شخصا``: a subject right after a complementizer and right before the verb
    makes the clause SVO, so the count after the verb is its object (the verb is active, not a passive ``أُعدم``)."""
    if subject is None or token_at(doc, subject.end - 1, 0, len(doc.tokens)) != m.first - 1:
        return False
    k = _tok_of(doc, subject)
    return k > 0 and doc.tokens[k - 1].norm in COMPLEMENTIZERS


VICTIM_VERBS = frozenset(normalize_word(w) for w in "قتل جرح اصيب".split())


def _victim_subject(doc: Document, m: TriggerMatch, res: Arguments) -> bool:
    """``وقتل جندي عراقي في قصف شنه X``: an unvocalized perfect قتل/جرح whose noun after it has no object after it
    is a passive (قُتل): the noun is the one killed. An active verb agreeing with a feminine or plural subject
    (قتلت، قتلوا) or carrying an object pronoun stays active."""
    if m.pattern.type != "ASSAULT" or m.head_tag not in ("perf", "pass") or "subject:vso" not in res.rules:
        return False
    head = doc.tokens[m.first]
    n = head.norm
    if head.enclitics or n.endswith(("ت", "وا")):
        return False
    return n in VICTIM_VERBS or (n[:1] in ("و", "ف") and n[1:] in VICTIM_VERBS)


EXCHANGE_WORDS = words("arguments", "exchange_words")
MAX_EXCHANGE_GAP = 4  # "تبادلت القوات الهندية والباكستانية إطلاق النار": the sides stand between


def _exchanged_attack(doc: Document, m: TriggerMatch, first: int) -> bool:
    """``تبادلت X وY إطلاق النار``: an attack the coordinated sides exchange (an exchange word heading the trigger
    or a few words before it, no punctuation between) is reciprocal, the first side the actor, the others the
    recipients."""
    if m.pattern.type != "ASSAULT":
        return False
    toks = doc.tokens
    for k in range(m.first, max(first, m.first - 1 - MAX_EXCHANGE_GAP) - 1, -1):
        if toks[k].is_punct:
            return False
        if toks[k].norm in EXCHANGE_WORDS:
            return True
    return False


def _raw_passive_alqi(doc: Document, m: TriggerMatch) -> bool:
    """``أُلقي القبض على X``: spelt with ي (not ى) the verb is the passive; normalization merges the two."""
    if m.pattern.type != "COERCE" or doc.tokens[m.first].norm.lstrip("وف") != "القي":
        return False
    raw = doc.text[doc.tokens[m.first].start:doc.tokens[m.first].end]
    return raw.replace("ُ", "").endswith("قي")


FIRED = frozenset(normalize_word(w) for w in "أطلقت أطلق اطلقت اطلق انطلقت انطلق أطلقها أطلقتها".split())


def _fired_from(doc: Document, m: TriggerMatch, after: list[Actor]) -> Optional[Actor]:
    """``قذائف (، ) أطلقت من X``: shells or rockets fired from a party's side: X fired them."""
    toks = doc.tokens
    k = next((k for k in range(m.last + 1, min(len(toks), m.last + 5)) if toks[k].norm in FIRED), None)
    if k is None or k + 1 >= len(toks) or toks[k + 1].norm != "من":
        return None
    return next((a for a in after if _tok_of(doc, a) in (k + 2, k + 3) and a.country), None)


# (a name of its own: VICTIM_NOUNS further down is another, wider list)
CASUALTY_NOUNS = frozenset(normalize_word(w) for w in "مقتل مصرع إصابة اصابة سقوط استشهاد جرح".split())
REPORT_VERBS = frozenset(normalize_word(w) for w in (
    "أعلن أعلنت وأعلن وأعلنت أكد أكدت وأكد وأكدت ذكر ذكرت وذكر وذكرت أفاد أفادت وأفاد وأفادت أورد أوردت نقل نقلت "
    "رجح رجحت أحصى أحصت وثق وثقت نعى نعت ونعى ونعت").split())


REPORT_OBJECT_PUNCT = frozenset('()"«»“”')


def _victim_noun(doc: Document, m: TriggerMatch) -> bool:
    """The trigger is a noun of dying or being hurt (مقتل، مصرع، إصابة): its genitive is the victim."""
    return is_noun_trigger(m) and doc.tokens[m.first].norm.lstrip("وب") in CASUALTY_NOUNS


def _announced_victims(doc: Document, m: TriggerMatch, subject: Actor, res: Arguments) -> bool:
    """``أعلن/ذكر X (اليوم) مقتل ... في هجوم``: X is the subject of the reporting verb whose object is the deaths,
    not their perpetrator."""
    if m.pattern.type != "ASSAULT" or not is_noun_trigger(m) or subject.end > m.start:
        return False
    toks = doc.tokens
    i = token_at(doc, subject.start, 0, len(toks))
    j = token_at(doc, subject.end - 1, 0, len(toks))
    if i < 1 or toks[i - 1].norm not in REPORT_VERBS:
        return False
    # the object of the reporting verb: the first death noun after the subject (a coordinated source, a time word
    # between), with no punctuation before it; the trigger is that noun or comes after it
    # (a date in brackets or the closing quote of a name, "اليوم (السبت) مقتل"، سلطات "ديار بكر" مقتل, does not end it)
    k = next((k for k in range(j + 1, min(m.first + 1, j + 8)) if toks[k].norm.lstrip("وب") in CASUALTY_NOUNS), None)
    if k is None or any(toks[x].is_punct and toks[x].text not in REPORT_OBJECT_PUNCT for x in range(j + 1, k)):
        return False
    res.rules.append(f"subject:reporter-of-deaths={subject.text}")
    return True


WHEN_WORDS = frozenset(normalize_word(w) for w in "حين حينما عندما لدى بعدما عقب إثر اثر".split())
ATTACK_VERBS = frozenset(normalize_word(w) for w in (
    "فتح فتحت فتحوا أطلق أطلقت أطلقوا هاجم هاجمت هاجموا فجر فجرت استهدف استهدفت قصف قصفت شن شنت نصب نصبت "
    "اقتحم اقتحمت").split())


def _when_attacker(doc: Document, m: TriggerMatch, after: list[Actor], end: int) -> Optional[Actor]:
    """``مقتل ثلاثة جنود حين فتح عناصر من X النار``: the subject of an attack verb in the when-clause right after
    the deaths is their perpetrator."""
    toks = doc.tokens
    for k in range(m.last + 1, min(end, m.last + 8) - 1):
        if toks[k].is_punct:
            return None
        if toks[k].norm not in WHEN_WORDS or toks[k + 1].norm not in ATTACK_VERBS:
            continue
        for a in after:
            j = _tok_of(doc, a)
            if k + 1 < j <= k + 5 and a.country and not any(toks[x].is_punct for x in range(k + 2, j)) and \
                    all(toks[x].norm in FORCE_HEADS | {"من"} for x in range(k + 2, j)):
                return a
        return None
    return None


HIT_VERBS = ("قتل", "اصيب", "جرح", "لقي", "سقط", "استشهد")  # prefixes of normalized words


def _hit_before_act_noun(doc: Document, m: TriggerMatch, subject: Actor, res: Arguments) -> bool:
    """``ثلاثة جنود سعوديين أصيبوا/قتلوا في هجوم``: the subject of a verb of being killed or hurt, before the attack
    noun it happened in, is the attack's victim."""
    if m.pattern.type != "ASSAULT" or not is_noun_trigger(m) or subject.end > m.start:
        return False
    toks = doc.tokens
    j = token_at(doc, subject.end - 1, 0, len(toks))
    gap = range(j + 1, m.first)
    if len(gap) > 5 or any(toks[k].is_punct for k in gap):
        return False
    if not any(toks[k].norm.lstrip("و").startswith(HIT_VERBS) for k in gap):
        return False
    res.rules.append(f"recipient:hit-before-act-noun={subject.text}")
    return True


def _counted_party(doc: Document, m: TriggerMatch, after: list[Actor], taken: set) -> Optional[Actor]:
    """``قتل (أمس) سبعة من عناصر X``: the party counted right after a passive attack or arrest verb."""
    toks = doc.tokens
    for a in after:
        j = _tok_of(doc, a)
        if j - m.last > 6 or id(a) in taken:
            return None
        if all(toks[k].norm.isdigit() or toks[k].norm in COUNT_WORDS | TIME_WORDS | FORCE_HEADS | {"من"}
               for k in range(m.last + 1, j)):
            return a
        return None
    return None


def _coordinated_after_place(doc: Document, r: Actor, pool: list[Actor], end: int) -> Optional[Actor]:
    """``مواقع تنظيم داعش في سوريا ومتمردي حزب العمال في شمال العراق``: a target, its place, then "و" and a second
    named target (a head noun like متمردي، مواقع may come between)."""
    nxt = next((b for b in pool if b.start >= r.end), None)
    if nxt is None or _tok_of(doc, nxt) >= end or (nxt.kind not in ("group", "org") and
                                                                not (nxt.ref or "").startswith("group:")):
        return None
    words = _between(doc, r.end, nxt.start).split()
    if not 2 <= len(words) <= 4 or words[0] not in ("في", "فى") or not words[-1].startswith("و"):
        return None
    if any(p in doc.text[r.end:nxt.start] for p in "،,.:؛"):
        return None
    return nxt


TERRITORY_NOUNS = frozenset(normalize_word(w) for w in "الأراضي الاراضي الأجواء الاجواء المياه".split())


def _territory_of(doc: Document, m: TriggerMatch, end: int, res: Arguments) -> Optional[Actor]:
    """``في الأراضي السورية``، ``داخل الأجواء التركية``: the country whose territory the attack was in."""
    toks = doc.tokens
    nis = _nisbas()
    for k in range(m.last + 1, min(end, m.last + 8) - 1):
        if toks[k].is_punct:
            return None
        if toks[k].norm in ("في", "فى", "داخل") and toks[k + 1].norm in TERRITORY_NOUNS and k + 2 < len(toks):
            if toks[k - 1].norm == "من":
                return None  # "من داخل الأراضي X": where the fire came from (_origin_territory)
            c = nis.get(toks[k + 2].norm)
            if c:
                t = toks[k + 2]
                res.rules.append(f"recipient:territory={t.text}")
                return Actor(t.text, t.start, t.end, t.text, t.text, c, None, kind="nationality")
            return None
    return None


WEAPON_NOUNS = frozenset(normalize_word(w) for w in (
    "قصف غارة غارات الغارات ضربة ضربات الضربات القصف الغارة الضربة صواريخ الصواريخ مدفعية "
    "صاروخ صاروخا الصاروخ قذيفة القذيفة قذائف القذائف عبوة العبوة مقذوف المقذوف مقذوفات برميل براميل "
    "البراميل").split())


LAUNCH_RELATIVES = AGENT_RELATIVES | words("arguments", "sending_relatives") | words("arguments", "launch_relatives") | \
    frozenset(normalize_word(w) for w in (
    "أطلقتها أطلقوها أطلقوه أطلقتهما شنوها شنتهما نفذوها زرعها زرعته زرعتها زرعوها ألقتها ألقاها ألقوها").split())
LAUNCHER_HEADS = FORCE_HEADS | PARTY_MEMBER_HEADS | words("arguments", "fighter_heads")  # مقاتلو المعارضة
LAUNCH_WINDOW = 16  # "قتل خمسة أطفال ... الليل قبل الماضي إثر سقوط قذيفة أطلقها": a count, a time and a cause between
WEAPON_BACK = 7  # "قذائف عسكرية من نوع «الكاتيوشا» أرسلتها": the weapon noun a few words before its relative
HANDS_AGENT_GAP = 6  # "أرسلتها أيادي الغدر والعمالة من عصابة X": the agent after "the hands" and their epithets


def _launcher_of_weapon(doc: Document, m: TriggerMatch, after: list[Actor], end: int) -> Optional[Actor]:
    """``في سقوط صاروخ أطلقته قوات النظام``، ``بقذائف أطلقها الحوثيون``: a weapon noun (or one adjective after it)
    followed by an agent relative (أطلقته، شنها) names the party that fired it."""
    toks = doc.tokens
    for k in range(m.last + 1, min(end, m.last + LAUNCH_WINDOW, len(toks) - 1)):
        if toks[k].norm in _PUNCT:
            return None
        if toks[k].norm not in LAUNCH_RELATIVES:
            continue
        if toks[k - 1].norm in WEAPON_NOUNS or (k >= 2 and toks[k - 2].norm in WEAPON_NOUNS):
            j = k + 2 if toks[k + 1].norm in LAUNCHER_HEADS else k + 1
            # (a countryless local side, مقاتلو المعارضة، takes its sentence's country later: _domestic)
            return next((a for a in after if _tok_of(doc, a) in (k + 1, j) and
                         (a.country or a.kind == "group" or _domestic(a))), None)
        if toks[k + 1].norm in INSTRUMENT_HEADS and any(toks[x].norm in WEAPON_NOUNS
                                                         for x in range(max(m.last + 1, k - WEAPON_BACK), k)):
            return _hands_agent(doc, k + 1, after)
    return None


def _hands_agent(doc: Document, k: int, after: list[Actor]) -> Optional[Actor]:
    """"قذائف ... أرسلتها أيادي الغدر الحوثية": the party named a few words after "the hands" (their epithets, من
    between) fired the weapon; none when a comma or a clause comes first."""
    toks = doc.tokens
    for a in after:
        j = _tok_of(doc, a)
        if k < j <= k + HANDS_AGENT_GAP and (a.country or a.kind == "group") and \
                not any(toks[x].is_punct for x in range(k, j)):
            return a
    return None


def _struck_place_after(doc: Document, m: TriggerMatch, agent: Actor) -> list[Actor]:
    """``استهدفت قذائف أرسلتها أيادي X، صباح أمس، مستشفى Y``: the first place of another country than the
    launcher's after the launcher's name is what the weapon hit."""
    sent = next((s for s in doc.sentences if s.start <= m.start < s.end), None)
    if sent is None:
        return []
    place = next((p for p in doc.places if agent.end <= p.start < sent.end and p.country
                  and p.country != agent.country), None)
    if place is None:
        return []
    return [Actor.of_place(place)]


def _origin_territory(doc: Document, m: TriggerMatch, end: int, res: Arguments) -> Optional[Actor]:
    """``من داخل الأراضي اليمنية``، ``من الأراضي السورية``: the country a shell or shot came from fired it."""
    toks = doc.tokens
    nis = _nisbas()
    for k in range(m.last + 1, min(end, m.last + 12, len(toks) - 2)):
        if toks[k].norm in _PUNCT:
            return None
        if toks[k].norm != "من":
            continue
        t = k + 2 if toks[k + 1].norm == "داخل" else k + 1
        if t + 1 < len(toks) and toks[t].norm in TERRITORY_NOUNS and nis.get(toks[t + 1].norm):
            w = toks[t + 1]
            res.rules.append(f"actor:origin-territory={w.text}")
            return Actor(w.text, w.start, w.end, w.text, w.text, nis[w.norm], None, kind="nationality")
    return None


def _struck_place(doc: Document, m: TriggerMatch, origin: Optional[Actor]) -> list[Actor]:
    """``أصيب مقيمان بنجران جراء سقوط مقذوف من داخل الأراضي اليمنية``: fire from abroad hits the country of the
    first place of another country the sentence names (with no origin given, of the first place named)."""
    sent = next((s for s in doc.sentences if s.start <= m.start < s.end), None)
    if sent is None:
        return []
    place = next((p for p in doc.places if sent.start <= p.start < sent.end and p.country
                  and (origin is None or p.country != origin.country and not origin.start <= p.start < origin.end)),
                 None)
    if place is None:
        return []
    return [Actor.of_place(place)]


STRIKE_NOUNS = frozenset(normalize_word(w) for w in (
    "قصف غارة غارات الغارات ضربة ضربات الضربات القصف الغارة الضربة صواريخ قذائف مدفعية المدفعية").split())
def _place_adjective(doc: Document, a: Actor, res: Arguments) -> bool:
    """``في مدينة القديح السعودية``: a one-word definite country adjective after "town X" says where, not who."""
    toks = doc.tokens
    i = token_at(doc, a.start, 0, len(toks))
    if a.kind not in ("country", "nationality") or toks[i].end < a.end or i < 2 or \
            not toks[i].norm.startswith("ال") or not is_place_noun(toks[i - 2].norm) or toks[i - 1].is_punct:
        return False
    res.rules.append(f"place-adjective-not-party:{a.text}")
    return True


CLAIM_VERBS = frozenset(normalize_word(w) for w in "تبنى تبنت وتبنى وتبنت".split())


def _claimant(doc: Document, m: TriggerMatch, end: int) -> Optional[Actor]:
    """``...، وتبنى تنظيم X الهجوم``: the group claiming the attack later in the same sentence is its actor.
    (Not "أعلن X مسؤوليته": that sentence's attack often merges with the next sentence's report of it, whose gold,
    coded from that sentence alone, names no actor.)"""
    toks = doc.tokens
    sent = doc.sentences[m.sentence]
    hi = min(sent.token_end, len(toks))
    for k in range(m.last + 1, hi):
        if toks[k].norm not in CLAIM_VERBS:
            continue
        named = [a for a in doc.actors if toks[k].end <= a.start and token_at(doc, a.start, 0, len(toks)) <= k + 3
                 and not is_generic(a)]
        if named:
            return named[0]
    return None


PLURAL_VICTIM_VERBS = frozenset(normalize_word(w) for w in "قتلوا قتلا جرحوا جرحا أصيبوا أصيبا اصيبوا اصيبا".split())


def _svo_victims(doc: Document, m: TriggerMatch, pool: list[Actor], first: int) -> Optional[Actor]:
    """``(أن) نحو 260 مقاتلا من حزب X قتلوا``: a plural or dual قتلوا/قتلا/أصيبوا right after a counted subject is
    the passive (قُتلوا): the subject, or the party its fighters are "of", was hit. Bare counted gunmen (88 إرهابيا
    قتلوا) were hit too: they are no attacker, though the gold leaves them unnamed."""
    toks = doc.tokens
    head = toks[m.first]
    if head.enclitics or m.head_tag in ("impf", "juss") or (head.norm.lstrip("و") not in PLURAL_VICTIM_VERBS and
                                                            not victim_parties.passive_captives(doc, m)):
        return None  # (and "أربعة إيطاليين اختطفوا في ليبيا": a plural abduction verb with no object after it)
    cand = [a for a in pool if a.end <= head.start and _tok_of(doc, a) >= first and
            (a.country or (is_generic(a) and a.sector in ("UAF", "REB"))) and
            m.first - token_at(doc, a.end - 1, 0, len(toks)) <= 2]
    if not cand:
        return None
    lo = max(first, _tok_of(doc, cand[-1]) - 6)
    counted = any(toks[k].norm.isdigit() or toks[k].norm in COUNT_WORDS for k in range(lo, _tok_of(doc, cand[-1])))
    return cand[-1] if counted else None


def _enclose_quotes(doc: Document, pool: list[Actor], res: Arguments) -> list[Actor]:
    """``اتهمت «حماس» إسرائيل``، ``شنه «داعش»``: a name set in quotation marks stands where the quoted phrase
    stands, so word distances and the preposition before it are counted from the opening mark; the mention is
    given back its own span once the roles are chosen (``_unquote``)."""
    toks = doc.tokens
    out = []
    for a in pool:
        i = _tok_of(doc, a)
        if not (0 < i < len(toks) and toks[i - 1].norm in OPEN_QUOTES):  # no opening mark before: the test fails
            out.append(a)
            continue
        j = token_at(doc, a.end - 1, 0, len(toks))
        if 0 < i and j + 1 < len(toks) and toks[i].start == a.start and toks[j].end == a.end and \
                toks[i - 1].norm in OPEN_QUOTES and toks[j + 1].norm in CLOSE_QUOTES:
            lo, hi = toks[i - 1].start, toks[j + 1].end
            res.quoted[(lo, hi)] = (a.start, a.end)
            a = replace(a, text=doc.text[lo:hi], start=lo, end=hi)
        out.append(a)
    return out


OPEN_QUOTES = frozenset('"«“')
CLOSE_QUOTES = frozenset('"»”')


def _after_open_quote(doc: Document, k: int) -> int:
    """``قالت مصادر إن «جيش X اعتقل ...»``: a quotation opening the complement leaves its subject the first word."""
    toks = doc.tokens
    return k + 1 if k + 1 < len(toks) and toks[k].norm in OPEN_QUOTES else k


def _unquote(doc: Document, actors: list[Actor], res: Arguments) -> list[Actor]:
    """The mentions of a role with their own spans again (without the quotation marks around them)."""
    out = []
    for a in actors:
        span = res.quoted.get((a.start, a.end))
        out.append(replace(a, text=doc.text[span[0]:span[1]], start=span[0], end=span[1]) if span else a)
    return out


def assign(doc: Document, m: TriggerMatch) -> Arguments:
    """Actor and recipient of the trigger (see the module docstring for the rules)."""
    res = _assign(doc, m)
    if res.quoted:
        res.actor, res.recipient = _unquote(doc, res.actor, res), _unquote(doc, res.recipient, res)
    return res


def _counted(doc: Document, a: Actor) -> bool:
    """A mention right after a number or a count word (13 مسلحا، خمسة جنود، عشرات المسلحين)."""
    i = _tok_of(doc, a)
    return i > 0 and (doc.tokens[i - 1].norm.isdigit() or doc.tokens[i - 1].norm in COUNT_WORDS)


def _partitive_actor(doc: Document, m: TriggerMatch, actor: list[Actor], pool: list[Actor],
                     res: Arguments) -> list[Actor]:
    """The actor named by a partitive من (مسلحون من جماعة X هاجموا). Before a clash or attack noun, counted men of a
    named party (قتل 13 مسلحا من X في مواجهات) are the casualties a passive verb reported, not the noun's actor."""
    if is_noun_trigger(m):
        casualties = [a for a in actor if _counted(doc, a) and party_behind(doc, a, pool) is not None]
        if casualties:
            res.rules.append(f"partitive-casualties-not-actor={casualties[0].text}")
        return [a for a in actor if all(a is not c for c in casualties)]
    return name_partitive_parties(doc, actor, pool, res.rules)


LED_BY = frozenset(normalize_word(w) for w in "بقيادة وبقيادة".split())


CLASH_NOUNS = frozenset(normalize_word(w) for w in (
    "اشتباكات اشتباك مواجهات مواجهة قتال معارك معركة اقتتال").split())
OPERATION_NOUNS = CLASH_NOUNS | frozenset(normalize_word(w) for w in (
    "عملية عمليات غارة غارات هجوم هجمات قصف ضربة ضربات حملة مداهمة مداهمات").split()) | \
    words("arguments", "operation_nouns")
DEATH_WORDS = ("لقي", "لقوا", "مصرع", "حتف", "قتل", "مقتل", "قتلي", "سقوط", "اصيب", "اصابة", "جرح", "استشهد")  # prefixes
DEADLY_OPERATION_WINDOW = 22  # "قتل العشرات من عناصر تنظيم «X» واعتقل سبعة ... في مناطق العمليات التي تقوم بها Y"
DOING_VERBS = frozenset(normalize_word(w) for w in "تقوم يقوم قامت قام تنفذها ينفذها".split())
WITH = frozenset(normalize_word(w) for w in "مع ومع".split())
OPERATION_RELATIVES = frozenset(normalize_word(w) for w in "شنها شنتها نفذها نفذتها".split()) | \
    words("arguments", "operation_relatives")


def _agent_of_deadly_operation(doc: Document, m: TriggerMatch, pool: list[Actor],
                               end: int) -> Optional[tuple[Actor, Optional[Actor]]]:
    """``لقي خمسة مسلحين مصرعهم باشتباكات مع قوات الأمن الباكستانية``، ``قتل 15 عنصرا من داعش بعملية أمنية نفذتها
    القوات العراقية``: deaths in clashes with Y, or in an operation Y carried out, were Y's act; the party of the
    dead named after ``قتلى ... من`` is the one hit. Returns (Y, the victims' party or None). Round 18a."""
    toks = doc.tokens
    lo = m.first
    first = doc.sentences[m.sentence].token_start
    death_before = any(toks[k].norm.lstrip("وف").startswith(DEATH_WORDS) for k in range(max(first, lo - 12), lo))
    death_trigger = any(toks[k].norm.lstrip("وفب").startswith(DEATH_WORDS) for k in range(m.first, m.last + 1))
    if not (death_before or death_trigger):
        return None
    hi = min(end, len(toks), m.last + DEADLY_OPERATION_WINDOW)

    def party_at(k0: int, span: int = 3) -> Optional[Actor]:
        return next((a for a in pool if k0 <= _tok_of(doc, a) <= k0 + span - 1), None)

    agent = None
    for k in range(m.first, hi):
        if toks[k].is_punct and toks[k].text not in ("،", ",") + ASIDE_BRACKETS and toks[k].text not in QUOTE_CHARS:
            break  # (a bracketed aside, وقتل فلان (22 عاما) خلال مواجهات مع Y, or a quoted name, does not end it)
        b = peel(toks[k].norm, conj="وبف", article=True)  # one و/ب/ف, then the article
        if b in CLASH_NOUNS and (k > m.last or death_before or (k > m.first and _death_head(doc, m))):
            w = next((j for j in range(k + 1, min(hi, k + 4)) if toks[j].norm in WITH), None)
            if w is not None and all(not toks[j].is_punct for j in range(k + 1, w)):
                agent = party_at(w + 1, 2) or _with_mention(doc, pool, w)
                if agent is not None:
                    break
        doing = toks[k].norm in DOING_VERBS and k + 1 < hi and toks[k + 1].norm in ("بها", "به")
        if k > m.last and death_trigger and (toks[k].norm in OPERATION_RELATIVES or doing) and \
                not _party_between(doc, m, k, pool) and \
                any(peel(toks[j].norm, conj="وبف", article=True) in OPERATION_NOUNS
                    for j in range(max(m.last + 1, k - 3), k)):
            nxt = k + 2 if toks[k].norm in DOING_VERBS else k + 1
            agent = party_at(nxt)
            if agent is not None and agent.country:
                break
            agent = None
    if agent is None or not agent.country and is_generic(agent) and agent.sector not in FORCE_SECTORS:
        return None
    victims = None
    lo_victims = m.first - 1
    if _death_head(doc, m):  # "19 من عناصر X قتلوا في اشتباكات مع Y": the counted subject just before the verb
        lo_victims = next((_tok_of(doc, a) - 4 for a in pool if a is not agent and
                           0 < m.first - token_at(doc, a.end - 1, 0, len(toks)) <= 1), lo_victims)
    for k in range(max(first, min(lo_victims, m.first - 1)), min(hi, _tok_of(doc, agent))):
        n = toks[k].norm.lstrip("و")
        if n in CASUALTY_COUNTS or n in MEMBER_NOUNS or n in COUNT_WORDS or n.isdigit():
            victims = next((a for a in pool if a is not agent and not is_generic(a) and
                            a.start < agent.start and 0 < _tok_of(doc, a) - k <= 4 and
                            _prep_before(doc, a, k + 1) in ("من", None)), None)
            if victims is not None:
                break
    return agent, victims


def _death_head(doc: Document, m: TriggerMatch) -> bool:
    """The trigger's head is a plural or dual casualty verb (قتلوا، أصيبا) after its counted subject: a clash
    noun inside the trigger (قتلوا في اشتباكات مع Y) is where they died, and the one it was with is the attacker."""
    head = doc.tokens[m.first]
    return not head.enclitics and head.norm.lstrip("و") in PLURAL_VICTIM_VERBS and \
        m.head_tag not in ("impf", "juss")


ASIDE_BRACKETS = ("(", ")")
CASUALTY_COUNTS = frozenset(normalize_word(w) for w in "قتلى جرحى مصابين قتيلا جريحا".split())


def _party_between(doc: Document, m: TriggerMatch, k: int, pool: list[Actor]) -> bool:
    """A party between the trigger and token k other than the victims' one after من: the relative clause at k
    may describe that party's act rather than the deaths."""
    toks = doc.tokens
    return any(a.start >= m.end and a.end <= toks[k].start and _prep_before(doc, a, m.last + 1) != "من" and
               not _victims_partitive(doc, a, m.last + 1) for a in pool)


def _victims_partitive(doc: Document, a: Actor, lo: int) -> bool:
    """``من عناصر تنظيم «X»``: the party is named after من and its men's heads (and a quote mark), so it is the
    victims' side, not a doer whose act a later relative clause describes."""
    toks = doc.tokens
    k = _tok_of(doc, a) - 1
    while k >= lo and (toks[k].norm in PARTY_MEMBER_HEADS or toks[k].norm in GROUP_HEADS or
                       toks[k].text in QUOTE_CHARS):
        k -= 1
    return k >= lo and k < _tok_of(doc, a) - 1 and toks[k].norm == "من"


def _with_mention(doc: Document, pool: list[Actor], w: int) -> Optional[Actor]:
    """A mention starting inside the token right after مع (an attached clitic)."""
    toks = doc.tokens
    return next((a for a in pool if w + 1 < len(toks) and toks[w + 1].start <= a.start < toks[w + 1].end), None)


TARGET_NOUNS = frozenset(normalize_word(w) for w in (
    "مركز مركزا مقر مقرا حاجز حاجزا دورية نقطة موكب موكبا قافلة ثكنة مبنى حافلة منزل منزلا مكتب مكتبا "
    "معسكر معسكرا قاعدة").split())


def _owner_of_target(doc: Document, a: Actor) -> bool:
    """``استهدف مركزا للشرطة``: a party after ل that owns the place or convoy struck is what was hit, not the
    attacker a passive swap would make of it (round 18a)."""
    toks = doc.tokens
    i = _tok_of(doc, a)
    own_l = toks[i].start < a.start or toks[i].norm.startswith("لل") or toks[i].norm[:1] == "ل"
    return own_l and i >= 1 and strip_al(toks[i - 1].norm) in TARGET_NOUNS | {strip_al(w) for w in TARGET_NOUNS}


def _leader_of_coalition(doc: Document, a: Actor, pool: list[Actor]) -> bool:
    """``التحالف العربي بقيادة السعودية``، ``قوات التحالف الدولي بقيادة الولايات المتحدة``: the state leading a
    countryless coalition right before it describes the coalition; the coalition is the party (the news gold codes
    it with no country)."""
    toks = doc.tokens
    i = _tok_of(doc, a)
    if i < 2 or toks[i - 1].norm not in LED_BY:
        return False
    return any(b.kind in ("igo", "group", "body") and not b.country and
               token_at(doc, b.end - 1, 0, len(toks)) == i - 2 for b in pool)


_LED_COALITION = re.compile(r"(?:^|\s)(?:ال)?تحالف(?:\s+\S+)?\s+(?:الذي\s+)?[تي]قوده\s")


def _coalition_led_by_relative(a: Actor) -> Actor:
    """``مقاتلات التحالف الذي تقوده السعودية``، ``تحالف تقوده الولايات المتحدة``: one mention naming the coalition
    by the state that leads it is the coalition, which the news gold codes with no country, as after بقيادة
    (round 18a)."""
    if a.country and _LED_COALITION.search(normalize_word(a.text) + " "):
        return replace(a, country=None)
    return a


def _subject_set_off_by_commas(doc: Document, m: TriggerMatch, r: Actor, pool: list[Actor],
                               end: int) -> Optional[list[Actor]]:
    """``دعا وزير حقوق الإنسان اليمني، عز الدين الأصبحي، مفوض الأمم المتحدة``: a verb followed by a title the
    lexicon does not know, then a name set off by commas, then the object: the name is the subject. Returns the
    object (possibly empty) when the frame holds, else None (round 18a)."""
    toks = doc.tokens
    if not m.head_tag or m.head_tag == "pass" or "noverb" in m.pattern.roles:
        return None
    i, j = _tok_of(doc, r), token_at(doc, r.end - 1, 0, len(toks))
    if i < 1 or j + 1 >= min(end, len(toks)) or toks[i - 1].text not in ("،", ",") or \
            toks[j + 1].text not in ("،", ","):
        return None
    title = list(range(m.last + 1, i - 1))
    if not 1 <= len(title) <= 6 or any(toks[k].is_punct for k in title) or \
            any(a.start < r.start and a.end > toks[m.last].end and not is_generic(a) for a in pool if a is not r):
        return None
    obj = next((a for a in pool if a.start > r.end and _tok_of(doc, a) - (j + 1) <= 4), None)
    if obj is None or _prep_before(doc, obj, j + 2) is not None:
        return []
    return [obj]


WHAT = frozenset(normalize_word(w) for w in "ما بما لما".split())
PREP_PRONOUNS = frozenset(normalize_word(w) for w in (
    "فيه فيها منه منها عليه عليها لديه لديها إليه إليها اليه اليها عنه عنها بينها بينه بعده بعدها قبله قبلها "
    "حوله حولها").split())
DOING_AUX = frozenset(normalize_word(w) for w in "تقوم يقوم قامت قام ستقوم سيقوم".split())


def _doer_of_object_act(doc: Document, m: TriggerMatch, end: int, res: Arguments) -> list[Actor]:
    """``رفض X ما تردده إدارة أوباما``، ``انتقدت X الزيارة التي من المزمع أن تقوم بها موغيريني``: the one who says
    what is rejected (ما + a verb whose pronoun points back), or who makes the visit or step criticised (التي ...
    تقوم بها Y), is the recipient of the stance (round 18a)."""
    toks = doc.tokens
    own = {a.country for a in res.actor if a.country}
    spans = {(a.start, a.end) for a in res.actor}
    hi = min(end, len(toks), m.last + 28)
    pool = [a for a in _merge_adjacent(doc, _actors_in(doc, toks[m.last].end, toks[hi - 1].end))
            if (a.start, a.end) not in spans and a.country]
    for k in range(m.last + 1, hi - 1):
        if toks[k].is_punct and toks[k].text not in ("،", ","):
            return []
        n, nxt = toks[k].norm, toks[k + 1].norm
        doer = None
        if n in WHAT and len(nxt) >= 4 and nxt.endswith(("ه", "ها")) and not toks[k + 1].is_punct and \
                nxt not in PREP_PRONOUNS:
            doer = k + 2  # ما تردده Y
        elif n in RELATIVES:
            v = next((j for j in range(k + 1, min(hi - 1, k + 6)) if toks[j].norm in DOING_AUX and
                      toks[j + 1].norm in ("بها", "به")), None)
            if v is not None:
                doer = v + 2  # التي (من المزمع أن) تقوم بها Y
        if doer is None:
            continue
        a = next((a for a in pool if _tok_of(doc, a) >= doer), None)
        if a is not None and (_tok_of(doc, a) - doer > 7 or any(toks[j].is_punct for j in range(doer, _tok_of(doc, a)))):
            a = None  # the doer is the first party after the verb, a title of a few words before it at most
        if a is not None and a.country not in own:
            res.rules.append(f"recipient:doer-of-object-act={a.text}")
            return [a]
        return []
    return []


OBJECT_PRONOUN_WORDS = frozenset(normalize_word(w) for w in "إياه إياها إياهم إياهما إياهن".split())


def antecedent_of_object_pronoun(doc: Document, m: TriggerMatch, actor: list[Actor]) -> list[Actor]:
    """``خطف مقاتلين سوريين ...، متهمة إياهم بالتعاون``: the one a trigger's separate object pronoun (إياه، إياهم)
    points back to is the nearest party before it in the sentence that is not the actor and not governed by a
    preposition (round 18a)."""
    toks = doc.tokens
    if not any(toks[k].norm in OBJECT_PRONOUN_WORDS for k in range(m.first, min(len(toks), m.last + 3))):
        return []
    sent = doc.sentences[m.sentence]
    lo = sent.token_start
    spans = {(a.start, a.end) for a in actor}
    for a in reversed(_merge_adjacent(doc, _actors_in(doc, toks[lo].start, m.start))):
        if a.end > m.start or (a.start, a.end) in spans or is_generic(a) or not a.country:
            continue
        if _prep_before(doc, a, lo) is not None:
            continue
        return [a]
    return []


RETAKE_WORDS = frozenset(normalize_word(w) for w in (
    "استعادة لاستعادة واستعادة استعاد استعادت واستعاد واستعادت تستعيد يستعيد تحرير لتحرير وتحرير حرر حررت "
    "انتزاع لانتزاع انتزع انتزعت استرجاع لاسترجاع استرداد لاسترداد").split())
_RETAKE_STOPS = frozenset(".!?؟:؛;")


def _retaken_from(doc: Document, m: TriggerMatch, pool: list[Actor], end: int) -> list[Actor]:
    """``شنت X هجوما لاستعادة قاعدة العند، من المتمردين الحوثيين``: the side a place is retaken from (``من Y``
    after a retaking word at or after the attack) is the one attacked (round 18a)."""
    toks = doc.tokens
    hi = min(end, len(toks))
    r = next((k for k in range(m.first, min(hi, m.last + 4)) if toks[k].norm in RETAKE_WORDS), None)
    if r is None:
        return []
    for k in range(r + 1, min(hi, r + 14)):
        if toks[k].is_punct and toks[k].text in _RETAKE_STOPS:
            return []
        if toks[k].norm not in ("من", "ومن") or (k + 1 < hi and toks[k + 1].norm in ("قبل", "بينها", "بينهم", "جديد")):
            continue
        a = next((a for a in pool if k < _tok_of(doc, a) <= k + 2 and a.start >= toks[k].end), None)
        if a is not None and (a.country or a.sector in ARMED_SECTORS) and not is_generic(a):
            return [a]
        return []
    return []


def _assign(doc: Document, m: TriggerMatch) -> Arguments:
    toks = doc.tokens
    first, end, speech, comp, self_ref = clause_region(doc, m)
    res = Arguments(region=(first, end))
    raw_lo = toks[first].start if first < len(toks) else m.start
    raw_hi = toks[end - 1].end if end - 1 < len(toks) and end > first else m.end
    pool = _enclose_quotes(doc, _merge_adjacent(doc, _actors_in(doc, raw_lo, raw_hi)), res)
    pool = [a for a in pool if not _leader_of_coalition(doc, a, pool)]  # "التحالف بقيادة السعودية": the coalition acts
    pool = [_coalition_led_by_relative(a) for a in pool]  # "التحالف الذي تقوده السعودية": likewise
    place_adj = [a for a in pool if m.pattern.type == "ASSAULT" and _place_adjective(doc, a, res)]
    pool = [a for a in pool if all(a is not b for b in place_adj)]
    if speech is not None:
        sent = doc.sentences[m.sentence]
        spk = [a for a in _actors_in(doc, toks[sent.token_start].start, toks[comp].start)]
        spk_after = [a for a in spk if a.start >= toks[speech].end]
        # "قال حلفاء غربيون لتركيا إنهم": the one addressed (after ل) is not the speaker
        addressed = [a for a in spk_after if _prep_before(doc, a, speech + 1) in ("ل", "لـ")]
        if addressed:
            # a newspaper or an agency (قال لصحيفة X، لوكالة Y) reports the statement; it is no party to it
            res.addressee = next((a for a in addressed if a.sector not in NEWS_SECTORS), None)
            spk_after = [a for a in spk_after if all(a is not b for b in addressed)]
            spk = [a for a in spk if all(a is not b for b in addressed)]
        res.speaker = (spk_after or spk or [None])[0]
        if toks[speech].norm in QUOTED:
            quoted = [a for a in spk if a.end <= toks[speech].start]
            res.speaker = quoted[-1] if quoted else None
        res.speech_verb = toks[speech].norm
    pattern = m.pattern
    after = [a for a in pool if a.start >= m.end]
    # an agent mention may start inside a trigger ending in its head noun (برصاص + "رصاص فلسطيني")
    agent = _find_agent(doc, m, [a for a in pool if a.start >= m.end or (m.start < a.start < m.end < a.end)],
                        first, res)
    subject = _subject(doc, m, pool, first, speech, self_ref, res, agent)
    carried = _semicolon_subject(doc, m, subject, res)
    if carried is not None:  # "أدان X الهجوم؛ وطالب الحكومة الليبية بـ": X goes on, the government is the object
        subject = carried
        pool = sorted(pool + [carried], key=lambda a: a.start)
    if _speaker_resumes(doc, m, speech, subject, res):
        subject = res.speaker  # "قال كيري إن مصر دفعت ثمنا باهظا،وأدان اغتيال ...": Kerry condemned
        res.rules.append("subject:speaker-resumes")
    if "host" in m.pattern.roles and res.speaker is not None and subject is not res.speaker and \
            any(toks[k].norm in HOSTED_OPENERS for k in range(max(first, m.first - 3), m.first)):
        subject = res.speaker  # "قال X إن ...، وذلك على هامش مؤتمر صحفي جمعه مع Y": X held it, not the clause's subject
        res.rules.append("subject:speaker-hosts-it")
    if subject is not None and _consequence(doc, m) and subject.sector not in ARMED_SECTORS and \
            res.rules and res.rules[-1] in ("subject:clause-subject", "subject:before"):
        res.rules.append(f"consequence-not-subject:{subject.text}")  # "دان X التفجير ... وأسفر عن مقتل"
        subject = None
    if subject is not None and _announced_victims(doc, m, subject, res):
        subject = None  # "أعلن الجيش التركي مقتل ثلاثة جنود": the one announcing the deaths did not kill
    hit_subject = subject if subject is not None and _hit_before_act_noun(doc, m, subject, res) else None
    if hit_subject is not None:
        subject = None  # "ثلاثة جنود سعوديين أصيبوا في هجوم": those hurt, not the attackers
    if subject is not None and hit_subject is None and _released_topic(doc, m, subject, res):
        hit_subject, subject = subject, None  # "إن فرنسية خطفت ... أطلق سراحها": she was released
        res.rules.append("passive:released-topic")
    active_verb = m.head_tag in ("perf", "impf", "juss") and "patient" not in pattern.roles
    if agent is not None and active_verb and subject is not None and \
            any(r in res.rules for r in ("subject:vso", "subject:in-frame", "subject:speaker-own-act")) and \
            _tok_of(doc, agent) - token_at(doc, subject.end - 1, 0, len(toks)) > 3:
        res.rules.append("agent:ignored-active-verb")  # من قبل belongs to a noun after the verb
        agent = None

    # "قالت الشرطة إنه قتل 5": a masculine إنه after a feminine speech verb is the expletive "it is that"
    expletive = speech is not None and toks[speech].norm.endswith("ت") and toks[comp].norm.endswith("ه")
    own_act = "subject:speaker-own-act" in res.rules and self_ref and not expletive
    passive = m.head_tag == "pass" or "patient" in pattern.roles
    if m.head_tag == "pass" and toks[m.first].enclitics and "patient" not in pattern.roles:
        passive = False
        res.rules.append("active:object-pronoun")
    elif m.head_tag == "pass" and "patient" not in pattern.roles and "subject:speaker-own-act" in res.rules and \
            subject is not None and not is_generic(subject) and (own_act or not _count_patient(doc, m)):
        passive = False  # "قال الحلف إنه قتل عددا من ...": the speaker's own act, in the active
        res.rules.append("active:speaker-own-act")
    if passive and "subject:vso-instrument-of" in res.rules and "patient" not in pattern.roles:
        passive = False  # "قتل رصاص الجيش فلسطينيا": fire does the killing, the verb is active
        res.rules.append("active:instrument-subject")
    if m.first > first and toks[m.first - 1].norm in PASSIVE_AUX:
        passive = True
        res.rules.append("passive:تم")
    if _count_patient(doc, m) and not own_act and not _count_is_object_of_svo(res) and \
            not _subject_of_complement(doc, m, subject):
        passive = True  # ("أعلن الجيش أنه اعتقل خمسة مسلحين": the speaker's own act takes the count as object)
        res.rules.append("passive:verb-then-count")
    if _raw_passive_alqi(doc, m):
        passive = True
        res.rules.append("passive:ألقي-القبض")
    if passive and "passive:تم" in res.rules and subject is not None and subject is res.speaker and \
            "subject:speaker-own-act" in res.rules:
        if pattern.type in PASSIVE_PRONE_TYPES and subject.sector in FORCE_SECTORS and agent is None and \
                pattern.mode != "abduct":  # "قالت الشرطة إنه تم اختطاف ضابط": the police do not kidnap
            agent = subject  # "أعلنت الشرطة أنه تم القبض على X": the police report their own arrest
            res.rules.append("passive:تم-by-the-speaker")
        else:
            res.rules.append("passive:تم-not-the-speaker")
        subject = None  # "قال مصدر إنه تم القبض على X": the one reporting the arrest is not the one arrested
    if passive and expletive and subject is res.speaker and "subject:speaker-own-act" in res.rules:
        subject = None  # "قالت الشرطة إنه قتل 5 أشخاص": the speaker reports the killing, it is not its victim
        res.rules.append("passive:expletive-not-the-speaker")

    call = _call_roles(doc, m, res)
    if call is not None:
        res.actor = call[0]
        if call[1]:
            res.recipient = call[1]
            return res
        recipient, _ = _recipient(doc, m, pool, [], {id(a) for a in res.actor}, res)
        res.recipient = _not_self(res.actor, _prefer_specific(
            [a for a in recipient if a.country not in {x.country for x in res.actor} or not a.country], res), res)
        return res
    received = _received(doc, m, after, end)
    if received is not None:
        res.actor, res.recipient = received
        res.rules.append("received:تلقاه-X-من-Y")
        return res
    # the bayna frame: بين X و Y -> the first party is the actor, the others the recipients
    between = _between_frame(doc, m, after, first, subject is None or
                             not any(r in res.rules for r in ("subject:vso", "subject:in-frame")))
    if between is not None:
        res.actor, res.recipient = _split_parties(between)
        res.rules.append("actors:بين")
        return res

    subj_group = _coordinate(doc, subject, pool, allied=pattern.type in ("ASSAULT", "COERCE")) \
        if subject is not None else []
    taken = {id(a) for a in subj_group}
    if agent is not None:
        taken.add(id(agent))
    recipient, from_actor = _recipient(doc, m, pool, subj_group, taken, res)
    if subject is None and not passive and agent is None and recipient and \
            _initial_verb_subject(doc, m, pool, first, recipient[0], res):
        subj_group = _coordinate(doc, recipient[0], pool)
        taken |= {id(a) for a in subj_group}
        res.rules[-1] = "subject:clause-initial-verb"  # it was read as the object only for its distance
        recipient, from_actor = _recipient(doc, m, pool, subj_group, taken, res)
    if subject is None and not passive and agent is None and recipient and pattern.type == "CONSULT" and \
            res.rules[-1:] in (["recipient:prep-الي"], ["recipient:prep-الى"]) and \
            _subject_after_destination(doc, m, first, recipient[0]):
        subj_group, recipient = recipient, []  # "وصل إلى القاهرة أمير دولة الكويت": the visitor follows the city
        res.rules[-1] = "subject:after-destination"
    actor = subj_group
    if res.subject_body is not None and len(actor) == 1 and actor[0].country is None:
        actor = [replace(actor[0], country=res.subject_body.country, sector=res.subject_body.sector)]
        res.rules.append(f"actor:body-of-office={res.subject_body.text}")
    if "from" in pattern.roles and from_actor is None and pattern.type in TRANSFER_TYPES:
        from_actor = _supplier_place(doc, m, [x.country for x in subj_group + recipient], res)
    if "from" in pattern.roles and from_actor is not None:
        recipient, actor = (subj_group or recipient), [from_actor]
        res.rules.append("actor:from-من")
    if agent is not None:
        if actor and not recipient:
            recipient = actor
        actor = [agent]
        passive = True
    elif passive and actor and "passive:verb-then-count" in res.rules and _agent_of_act_noun(doc, actor[0], m):
        res.rules.append("passive:agent-of-act-noun")  # "قتل 12 ... خلال هجوم قوات X": X's act hit the count
    elif passive and not actor and recipient and "passive:verb-then-count" in res.rules and \
            _agent_of_act_noun(doc, recipient[0], m):
        actor, recipient = recipient, []
        res.rules.append("passive:agent-of-act-noun")
    elif passive and actor and "subject:trigger-phrase-nationality" in res.rules and pattern.type in ("ASSAULT", "AID"):
        res.rules.append("passive:strike-nationality-stays-actor")  # "قتلوا في غارات أمريكية": the US struck
    elif passive and actor:
        if not recipient and "passive:تم" not in res.rules and victim_parties.counted_people_after_subject(doc, actor):
            res.rules.append("active:counted-people-after-subject")  # "اختطف تنظيم داعش أكثر من 30 من أبناء X"
        elif not recipient:
            recipient, actor = actor, []
            res.rules.append("passive:subject-is-recipient")
        elif _target_hit_with_victims(pattern, res):
            actor, recipient = [], actor
            res.rules.append("passive:target-is-hit-not-agent")
        elif "passive:تم" not in res.rules and victim_parties.counted_object_after_subject(doc, actor, recipient):
            res.rules.append("active:counted-object-after-subject")  # "خطف تنظيم داعش نحو 230 مدنيا"
        else:
            actor, recipient = recipient, actor
            res.rules.append("passive:swap")
    if "passive:swap" in res.rules and len(actor) == 1 and pattern.type == "ASSAULT" and _owner_of_target(doc, actor[0]):
        # "قتل ستة في تفجير استهدف مركزا للشرطة": the police's post was hit (named victims stay the ones hit:
        # "قتل 14 جنديا أفغانيا في غارة أمريكية على حاجز للجيش")
        actor, recipient = [], [a for a in recipient if not is_generic(a)] or actor
        res.rules.append("passive:owner-of-target-not-agent")
    if not recipient and pattern.type == "ASSAULT" and _victim_noun(doc, m):
        inner = [a for a in pool if m.start < a.start < m.end and a.country and all(a is not b for b in actor)]
        if inner:  # "مقتل ثلاثة جنود أتراك": the nationality of the dead named inside the trigger
            recipient = inner[:1]
            res.rules.append("recipient:victims-in-trigger")
    if not actor and pattern.type in ("AID", "ASSAULT"):
        owner = next((a for a in after if _tok_of(doc, a) - m.last <= 3 and _owner(doc, _tok_of(doc, a), m.last + 1)),
                     None)
        if owner is not None:  # "طائرة مساعدات تابعة للصليب الأحمر": the carrier's owner gave or struck
            actor = [owner]
            recipient = [a for a in recipient if a is not owner]
            res.rules.append("actor:owner-of-carrier")
    if not actor and pattern.type == "ASSAULT":
        origin = _fired_from(doc, m, after)
        if origin is not None:  # "سقطت قذائف أطلقت من الجانب اليمني": the side they were fired from
            actor = [origin]
            recipient = [a for a in recipient if a is not origin]
            res.rules.append("actor:fired-from")
    if not actor and pattern.type == "ASSAULT":
        launcher = _launcher_of_weapon(doc, m, after, end)
        if launcher is not None:  # "قتل 18 شخصا في سقوط صاروخ أطلقته قوات النظام": who fired it attacked
            actor = [launcher]
            recipient = [a for a in recipient if a is not launcher] or _struck_place_after(doc, m, launcher) \
                or _struck_place(doc, m, None)
            res.rules.append(f"actor:launcher-of-weapon={launcher.text}")
    if not actor and pattern.type == "ASSAULT":
        origin = _origin_territory(doc, m, end, res)
        if origin is not None:  # "سقوط مقذوف من داخل الأراضي اليمنية": the side it came from fired it
            actor = [origin]
            recipient = recipient or _struck_place(doc, m, origin)
    if passive and not actor and pattern.type == "COERCE":
        police = next((a for a in pool if a.sector == "COP" and a.country), None)
        if police is not None:  # "وألقي القبض على X بعد تبادل إطلاق النار مع رجال الأمن السعودي": they arrested
            actor = [police]
            recipient = [r for r in recipient if r.sector != "COP"]
            res.rules.append("passive:arrest-by-named-police")
    strikes = [a for a in recipient if a.kind == "asset" and a.country and a.sector == "MIL" and
               normalize_word(a.text).split()[0].lstrip("وب") in STRIKE_NOUNS]
    if pattern.type == "ASSAULT" and strikes and all(is_generic(a) for a in actor):
        actor, recipient = strikes[:1], [a for a in recipient if a is not strikes[0]]
        res.rules.append(f"actor:strike-not-recipient={strikes[0].text}")  # "قتلوا خلال قصف مدفعي سعودي"
    victims = _svo_victims(doc, m, pool, first) if pattern.type == "ASSAULT" and \
        all(is_generic(a) for a in recipient) else None
    if victims is not None:  # "260 مقاتلا من حزب X قتلوا خلال الغارات التركية": the subject was killed
        actor = [a for a in actor if (a.start, a.end) != (victims.start, victims.end)]  # a copy of it, too
        recipient, passive = [victims], True
        res.rules.append(f"passive:svo-victims={victims.text}")
    if not recipient and "passive:verb-then-count" in res.rules and pattern.type in ("ASSAULT", "COERCE"):
        counted = _counted_party(doc, m, after, {id(a) for a in actor})
        if counted is not None:  # "قتل أمس سبعة من عناصر الشرطة الأفغانية": the police were hit
            recipient = [counted]
            res.rules.append(f"recipient:counted-party={counted.text}")
    if pattern.type == "ASSAULT" and len(recipient) == 1:
        more = _coordinated_after_place(doc, recipient[0], pool, end)
        if more is not None:  # "مواقع داعش في سوريا ومتمردي حزب X في شمال العراق": a second target
            recipient = recipient + [more]
            res.rules.append(f"recipient:coordinated-after-place={more.text}")
    if not recipient and pattern.type == "ASSAULT":
        land = _territory_of(doc, m, end, res)
        if land is not None:  # "نفذت غارة في الأراضي السورية": the territory's country is hit
            recipient = [land]
    if hit_subject is not None and not recipient:
        recipient = [hit_subject]
    if not actor and pattern.type == "ASSAULT" and _victim_noun(doc, m):
        attacker = _when_attacker(doc, m, after, end)
        if attacker is not None:  # "مقتل ثلاثة جنود حين فتح عناصر من X النار": X attacked
            actor = [attacker]
            recipient = [a for a in recipient if a is not attacker]
            res.rules.append(f"actor:attacker-of-when-clause={attacker.text}")
    if pattern.type == "ASSAULT" and all(is_generic(a) for a in actor):
        op = _agent_of_deadly_operation(doc, m, pool, end)
        if op is not None:  # "لقي X مصرعهم في اشتباكات مع Y"، "قتل X بعملية نفذتها Y": Y did it, X were hit
            agent_of_op, victims = op
            rest = [a for a in recipient if a is not agent_of_op and not is_generic(a)]
            recipient = ([victims] if victims is not None else []) or rest or \
                [a for a in actor if a is not agent_of_op and not is_generic(a)]
            actor = [agent_of_op]
            res.rules.append(f"actor:agent-of-deadly-operation={agent_of_op.text}")
    if pattern.type == "ASSAULT" and (not actor or all(is_generic(a) for a in actor)) and \
            any(toks[k].norm.lstrip("وف").startswith(DEATH_WORDS) for k in range(m.first, m.last + 1)):
        owner = _owner_of_attack_noun(doc, m, pool, end)
        if owner is not None:  # "قتل 13 شخصا ... خلال هجوم انتقامي لجماعة X": X's attack killed them
            actor = [owner]
            recipient = [a for a in recipient if a is not owner]
            res.rules.append(f"actor:owner-of-attack-noun={owner.text}")
    if passive and (not actor or all(is_generic(a) for a in actor)) and pattern.type == "ASSAULT":
        # (the strike may start inside a wide trigger: "قتل 9 جنود أمس في [غارة أمريكية]")
        weapon = next((a for a in pool if (a.start >= m.end or m.start < a.start < m.end < a.end) and
                       a.kind == "asset" and a.country and a.sector == "MIL"
                       and _tok_of(doc, a) - m.last <= 15 and all(a is not r for r in recipient)), None)
        if weapon is not None:  # "قتل 30 مسلحا خلال الغارات الجوية التركية": the strikes' country did it
            actor = [weapon]
            res.rules.append("passive:agent-is-national-strike")
    if not recipient and actor and _victim_subject(doc, m, res):
        perp = _perpetrator(doc, m, after, first, {id(a) for a in actor})
        recipient, actor = actor, (_coordinate(doc, perp, pool) if perp is not None else [])
        passive = True
        res.rules.append("passive:killed-subject" + ("+perpetrator" if perp is not None else ""))
    elif not recipient and active_verb and pattern.type in CONFRONT_TYPES:
        perp = _perpetrator(doc, m, after, first, {id(a) for a in actor})
        if perp is not None:
            recipient = _coordinate(doc, perp, pool)
            res.rules.append("recipient:perpetrator-of-object")
    if passive and m.head_tag == "pass" and agent is None and \
            ("subject:vso" in res.rules or "subject:complement-svo" in res.rules or
             "subject:vso-after-adverbial" in res.rules) and \
            "recipient:object" in res.rules and "passive:تم" not in res.rules and \
            "passive:verb-then-count" not in res.rules:  # "قتل 8 حوثيين ... خلال تطهير قوات X": the count is hit
        actor, recipient = recipient, actor  # a passive verb takes no direct object: قتل [X] [Y] is active
        passive = False
        res.rules.append("active:verb-subject-object")
    if not recipient and pattern.type in RELATION_TYPES:
        subj_end = max([-1] + [token_at(doc, x.end - 1, 0, len(toks)) for x in actor if x.start >= m.end])
        partner = _relations_partner(doc, m, pool, {a.country for a in actor if a.country}, subj_end)
        if partner:
            recipient = partner
            res.rules.append("recipient:relations-partner")
    own = {a.country for a in actor if a.country}
    if recipient and len(own) > 1 and (pattern.type in RECIPROCAL_TYPES or pattern.cameo in SIGNING_CODES) and \
            {a.country for a in recipient} <= own:
        recipient = []  # "توصلت X و Y إلى اتفاق يسمح لطائرات X": the parties are the coordinated pair
        res.rules.append("reciprocal:recipient-already-a-party")
    if (pattern.type in RECIPROCAL_TYPES or pattern.cameo in SIGNING_CODES) and len(own) > 1 and recipient and \
            all(is_generic(r) for r in recipient):
        recipient = []  # "اتفق X ونظيره Y على وقف تدفق المقاتلين": the unnamed object is no third party
        res.rules.append("reciprocal:unnamed-object-dropped")
    exchanged = _exchanged_attack(doc, m, first)
    if not recipient and (pattern.type in RECIPROCAL_TYPES or pattern.cameo in SIGNING_CODES or exchanged) and \
            len(actor) > 1:
        actor, recipient = _split_parties(actor)
        if recipient:
            res.rules.append("reciprocal:first-conjunct-actor" + (":exchange" if exchanged else ""))
    elif not actor and (pattern.type in RECIPROCAL_TYPES or pattern.cameo in SIGNING_CODES) and len(recipient) > 1 \
            and "recipient:object" in res.rules and not passive:
        actor, recipient = _split_parties(recipient)  # "اتفق وزيرا خارجية مصر والأردن": a dual in construct
        if recipient:
            res.rules.append("reciprocal:dual-construct")
    if not actor and recipient and pattern.type == "MOBILIZE" and is_noun_trigger(m) and \
            "recipient:prep-ل" in res.rules and toks[m.last].norm[:1] == "ل" and toks[m.last].norm[1:] in FORCE_HEADS:
        actor, recipient = recipient, []  # "انتشار واسع لقوات الجيش": the forces deployed, they are no recipient
        res.rules.append("actor:forces-of-deployment-noun")
    res.passive = passive
    actor_countries = {a.country for a in actor if a.country}
    if len({a.country for a in recipient if a.country} - actor_countries) and actor_countries:
        kept = [a for a in recipient if a.country not in actor_countries]
        if len(kept) < len(recipient):
            res.rules.append("recipient:partner-not-self")
        recipient = kept
    # "قتل 13 مسلحا من ميليشيات X": the bare counted men stand for the party named after من
    # (a quoted name after من, مسلحون من جماعة "X", is looked up by its own span: the lookup skips the marks)
    own_spans = _unquote(doc, pool, res)
    actor = _partitive_actor(doc, m, actor, own_spans, res)
    recipient = name_partitive_parties(doc, recipient, own_spans, res.rules)
    sent_country = _sentence_country(doc, m)
    if sent_country is None and any(_domestic(a) for a in actor + recipient):
        # "المقاومة دفعت بتعزيزات" in a sentence naming no country: the country the article was just speaking of
        here = _article_country(doc, m)
        actor = [_with_context_country(a, here, res) if _domestic(a) else a for a in actor]
        recipient = [_with_context_country(a, here, res) if _domestic(a) else a for a in recipient]
    # the GSR leaves protesters countryless; civilians do not arrest or sanction (a "subject" there is a target)
    # (unnamed civilians as an attack's "subject" are its victims: "قتل سبعة مدنيين عندما فجر انتحاري نفسه")
    civil = False if pattern.type in ("COERCE", "SANCTION", "ASSAULT") else "crowd" if pattern.type != "PROTEST" \
        else True
    # "قال مسؤولون خليجيون لمصر إنهم ...": the country of the one addressed is not the speaker's
    actor_country = None if res.addressee is not None and res.addressee.country == sent_country else sent_country
    actor = [_with_context_country(a, actor_country, res, civil=civil)
             for a in _apposed(doc, _dedupe(actor), pool, res)]
    recipient = [_with_context_country(a, sent_country, res) for a in _apposed(doc, _dedupe(recipient), pool, res)]
    if pattern.type == "ASSAULT" and sent_country:  # "قتل خمسة جنود في هجوم جنوب شرق تركيا": that state's soldiers
        recipient = [replace(a, country=sent_country) if is_generic(a) and a.sector == "MIL" else a for a in recipient]
    if pattern.type == "ASSAULT" and all(is_generic(a) for a in actor):
        claimant = _claimant(doc, m, end)
        if claimant is not None:  # "قتل 20 في تفجير ...، وتبنى تنظيم X الهجوم": X is the attacker
            actor = [claimant]
            recipient = [a for a in recipient if a is not claimant]
    if place_adj and all(is_generic(a) for a in recipient):
        recipient = place_adj[:1]  # "قرب مدينة جازان السعودية": the place's country, when no one else is hit
        res.rules.append(f"recipient:country-of-place={place_adj[0].text}")
    if pattern.type == "PROTEST" and not actor and sent_country:
        actor = _implied_people(doc, m, sent_country, res)
    actor = [a for a in actor if not _attributive(doc, a, res)]
    recipient = [a for a in recipient if not _attributive(doc, a, res)]
    if not actor and speech is not None and res.speaker is not None and pattern.type in SPEECH_ACT_TYPES and \
            res.speaker.country and m.first - first <= 6 and all(r.country != res.speaker.country or not r.country for r in recipient):
        actor = [res.speaker]  # "قال X إن ... رفض/مطالبة ...": an unowned demand or refusal is the speaker's
        res.rules.append("actor:speaker-of-speech-act")
    res.actor = _prefer_specific(actor, res)
    spans = {(a.start, a.end, a.country) for a in res.actor}  # a dual mention stands for two parties
    recipient = _not_self(res.actor, [a for a in recipient if (a.start, a.end, a.country) not in spans], res)
    if pattern.type == "ACCUSE" and res.actor and not recipient and "subject:in-frame" in res.rules and \
            toks[m.first].norm in RESPONSIBLE_VERBS:
        recipient = _counterpart_in_frame(doc, m, res.actor, pool, res)  # "حمّل X نظيره Y المسؤولية"
    if pattern.type == "ACCUSE" and res.actor and not recipient and "subject:in-frame" in res.rules and \
            (toks[m.first].norm in RESPONSIBLE_VERBS or _joined_description(doc, m)):
        res.actor, recipient = _holder_of_responsibility(doc, m, res), res.actor
    if pattern.type in ("REQUEST", "CONSULT") and res.actor:
        named = _named_addressee(doc, m, pool, res)
        if named is not None:  # "طلب X من الأردن بذل مساعيه لدى أنقرة"، "يلتقي X نظراءه في دول مجلس التعاون"
            recipient = [named]
    if pattern.type == "ACCUSE" and recipient and res.rules[-1:] == ["recipient:object"] and \
            _victim_of_condemned_act(doc, recipient[0]):
        res.rules.append(f"recipient:victim-not-accused={recipient[0].text}")
        recipient = []  # "أدان اغتيال النائب العام": the one killed is not the one accused
    if pattern.type in VICTIM_BLIND_TYPES and res.actor and recipient:
        recipient = _victims_dropped(doc, m, recipient, res)  # "أدان جريمة استشهاد طفل فلسطيني إثر استهداف X"
    if pattern.type in ("COERCE", "ASSAULT") and all(is_generic(r) for r in recipient):
        member = _member_of(doc, m, pool, res)
        if member is not None:  # "اعتقلت قياديا كبيرا في حركة الحوثي": the movement's man was arrested
            recipient = [member]
    if pattern.type in ACCUSED_TYPES and res.actor and not passive:
        accused = _accused_party(doc, m, pool, res)
        if accused is not None:  # "أدانت X التصريحات التي أدلى بها Y"، "وحملت Y المسؤولية": Y is the one accused
            recipient = [accused]
    if pattern.type == "COERCE" and res.actor:
        recipient = _protesters_of_state(doc, res.actor, recipient, res)
    if not recipient and pattern.type in OBJECT_NATIONALITY_TYPES and res.actor:
        recipient = _owner_of_object(doc, m, end, res.actor, res)
    if not recipient and pattern.type in STANCE_TYPES and res.actor:
        recipient = _parties_of_object(doc, m, end, pool, res)
    if pattern.type in PEOPLE_TARGET_TYPES and all(is_generic(r) for r in recipient):
        recipient = _people_of_place(doc, m, end, res) or recipient  # "على سكان حلب": not just "سكان"
    recipient = [_member_antecedent(doc, m, r, res) for r in recipient]
    own_statement = own_act or (self_ref and not expletive and not res.actor and m.first - first <= 3)
    if not recipient and res.addressee is not None and own_statement and pattern.type in ADDRESSED_TYPES and \
            all(res.addressee.country != a.country for a in res.actor if a.country):
        recipient = [res.addressee]  # "قال حلفاء لتركيا إنهم يؤيدون حقها": the speaker's act towards the addressee
        res.rules.append("recipient:addressee-of-statement")
    if not recipient and pattern.type == "SANCTION" and pattern.mode == "withdraw" and res.actor:
        recipient = _posted_in(doc, m, end, res)  # "استدعت X سفيرها في طهران": the state it is recalled from
    res.recipient = _prefer_specific(recipient, res)
    if pattern.type not in UNNAMED_PARTY_TYPES and res.actor and res.recipient and \
            all(is_generic(a) for a in res.recipient):
        res.recipient = []  # "أدان العمل الإرهابي"، "طالب المسؤولين": an unnamed party is no recipient
        res.rules.append("recipient:unnamed-dropped")
    guest = _guest_after_adverbial(doc, m, pool, end, res) or _guest_after_semicolon(doc, m, res)
    if guest:  # "استقبل X ... في مكتبه، أمس، وزير خارجية Y": Y is the one received
        res.recipient = guest
    if not res.recipient:
        res.recipient = _object_after_relative(doc, m, pool, end, res)
    if not res.recipient and res.actor and pattern.type in CONFRONT_TYPES | {"REQUEST"}:
        res.recipient = _sides_of_conflict(doc, m, end, pool, res)
    if not res.recipient and res.actor and pattern.type == "REQUEST":
        res.recipient = _party_of_demanded_act(doc, m, end, pool, res)  # "دعا X إلى إنهاء الحصار الأميركي"
    if not res.recipient and pattern.type == "SUPPORT" and res.actor:
        res.recipient = _doer_of_praised_role(doc, m, end, pool, res)
    if not res.recipient and pattern.type in STANCE_TYPES and res.actor:
        res.recipient = _maker_of_object(doc, m, end, res)  # "رحبت X بالإصلاحات التي قدمها Y"
    if not res.recipient and pattern.type in ACCUSED_TYPES and res.actor:
        res.recipient = _doer_of_condemned_act(doc, m, end, res)  # "أدانت X قيام Y بخطف مدنيين"
    if not res.recipient and pattern.type in STANCE_TYPES and res.actor:
        res.recipient = _doer_of_object_act(doc, m, end, res)  # "رفض X ما تردده Y"، "الزيارة التي تقوم بها Y"
    if m.pattern.id in HOSTING_PATTERNS and len(res.recipient) == 1:
        res.recipient = res.recipient + _guest_list(doc, res.recipient[0], pool, end, res)
    if pattern.type == "MOBILIZE" and res.recipient:
        res.recipient = _mobilized_against(doc, m, res)
    if all(is_generic(a) for a in res.actor) and len(res.recipient) == 1 and not res.passive:
        named = _subject_set_off_by_commas(doc, m, res.recipient[0], pool, end)
        if named is not None:  # "دعا وزير حقوق الإنسان اليمني، X، مفوض الأمم المتحدة": X calls on the UN
            res.actor, res.recipient = [res.recipient[0]], named
            res.rules.append(f"subject:set-off-by-commas={res.actor[0].text}")
    if not res.recipient and res.actor:
        res.recipient = antecedent_of_object_pronoun(doc, m, res.actor)  # "متهمة إياهم": the ones named before
    if not res.recipient and res.actor and speech is not None and pattern.type == "REQUEST":
        res.recipient = _speaker_as_pronoun_object(doc, m, speech, res)  # "قال X إن Y طلبت منه": X was asked
    if not res.recipient and res.actor and pattern.type == "ASSAULT":
        res.recipient = _retaken_from(doc, m, pool, end)  # "لاستعادة قاعدة العند من الحوثيين": they are attacked
    if m.pattern.id in HOME_HOSTING_PATTERNS and m.head_tag:
        res.actor = _host_at_home(doc, m, res) or res.actor
    return res


SPEAKER_POINTERS = words("arguments", "speaker_pointers")


def _speaker_as_pronoun_object(doc: Document, m: TriggerMatch, speech: int, res: Arguments) -> list[Actor]:
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


# guests that are only a country, a nationality or a thing (الطائرة السعودية): no official received in person
PLACE_LIKE_GUESTS = frozenset(("country", "nationality", "capital", "asset"))
HOST_VERB_LEADS = words("arguments", "host_verb_leads")


def _opens_clause(doc: Document, m: TriggerMatch) -> bool:
    """The verb opens its sentence or clause (after punctuation or كما، وقد), so its subject follows it."""
    k = m.first - 1
    return k < doc.sentences[m.sentence].token_start or doc.tokens[k].is_punct or doc.tokens[k].norm in HOST_VERB_LEADS


def _place_in(doc: Document, p) -> bool:
    """A place named where something happens (بالرياض، في جدة), not one in construct (أطفال مدينة عدن)."""
    i = token_at(doc, p.start, 0, len(doc.tokens))
    tok = doc.tokens[i]
    return (tok.start < p.start and tok.norm[:1] == "ب") or (i > 0 and doc.tokens[i - 1].norm in ("في", "فى", "وفي"))


# verbs of receiving or meeting a guest at home: a host the actors layer gives no country is of the home country
HOME_HOSTING_PATTERNS = frozenset(("consult.istaqbala", "consult.iltaqa"))


def _host_at_home(doc: Document, m: TriggerMatch, res: Arguments) -> list[Actor]:
    """``استقبل مدير عام فرع الوزارة بالمنطقة الشرقية السكرتير الأول بالسفارة الهندية``: a host known only by a
    title or a name of no country (a domestic official) who receives a foreign guest acts for the country where
    the reception takes place: a place of one other country between the verb and the guest (بالمنطقة الشرقية،
    في مكتبه بالرياض), or else the one country of the sentence before. Only when every guest has a country."""
    if not res.recipient or any(a.country for a in res.actor) or not all(r.country for r in res.recipient):
        return []
    if any(r.kind in PLACE_LIKE_GUESTS for r in res.recipient) or not _opens_clause(doc, m):
        return []  # "مطار عدن استقبل الطائرة السعودية": a place or a thing after a subject the verb follows
    guests = {r.country for r in res.recipient}
    first_guest = min(r.start for r in res.recipient)
    home = {p.country for p in getattr(doc, "places", []) or []
            if m.end <= p.start < first_guest and p.country and p.country not in guests and _place_in(doc, p)}
    country = next(iter(home)) if len(home) == 1 else None
    how = "place"
    if country is None and not home:
        country, how = _article_country(doc, m), "sentence-before"
        if country in guests:
            country = None
    if country is None:
        return []
    res.rules.append(f"actor:host-at-home({how})={country}")
    host = res.actor[0] if res.actor else doc.span(m.start, m.end)
    text = getattr(host, "text", "")
    return [Actor(text, host.start, host.end, text, text, country, "GOV", kind="implied")]


# verbs whose object may follow a relative clause set off by commas on their subject
OBJECT_AFTER_RELATIVE_TYPES = frozenset(("ACCUSE", "THREATEN", "REQUEST", "CONSULT", "SUPPORT", "REJECT", "PROTEST"))


def _object_after_relative(doc: Document, m: TriggerMatch, pool: list[Actor], end: int,
                           res: Arguments) -> list[Actor]:
    """``اتهمت «وحدات حماية الشعب» الكردية، التي تقاتل داعش في سوريا، وتعتبرها واشنطن شريكا، تركيا، أمس، بـ``: a
    relative clause set off by commas after the VSO subject; the party standing alone between commas (or before
    the verb's preposition or a day word) after it is the verb's object."""
    if m.pattern.type not in OBJECT_AFTER_RELATIVE_TYPES or m.head_tag not in ("perf", "impf") or not res.actor or \
            "subject:vso" not in res.rules:
        return []
    toks = doc.tokens
    own = {a.country for a in res.actor if a.country}
    subj = [a for a in res.actor if a.start >= m.end]
    if not subj or not own:
        return []
    k = token_at(doc, subj[-1].end - 1, 0, len(toks)) + 1
    while k < end and not toks[k].is_punct and k - m.last < 8 and toks[k].norm not in RELATIVES:
        k += 1  # the subject's own adjectives (الكردية)
    bare_open = k < end and toks[k].norm in RELATIVES
    if bare_open:
        k -= 1  # "يلتقي X الذي يقوم بجولة في المنطقة، Y": a relative opened with no comma before it
    elif k + 1 >= end or toks[k].norm not in ("،", ",") or toks[k + 1].norm not in RELATIVES:
        return []
    closing = _relative_close(doc, k + 1, end)
    for a in pool:
        j = _tok_of(doc, a)
        if j <= k + 1:
            continue
        if j - k > 30:
            return []
        last = token_at(doc, a.end - 1, 0, len(toks))
        nxt = toks[last + 1].norm if last + 1 < end else "."
        right_after_close = j == closing + 1 and not _coordinated_word(toks[j])
        phrase_ends = nxt in ("،", ",") or nxt in DAY_WORDS or nxt[:1] in ("ب", "ل") or nxt in RECIP_PREPS
        if toks[j - 1].norm not in ("،", ",") or not (phrase_ends or right_after_close):
            continue
        if not a.country or a.country in own:
            continue
        if bare_open or (right_after_close and not phrase_ends):
            res.rules.append(f"recipient:object-after-closed-relative={a.text}")
        else:
            res.rules.append(f"recipient:object-after-relative={a.text}")
        return [a]
    return []


def _relative_close(doc: Document, rel: int, end: int) -> int:
    """The comma that closes a relative clause opened at token ``rel`` on the subject (-1 if none before ``end``):
    the verb's own object follows it (``ناشدت الحكومة، التي تتخذ من طبرق مقرا، مجلس الأمن رفع الحظر``)."""
    toks = doc.tokens
    return next((k for k in range(rel + 1, end) if toks[k].norm in ("،", ",")), -1)


def _coordinated_word(tok) -> bool:
    """A word carrying the conjunction و (``، والسعودية``): it goes on a list inside the clause, it opens no
    object."""
    return bool(tok.proclitics) and normalize_word(tok.proclitics[0].text) == "و"


# meetings whose host comes first and whose guest follows the host's titles (استقبل، التقى، لقاء، استقبال)
HOSTING_PATTERNS = frozenset(("consult.istaqbala", "consult.iltaqa", "consult.istiqbal", "consult.ijtima3"))
# words that end the host's phrase: a day or time (أمس، اليوم، مساء أمس، الليلة الماضية، مؤخرا)
DAY_WORDS = frozenset(normalize_word(w) for w in (
    "امس أمس اليوم مؤخرا الخميس الجمعة السبت الاحد الأحد الاثنين الإثنين الثلاثاء الاربعاء الأربعاء "
    "مساء صباح ظهر عصر الليلة").split())
DAY_TAILS = frozenset(normalize_word(w) for w in "الأول الاول الماضي الماضية امس أمس اليوم".split())
GUEST_STOPS = frozenset(normalize_word(w) for w in (
    "وذلك الذي التي الذين بحضور وبحضور حيث كما خلال وخلال بعد قبل").split())
GUEST_GAP = 8  # tokens from the end of the adverbial to the guest's mention


def _host_awaiting_guest(m: TriggerMatch, res: Arguments) -> set:
    """The host's countries when a reception or meeting has a host of known country and no foreign guest found yet
    (the guest rules below look further only then); empty otherwise."""
    if m.pattern.id not in HOSTING_PATTERNS or not res.actor:
        return set()
    own = {a.country for a in res.actor if a.country}
    if any(r.country and r.country not in own for r in res.recipient):
        return set()
    return own


def _guest_after_adverbial(doc: Document, m: TriggerMatch, pool: list[Actor], end: int,
                           res: Arguments) -> list[Actor]:
    """The one a host receives or meets when the host's long titles and places push the guest out of reach of
    the object rules: "استقبل X ولي عهد أبوظبي نائب القائد الأعلى للقوات المسلحة اليوم نائب الرئيس اليمني",
    "استقبل X، أمير المنطقة الشرقية، في مكتب سموه بالإمارة، السفير الكوري". The host's phrase ends at a day
    word (أمس، اليوم، مساء أمس) or at the comma closing a place phrase (في مكتبه ...،); the first party of
    another country named within a few words after it is the guest. Only when no other state's party was found."""
    own = _host_awaiting_guest(m, res)
    if not own:
        return []
    toks = doc.tokens
    hosts = [a for a in pool if a.start >= m.end and a.country in own]
    if not hosts:
        return []  # the host (the verb's subject or the noun's genitive) follows the trigger
    host_end = token_at(doc, hosts[0].end - 1, 0, len(toks))
    boundary = None
    k = host_end + 1
    while k < min(end, host_end + 30):
        norm = toks[k].norm
        if norm in GUEST_STOPS or norm in RELATIVES:
            break
        if norm in DAY_WORDS and not in_mention(doc, toks[k].start):
            boundary = k
            while boundary + 1 < end and (toks[boundary + 1].norm in DAY_TAILS or toks[boundary + 1].is_punct):
                boundary += 1
            break
        if norm in ("،", ",") and _place_phrase_before(doc, host_end + 1, k):
            boundary = k
            break
        k += 1
    if boundary is None:
        return []
    for a in pool:
        j = _tok_of(doc, a)
        if j <= boundary:
            continue
        if j - boundary > GUEST_GAP or any(toks[i].norm in GUEST_STOPS or toks[i].norm in RELATIVES
                                           for i in range(boundary + 1, j)):
            break  # no party named in reach: the guest's own phrase may still give his country
        if a.country in own:
            return []  # the host's own official: an audience at home, not a foreign guest
        if not a.country or _prep_before(doc, a, boundary + 1) is not None:
            continue
        res.rules.append(f"recipient:guest-after-adverbial={a.text}")
        return [x for x in _coordinate(doc, a, pool) if x.country and x.country not in own]
    return _guest_by_own_phrase(doc, boundary, end, own, res)


GUEST_SEAT_PREPS = words("arguments", "guest_seat_preps")


def _guest_by_own_phrase(doc: Document, boundary: int, end: int, own: set, res: Arguments) -> list[Actor]:
    """A guest named by an office or a name the lexicon does not know: the country his own phrase gives, a
    nationality adjective (هيلج لوند الرئيس التنفيذي لمجموعة الغاز البريطانية) or the seat of his institution
    after ب (مدير الجامعة الإسلامية بجاكرتا). Not a place after في (المنسق الإقليمي للعمليات الإنسانية في اليمن:
    the office's field, not the guest's country)."""
    toks = doc.tokens
    for k in range(boundary + 1, min(end, boundary + 1 + GUEST_GAP)):
        t = toks[k]
        if t.is_punct or t.norm in GUEST_STOPS or t.norm in RELATIVES:
            return []
        c = nationality_country(t.norm)
        if c and k > boundary + 1 and t.norm.startswith(DEFINITE):
            found = Actor(t.text, t.start, t.end, t.text, t.text, c, None, kind="nationality")
        else:
            p = next((p for p in doc.places if t.start < p.start < t.end and p.country), None) \
                if k > boundary + 1 and t.norm[:1] in GUEST_SEAT_PREPS else None
            found = Actor.of_place(p) if p is not None else None
        if found is None:
            continue
        if found.country in own:
            return []
        res.rules.append(f"recipient:guest-by-own-phrase={t.text}")
        return [found]
    return []


def _guest_after_semicolon(doc: Document, m: TriggerMatch, res: Arguments) -> list[Actor]:
    """``استقبل X في قصر السلام، اليوم؛ وزير الخارجية المصري``: the text layer ends the sentence at ؛, so the guest
    named right after a host phrase closed by a day word and ؛ opens the next sentence; the first party there,
    of another country and governed by no preposition, is the one received (round 18a)."""
    own = _host_awaiting_guest(m, res)
    if not own:
        return []
    toks = doc.tokens
    sent = doc.sentences[m.sentence]
    last = sent.token_end - 1
    if last <= m.last or toks[last].text != "؛" or m.sentence + 1 >= len(doc.sentences):
        return []
    if not any(toks[k].norm in DAY_WORDS or toks[k].norm in DAY_TAILS for k in range(max(m.last, last - 3), last)):
        return []
    nxt = doc.sentences[m.sentence + 1]
    lo = nxt.token_start
    pool = _merge_adjacent(doc, _actors_in(doc, toks[lo].start, toks[min(nxt.token_end, lo + GUEST_GAP) - 1].end))
    for a in pool:
        if a.country in own or _tok_of(doc, a) - lo > 2:
            return []  # the host's own official, or a party further on in a new clause
        if not a.country or _prep_before(doc, a, lo) is not None:
            continue
        res.rules.append(f"recipient:guest-after-semicolon={a.text}")
        return [a]
    return []


def _guest_list(doc: Document, first: Actor, pool: list[Actor], end: int, res: Arguments) -> list[Actor]:
    """``استقبل X سفير النرويج لدى المملكة رالف هانسن، وسفير فنلندا بيكا ...، وسفير الدنمارك``: guests with the
    same office, each followed by a name the lexicon does not know, are coordinated by "، و" all the same."""
    head = normalize_word(first.text).split()[0]
    more, last = [], first
    end_char = doc.tokens[end - 1].end if end > 0 else len(doc.text)
    for b in pool:
        if b.start < last.end or b.start >= end_char:
            continue
        gap = _between(doc, last.end, b.start)
        words = gap.replace("،", " ").split()
        if not re.search(r"[،,]\s*و$", gap) or len(words) > 7 or any(c in gap for c in ".:؛") or \
                gap.count("،") + gap.count(",") > 1 or normalize_word(b.text).split()[0] != head:
            break
        if b.country and b.country != first.country and all(b.country != a.country for a in more):
            more.append(b)
        last = b
    if more:
        res.rules.append(f"recipient:guest-list={len(more) + 1}")
    return more


# heads of a place phrase that sets off the host from the guest (في مكتبه بالرياض، في قصر السلام بجدة)
PLACE_PHRASE_HEADS = frozenset(normalize_word(w) for w in (
    "مكتب مكتبه مكتبها مقر مقره مقرها قصر ديوان مجلسه منزل منزله قاعة").split())


def _place_phrase_before(doc: Document, lo: int, comma: int) -> bool:
    """Does the stretch before this comma (since the previous punctuation) open with في or ب and a place noun?"""
    k = comma - 1
    while k >= lo and not doc.tokens[k].is_punct:
        k -= 1
    k += 1
    if k >= comma:
        return False
    first = doc.tokens[k].norm
    nxt = doc.tokens[k + 1].norm if k + 1 < comma else ""
    if first in ("في", "فى") and (nxt in PLACE_PHRASE_HEADS or strip_al(nxt) in PLACE_PHRASE_HEADS):
        return True
    return first[:1] == "ب" and (first[1:] in PLACE_PHRASE_HEADS or strip_al(first[1:]) in PLACE_PHRASE_HEADS)


# types whose unnamed targets (مدنيين، متظاهرين، إرهابيا) stay: attacks, protests and arrests are coded by sector
UNNAMED_PARTY_TYPES = frozenset(("ASSAULT", "PROTEST", "COERCE"))


NEWS_SECTORS = frozenset(("MED", "JRN"))
ANAPHORIC_STATES = frozenset(normalize_word(w) for w in "البلد الدولة البلاد المملكة".split())


def _member_antecedent(doc: Document, m: TriggerMatch, r: Actor, res: Arguments) -> Actor:
    """``دعوا البلد العضو في حلف الأطلسي``: "the member state of X" is a country named before in the sentence
    (the last country mention before the trigger, the addressee first), not X itself."""
    toks = doc.tokens
    i = _tok_of(doc, r)
    if i < 1 or toks[i - 1].norm not in ANAPHORIC_STATES or not normalize_word(r.text).startswith(("العضو", "عضو")):
        return r
    sent = doc.sentences[m.sentence]
    prior = [a for a in _actors_in(doc, sent.start, m.start) if a.kind == "country" and a.country]
    ante = res.addressee if res.addressee is not None and res.addressee.country else (prior[-1] if prior else None)
    if ante is None:
        return r
    res.rules.append(f"recipient:member-state={ante.text}")
    return ante


# acts a speaker may state to the one addressed (support, demands, promises, warnings, rejections)
ADDRESSED_TYPES = frozenset(("SUPPORT", "REQUEST", "AGREE", "COOPERATE", "AID", "THREATEN", "REJECT", "ACCUSE"))


PEOPLE_TARGET_TYPES = frozenset(("ASSAULT", "COERCE", "AID"))
PEOPLE_OF = frozenset(normalize_word(w) for w in (
    "مواطني سكان أهالي اهالي أبناء ابناء لمواطني لسكان لأهالي لاهالي لأبناء لابناء").split())


def _li_force_head(n: str) -> bool:
    """``لطائرات``، ``للطائرات``، ``لقوات``: a force noun behind the preposition ل, whose owner follows it."""
    for p in ("لل", "ل"):
        if n.startswith(p) and (n[len(p):] in FORCE_HEADS or "ال" + n[len(p):] in FORCE_HEADS):
            return True
    return False


TRANSFER_TYPES = frozenset(("AID", "COOPERATE"))
SUPPLIER_REACH = 14  # "تسلمت مصر أول ثلاث من 24 طائرة «رافال»، كانت قد طلبتها في فبراير من فرنسا"
SUPPLIER_STOPS = frozenset(".!?؟:؛;")


def _supplier_place(doc: Document, m: TriggerMatch, own: list, res: Arguments) -> Optional[Actor]:
    """``تسلمت مصر طائرات من طراز «رافال» من فرنسا``: the actor layer reads a country after من as a place (an
    origin), so a receiving frame (role ``from``) finds no giver among the actors; the first country named right
    after من, in the same sentence and within reach, is the state that gave or sold (the subject, the recipient)."""
    toks = doc.tokens
    places = getattr(doc, "places", []) or []
    hi = min(len(toks) - 1, m.last + SUPPLIER_REACH)
    for k in range(m.last + 1, hi):
        if toks[k].norm in SUPPLIER_STOPS:
            break
        if toks[k].norm != "من":
            continue
        nxt = toks[k + 1]
        place = next((p for p in places if p.start == nxt.start and p.country), None)
        if place is not None and place.country not in own:
            res.rules.append(f"actor:from-place={place.country}")
            return Actor(place.text, place.start, place.end, place.text, place.text, place.country, "GOV",
                         kind="implied")
    return None


def _people_of_place(doc: Document, m: TriggerMatch, end: int, res: Arguments) -> list[Actor]:
    """``أعدم 2070 من مواطني نينوى``، ``مساعدات لسكان حلب``: the people of a place, right after the trigger, are
    its country's people."""
    toks = doc.tokens
    for k in range(m.last + 1, min(end, m.last + 7)):
        if toks[k].is_punct or toks[k].norm in COMPLEMENTIZERS:
            break
        if toks[k].norm not in PEOPLE_OF or k + 1 >= len(toks):
            continue
        nxt = toks[k + 1]
        place = next((p for p in getattr(doc, "places", []) or [] if p.start == nxt.start and p.country), None)
        if place is not None:
            res.rules.append(f"recipient:people-of-place={place.country}")
            return [Actor(place.text, place.start, place.end, place.text, place.text, place.country, None,
                          kind="implied")]
        break
    return []


SPEECH_ACT_TYPES = frozenset(("REQUEST", "REJECT", "ACCUSE", "THREATEN"))
SELF_KINDS = ("country", "poss", "capital", "seat")


def _not_self(actor: list[Actor], recipient: list[Actor], res: Arguments) -> list[Actor]:
    """A recipient that only restates the actor (رفض مصر after الخارجية المصرية; بلاده; the same person) is no
    second party: actor == recipient only when a distinct body of the same country is named (police vs
    protesters)."""
    own = {a.country for a in actor if a.country and (a.sector or "GOV") in STATE_SECTORS | {"MIL"}}
    refs = {a.ref for a in actor if a.ref}
    if not own or not recipient:
        return recipient
    kept = [r for r in recipient if not ((r.ref and r.ref in refs) or
                                         (r.country in own and r.kind.startswith(SELF_KINDS)))]
    if len(kept) < len(recipient):
        res.rules.append("recipient:not-the-actor-again")
    return kept


DEFINITE = ("ال", "لل", "بال", "وال", "ولل", "وبال", "فال", "كال")
OWNED_TARGET_TYPES = frozenset(("REJECT", "ACCUSE", "PROTEST", "THREATEN"))
# praise, welcome, meetings and agreements name the other party by the nationality of their object (أشاد بالدور
# السعودي، رحب بالمبادرة الفرنسية، استقبل الفريق الفني الإماراتي), as a condemnation does (أدان الاعتداءات
# الإسرائيلية); not the types whose phrase carries the doer's own nationality (غارات إسرائيلية، مساعدات سعودية), nor
# demands, whose content is not the one asked (طالب المجتمع الدولي بوقف الانتهاكات الإسرائيلية)
OBJECT_NATIONALITY_TYPES = OWNED_TARGET_TYPES | frozenset(("SUPPORT", "CONSULT", "AGREE", "COOPERATE"))


@lru_cache(maxsize=1)
def _nisbas() -> dict:
    """Normalized nationality adjective (الإيراني، الإسرائيلية ...) -> country, from the actors lexicon."""
    try:
        from hadath.actors.lexicon import default_lexicon
    except ImportError:
        return {}
    out = {}
    for e in default_lexicon().entries:
        if e.kind == "nationality" and e.country:
            for f in e.forms:
                out.setdefault(f, e.country)
    return out


def nationality_country(word: str) -> Optional[str]:
    """The country of a normalized nationality adjective (الإيراني -> IRN), for the rules of other modules that
    qualify a party by one."""
    return _nisbas().get(word)


BODY_SECTORS = frozenset(("IGO", "NGO"))
# stances towards an act: the parties of the act welcomed, rejected or condemned are the recipients
STANCE_TYPES = frozenset(("SUPPORT", "REJECT", "ACCUSE"))
BAYNA = frozenset(normalize_word(w) for w in "بين وبين".split())


def _parties_of_object(doc: Document, m: TriggerMatch, end: int, pool, res: Arguments) -> list[Actor]:
    """``رحبت X بالاتفاق بين الفصائل الفلسطينية``، ``أدان X الاشتباكات بين Y و Z``: the parties of the act named right
    after the stance verb (within two words, then بين) are its recipients."""
    toks = doc.tokens
    own = {a.country for a in res.actor if a.country}
    lo = max([m.last] + [token_at(doc, a.end - 1, 0, len(toks)) for a in res.actor if a.start >= m.end])
    verbs = _verb_triggers(doc)[0]
    for k in range(lo + 1, min(end, lo + 7)):
        if toks[k].is_punct or (k > lo + 3 and k in verbs):
            return []
        if toks[k].norm in BAYNA:
            if k > lo + 3 and not _agreement_between(doc, lo, k):
                return []  # far from the verb only for a named accord: "وافق X أمس على الاتفاق النووي بين"
            after = [a for a in pool if _tok_of(doc, a) == k + 1] or \
                (_second_party(doc, k, pool) if _agreement_between(doc, lo, k) else [])
            if not after:
                return []
            parties = [a for a in _coordinate(doc, after[0], pool) if a.country not in own or not a.country]
            if parties:
                res.rules.append("recipient:parties-of-object-بين")
            return parties
    return []


POSTED_PREPS = frozenset(normalize_word(w) for w in "في فى لدى لدي من".split())


def _posted_in(doc: Document, m: TriggerMatch, end: int, res: Arguments) -> list[Actor]:
    """``استدعت X سفيرها في/لدى طهران``: the place right after the recalled envoy names the other state."""
    toks = doc.tokens
    k = m.last + 1
    if k + 1 >= end or toks[k].norm not in POSTED_PREPS:
        return []
    own = {a.country for a in res.actor}
    p = next((p for p in doc.places if p.start == toks[k + 1].start and p.country and p.country not in own), None)
    if p is None:
        return []
    res.rules.append(f"recipient:envoy-posted-in={p.text}")
    return [Actor.of_place(p)]


def _owner_of_object(doc: Document, m: TriggerMatch, end: int, actor: list[Actor], res: Arguments) -> list[Actor]:
    """``رفض مصر للتدخل الإيراني``، ``أدان الاعتداءات الإسرائيلية``: the country whose act is rejected or condemned
    (a nationality adjective right after the object noun) is the recipient."""
    toks = doc.tokens
    nis = _nisbas()
    lo = max([m.last] + [token_at(doc, a.end - 1, 0, len(toks)) for a in actor if a.start >= m.end])
    verbs = _verb_triggers(doc)[0]
    if m.pattern.type == "ACCUSE" and lo + 1 < len(toks) and toks[lo + 1].norm in VICTIM_ACT_NOUNS:
        return []  # "أدان اغتيال السفير الروسي": the nationality of the one killed, not of the accused
    for k in range(lo + 1, min(end, lo + 5)):
        t = toks[k]
        if t.is_punct or t.norm in COMPLEMENTIZERS or t.norm in RECIP_PREPS or t.norm in ("في", "فى"):
            break  # "أدان الهجوم على السفارة الأردنية": the adjective of the target, not of the condemned act
        if k in verbs and m.pattern.type not in OWNED_TARGET_TYPES:
            break  # "رحبت X بالقرار ودعت الحكومة السودانية": the next verb's own object
        c = nis.get(t.norm)
        if c and c not in {a.country for a in actor} and k > lo + 1 and toks[k - 1].norm.startswith(DEFINITE):
            res.rules.append(f"recipient:owner-of-object:{t.text}")
            return [Actor(t.text, t.start, t.end, t.text, t.text, c, None, kind="nationality")]
    return []


# ---- session 7, parties round: who is accused, the place of an unattributed attack, dispersed protesters ----

ACCUSED_TYPES = frozenset(("ACCUSE", "REJECT"))
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


def _sentence_tokens(doc: Document, m: TriggerMatch) -> tuple[int, int]:
    sent = doc.sentences[m.sentence]
    return sent.token_start, sent.token_end


def _first_at(actors: list[Actor], doc: Document, k: int) -> Optional[Actor]:
    return next((a for a in actors if _tok_of(doc, a) == k), None)


def _held_responsible(doc: Document, m: TriggerMatch, own: set) -> Optional[Actor]:
    """``وحملت إسرائيل المسؤولية``، ``محملا X المسؤولية``، ``X تتحمل وحدها المسؤولية``: in a condemnation, the party
    held responsible (anywhere in the sentence after the trigger) is the one accused."""
    toks = doc.tokens
    _, hi = _sentence_tokens(doc, m)
    sent = doc.sentences[m.sentence]
    actors = [a for a in _actors_in(doc, sent.start, sent.end) if a.start >= m.end and a.country]
    for k in range(m.last + 1, hi):
        n = toks[k].norm
        if n in RESPONSIBLE_VERBS:
            for a in actors:
                j = _tok_of(doc, a)
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
    _, hi = _sentence_tokens(doc, m)
    sent = doc.sentences[m.sentence]
    actors = [a for a in _actors_in(doc, sent.start, sent.end) if a.start >= m.end]
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
                j = _tok_of(doc, a)
                if j <= x or j - x > 7:
                    continue
                if _prep_before(doc, a, x + 1) is not None or toks[j - 1].norm in TOPIC_PREPS:
                    continue  # "حول الجزائر": the topic of the statements
                return a if a.country and a.country not in own else None
            return None
        x += 1
    return None


def _accused_party(doc: Document, m: TriggerMatch, pool: list[Actor], res: Arguments) -> Optional[Actor]:
    own = {a.country for a in res.actor if a.country}
    found = _statement_author(doc, m, own, res.actor)
    rule = "recipient:author-of-statements"
    if found is None and m.pattern.type == "ACCUSE":
        found, rule = _held_responsible(doc, m, own), "recipient:held-responsible"
    if found is not None:
        res.rules.append(f"{rule}={found.text}")
    return found


PROTESTER_STEMS = ("متظاهر", "محتج", "معتصم")


def _protesters_of_state(doc: Document, actor: list[Actor], recipient: list[Actor], res: Arguments) -> list[Actor]:
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


def _counterpart_in_frame(doc: Document, m: TriggerMatch, actor: list[Actor], pool: list[Actor],
                          res: Arguments) -> list[Actor]:
    """``حمّل نائب الرئيس العراقي X نظيره Y المسؤولية``: when the subject and a counterpart (نظيره، or a party of
    another country) both stand inside the frame, the second is the one held responsible (round 18a)."""
    subj = actor[0]
    own = {a.country for a in actor if a.country}
    for a in pool:
        if not (subj.end <= a.start and a.end <= m.end) or not a.country:
            continue
        j = _tok_of(doc, a)
        counterpart = normalize_word(a.text).startswith("نظير") or \
            (j > 0 and doc.tokens[j - 1].norm.startswith("نظير") and doc.tokens[j - 1].start >= subj.end)
        if counterpart or a.country not in own:
            res.rules.append(f"recipient:counterpart-in-frame={a.text}")
            return [a]
    return []


def _holder_of_responsibility(doc: Document, m: TriggerMatch, res: Arguments) -> list[Actor]:
    """``دانت X ...، وحملت إسرائيل المسؤولية``: the mention inside "حمّل [Y] المسؤولية" is the one held responsible
    (the object); the one holding it responsible is the sentence's subject before the verb."""
    sent = doc.sentences[m.sentence]
    own = {a.country for a in res.actor}
    before = [a for a in _actors_in(doc, sent.start, m.start) if a.country and a.country not in own and
              _prep_before(doc, a, sent.token_start) is None]
    res.rules.append("recipient:in-frame-object")
    return before[:1]


TO_PREPS = frozenset(normalize_word(w) for w in "إلى الى الي".split())


def _subject_after_destination(doc: Document, m: TriggerMatch, first: int, cand: Actor) -> bool:
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
    j = _tok_of(doc, cand)
    x = k
    while x < j and (toks[x].end <= place.end or toks[x].norm in TIME_WORDS):
        x += 1
    return x == j



def _in_protesters_relative(doc: Document, m: TriggerMatch, gap_from: int, j: int) -> bool:
    """A mention at token ``j`` inside a relative clause that describes protesters named by the trigger or right
    after it (المتظاهرين الذين كانوا يدينون X)."""
    toks = doc.tokens
    rel = next((k for k in range(gap_from + 1, j) if toks[k].norm in RELATIVES), None)
    return rel is not None and any(st in toks[k].norm for k in range(m.first, rel) for st in PROTESTER_STEMS)



DESCRIBE_VERBS = frozenset(normalize_word(w) for w in "ووصف ووصفت ووصفوا فوصف فوصفت".split())


def _joined_description(doc: Document, m: TriggerMatch) -> bool:
    """``رحب البيت الأبيض بـ... ووصف حزب العمال بأنه منظمة إرهابية``: a describing verb joined by و to an earlier
    verb of the sentence keeps that verb's subject; the mention inside its frame is the one described."""
    toks = doc.tokens
    if toks[m.first].norm not in DESCRIBE_VERBS:
        return False
    lo = doc.sentences[m.sentence].token_start
    return any(lo <= k < m.first for k in _verb_triggers(doc)[0])


ASK_VERBS = words("arguments", "ask_verbs")
COUNTERPARTS = frozenset(normalize_word(w) for w in (
    "نظراءه نظرائه نظراءها نظرائها نظراؤه نظراءهم نظرائهم بنظرائه بنظرائها مع_نظرائه").split())
IN_OF = frozenset(normalize_word(w) for w in "في فى من".split())


def _named_addressee(doc: Document, m: TriggerMatch, pool: list[Actor], res: Arguments) -> Optional[Actor]:
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


def _speaker_resumes(doc: Document, m: TriggerMatch, speech, subject: Optional[Actor], res: Arguments) -> bool:
    """``قال X إن Y ...، وأدان Z``: a stance verb joined by و right after a comma, with no subject of its own before
    it, goes back to the speaker of the statement (the complement's subject did not condemn)."""
    toks = doc.tokens
    if speech is None or res.speaker is None or not res.speaker.country or m.pattern.type not in RESUMING_TYPES or \
            m.head_tag != "perf" or m.first < 2 or not toks[m.first].norm.startswith("و"):
        return False
    if not (toks[m.first - 1].is_punct and toks[m.first - 1].norm in ("،", ",")):
        return False
    return subject is None or (subject is not res.speaker and subject.end <= toks[m.first - 1].start)


VICTIM_ACT_NOUNS = frozenset(normalize_word(w) for w in (
    "اغتيال واغتيال مقتل ومقتل قتل استهداف اختطاف خطف اعتقال احتجاز إعدام اعدام تصفية").split())


def _victim_of_condemned_act(doc: Document, r: Actor) -> bool:
    """The recipient is the genitive of a killing or abduction noun (اغتيال النائب العام، مقتل جنود مصريين)."""
    i = _tok_of(doc, r)
    return i > 0 and doc.tokens[i - 1].norm in VICTIM_ACT_NOUNS


# ---- session 14: the victims of the act a condemnation or a demand is about ----

VICTIM_BLIND_TYPES = frozenset(("ACCUSE", "REQUEST"))
VICTIM_NOUNS = VICTIM_ACT_NOUNS | words("arguments", "victim_nouns")
ATTACK_NOUNS = words("arguments", "attack_nouns")


def _victims_dropped(doc: Document, m: TriggerMatch, recipient: list[Actor], res: Arguments) -> list[Actor]:
    """``أدان جريمة استشهاد طفل فلسطيني``، ``الجريمة التي أدت إلى استشهاد الطفل``، ``دعت إلى الرد على مقتل طفل``:
    a party in construct after a death noun, whatever frame found it, was hit by the act spoken of; it is neither
    the one accused nor the one addressed. A condemnation then accuses the doer named after an attack noun or
    "by the hands of" further on (``إثر استهداف المستوطنين لمنزلهم``، ``بأيدي مستوطنين``), as the news conventions
    leave it empty when no doer is named."""
    toks = doc.tokens
    victims = [r for r in recipient if r.start >= m.end and _tok_of(doc, r) > 0 and
               toks[_tok_of(doc, r) - 1].norm in VICTIM_NOUNS]
    if not victims:
        return recipient
    res.rules.append(f"recipient:victim-of-act-spoken-of={victims[0].text}")
    kept = [r for r in recipient if all(r is not v for v in victims)]
    if kept or m.pattern.type != "ACCUSE":
        return kept
    doer = _doer_after_victims(doc, m, max(_tok_of(doc, v) for v in victims), res)
    return [doer] if doer is not None else []


def _doer_after_victims(doc: Document, m: TriggerMatch, k0: int, res: Arguments) -> Optional[Actor]:
    """The party right after an attack noun (استهداف المستوطنين) or after ``بأيدي``/``على يد`` (with a fighters' head
    noun at most between) later in the sentence, with a country other than the accuser's."""
    toks = doc.tokens
    _, hi = _sentence_tokens(doc, m)
    own = {a.country for a in res.actor if a.country}
    sent = doc.sentences[m.sentence]
    actors = [a for a in _actors_in(doc, sent.start, sent.end) if a.start > toks[k0].end]
    for a in actors:
        j = _tok_of(doc, a)
        if j >= hi:
            break
        prev = [toks[x].norm for x in range(max(k0 + 1, j - 3), j)]
        if not prev or not (prev[-1] in ATTACK_NOUNS or _by_hands_of(prev)):
            continue
        if a.country and a.country not in own and not is_generic(a):
            res.rules.append(f"recipient:doer-of-act-spoken-of={a.text}")
            return a
        return None
    return None


MEMBER_NOUNS = frozenset(normalize_word(w) for w in (
    "قياديا قيادي قياديين قياديان قياديين عنصرا عنصر عناصر عنصرين عضوا عضو أعضاء اعضاء مسؤولا زعيم زعيما "
    "القيادي القياديين").split())
RANK_ADJECTIVES = frozenset(normalize_word(w) for w in "كبيرا كبير بارزا بارز رفيعا رفيع آخر اخر".split())


def _member_of(doc: Document, m: TriggerMatch, pool: list[Actor], res: Arguments) -> Optional[Actor]:
    """``اعتقلت قياديا كبيرا في حركة الحوثي``: a member noun right after the verb (or its subject), behind a count or a
    rank adjective, then في/من + a named party: that party is the one hit."""
    toks = doc.tokens
    lo = max([m.last] + [token_at(doc, a.end - 1, 0, len(toks)) for a in res.actor if a.start >= m.end]) + 1
    hi = min(res.region[1], lo + 4)
    for k in range(lo, hi):
        if toks[k].is_punct:
            return None
        if toks[k].norm not in MEMBER_NOUNS:
            continue
        x = k + 1
        while x < len(toks) and toks[x].norm in RANK_ADJECTIVES:
            x += 1
        if x + 1 < len(toks) and toks[x].norm in ("في", "من"):
            y = x + 1  # "عنصرا من مسلحي ميليشيا X": a head noun of the party's men may come first
            while y < min(len(toks) - 1, x + 3) and toks[y].norm in PARTY_MEMBER_HEADS and \
                    not any(a.start == toks[y].start for a in pool):
                y += 1
            a = next((a for a in pool if a.start == toks[y].start and a.country is not None or
                      (a.start == toks[y].start and a.kind == "group")), None)
            if a is None and toks[y].norm in GROUP_ANAPHORS:
                a = _group_antecedent(doc, m, pool, toks[y])
            if a is not None and not is_generic(a):
                res.rules.append(f"recipient:member-of={a.text}")
                return a
        return None
    return None


SIDES_NOUNS = frozenset(normalize_word(w) for w in "أطراف الأطراف طرفي لأطراف للأطراف بأطراف".split())
CONFLICT_NOUNS = frozenset(normalize_word(w) for w in "الصراع النزاع الأزمة الحرب القتال".split())


DEMANDED_ACT_OPENERS = words("arguments", "demanded_act_openers")
MAX_BEFORE_DEMAND = 8  # "دعت الوزيرة X الجمعة مجددا إلى": the rest of the subject and adverbs before the act
MAX_INTO_DEMAND = 9  # "إلى اعتماد مقاربة جديدة لحل الأزمة في سوريا": a party a few words into the act


def _opens_demanded_act(tok) -> bool:
    """``إلى`` or a verbal noun with ب (بإنهاء، بالإفراج) opens what a call asks for."""
    return tok.norm in DEMANDED_ACT_OPENERS or (tok.norm.startswith("ب") and len(tok.norm) > 4)


def _party_of_demanded_act(doc: Document, m: TriggerMatch, end: int, pool: list[Actor],
                           res: Arguments) -> list[Actor]:
    """``دعا X إلى إنهاء الحصار الأميركي``، ``طالب X بإنهاء النزاع في جنوب السودان``: a call that names no addressee
    concerns the first party with a country inside the act it asks for (the news gold codes that party as the
    recipient; the actor's own country too). Not after a collective addressee (see _collective_addressee_before)."""
    toks = doc.tokens
    taken = {(a.start, a.end) for a in res.actor}
    lo = max([m.last] + [token_at(doc, a.end - 1, 0, len(toks)) for a in res.actor if a.start >= m.end])
    inside = [k for k in range(m.first + 1, m.last + 1) if toks[k].norm in DEMANDED_ACT_OPENERS]
    opener = inside[0] if inside and lo == m.last else \
        next((k for k in range(lo + 1, min(end, lo + 1 + MAX_BEFORE_DEMAND)) if _opens_demanded_act(toks[k])), None)
    if opener is None or "recipient:none-after-collective-addressee" in res.rules or \
            any(toks[k].norm in COLLECTIVE_ADDRESSEES for k in range(m.first + 1, opener)) or \
            any(toks[k].is_punct for k in range(m.last + 1, opener)):
        return []  # "دعا X المجتمع الدولي إلى إلزام Y": the collective is the one asked, Y is asked nothing
    for k in range(opener + 1, min(end, opener + 1 + MAX_INTO_DEMAND)):
        if (toks[k].is_punct and toks[k].text not in OPEN_QUOTES | CLOSE_QUOTES) or toks[k].norm in VICTIM_NOUNS:
            return []  # "دعت X إلى الرد على مقتل شاب Y": a call about a killing asks nothing of the victim's side
        a = next((a for a in pool if _tok_of(doc, a) == k and (a.start, a.end) not in taken), None) or \
            _country_place_at(doc, k)
        if a is not None and a.country and not is_generic(a):
            res.rules.append(f"recipient:party-of-demanded-act={a.text}")
            return [a]
    return []


def _country_place_at(doc: Document, k: int) -> Optional[Actor]:
    """A country named as a place at token k (لحل الأزمة في سوريا): the state the demanded act is about; a city
    (عقد مؤتمر في جنيف) is only where it would happen."""
    tok = doc.tokens[k]
    p = next((p for p in doc.places if tok.start <= p.start < tok.end and p.country and
              (p.feature or "").startswith("PCL")), None)
    return None if p is None else Actor.of_place(p)


def _sides_of_conflict(doc: Document, m: TriggerMatch, end: int, pool: list[Actor], res: Arguments) -> list[Actor]:
    """``فرض عقوبات على أطراف الصراع الليبي``، ``دعا أطراف النزاع اليمني إلى``: the sides of a country's conflict
    are that country's parties."""
    toks = doc.tokens
    nis = _nisbas()
    own = {a.country for a in res.actor if a.country}
    for k in range(m.first + 1, min(end, m.last + 8, len(toks) - 2)):
        if toks[k].is_punct and k > m.last:
            return []
        if toks[k].norm in SIDES_NOUNS and toks[k + 1].norm in CONFLICT_NOUNS:
            w = toks[k + 2]
            c = nis.get(w.norm)
            if w.norm in ("في", "فى") and k + 3 < len(toks):  # "طرفي النزاع في ليبيا"
                p = next((p for p in doc.places if p.start == toks[k + 3].start and p.country), None)
                a = Actor.of_place(p) if p else None
                if a is not None and a.country not in own:
                    res.rules.append(f"recipient:sides-of-conflict={a.text}")
                    return [a]
            if not c or c in own:
                return []
            res.rules.append(f"recipient:sides-of-conflict={w.text}")
            return [Actor(w.text, w.start, w.end, w.text, w.text, c, None, kind="nationality")]
    return []


ROLE_DOER_VERBS = frozenset(normalize_word(w) for w in (
    "تضطلع يضطلع اضطلعت اضطلع تقوم يقوم قامت قام لعبته لعبها تلعبه يلعبه تبذلها يبذلها بذلتها بذلها تبذله يبذله "
    "بذلته بذله قدمتها قدمها تقدمها يقدمها").split())
ROLE_NOUNS = frozenset(normalize_word(w) for w in (
    "الدور بالدور للدور دور الجهود بالجهود للجهود جهود المساعي بالمساعي الجهد بالجهد").split())


def _doer_of_praised_role(doc: Document, m: TriggerMatch, end: int, pool: list[Actor], res: Arguments) -> list[Actor]:
    """``أعرب عن تقديره للدور الذي تضطلع به دول مجلس التعاون``، ``أشاد بالجهود التي تبذلها السعودية``: the one whose
    role or efforts are praised is the one supported. Its own conditions (vs ``_maker_of_object``): a role noun
    before the relative, a closed list of role verbs (some with the pronoun on به), the doer right after."""
    toks = doc.tokens
    own = {a.country for a in res.actor if a.country}
    for k in range(m.last + 1, min(end, m.last + 10, len(toks) - 3)):
        if toks[k].is_punct:
            return []
        if toks[k].norm not in ROLE_NOUNS or toks[k + 1].norm not in RELATIVES or \
                not points_back(toks[k + 2], ROLE_DOER_VERBS):
            continue
        j = subject_after(toks, k + 2)
        a = doer_named(doc, pool, j, j)
        if a is not None and a.country and a.country not in own and not is_generic(a):
            res.rules.append(f"recipient:doer-of-praised-role={a.text}")
            return [a]
        return []
    return []


GROUP_ANAPHORS = frozenset(normalize_word(w) for w in "الحركة التنظيم الجماعة الحزب".split())


def _group_antecedent(doc: Document, m: TriggerMatch, pool: list[Actor], word) -> Optional[Actor]:
    """``وقبض على قيادي في الحركة المتطرفة``: "the movement" is the movement named before in the sentence (the last
    one whose name opens with that noun, else the last armed group)."""
    sent = doc.sentences[m.sentence]
    prior = [a for a in pool if sent.start <= a.start and a.end <= word.start and a.country and not is_generic(a)]
    head = word.norm[2:]
    same = [a for a in prior if normalize_word(a.text).split()[0].lstrip("وبل") in (head, "ال" + head)]
    armed = [a for a in prior if a.sector in ARMED_SECTORS]
    return (same or armed or [None])[-1]


CONFRONT_PURPOSES = frozenset(normalize_word(w) for w in (
    "لمواجهة لقتال لمحاربة لمكافحة لصد للتصدي لملاحقة لمهاجمة لمطاردة ومواجهة وقتال").split())


def _mobilized_against(doc: Document, m: TriggerMatch, res: Arguments) -> list[Actor]:
    """A deployment's recipient is the one it is aimed at (``حشد قواته ضد X``، ``لمواجهة X``) or sent to; an
    unnamed trainer (``جنودا دربهم التحالف``) and the country of the base the forces are posted in (``في قاعدة
    أنجرليك بجنوب تركيا``) are no party to it. The actor's own side stays (the gold keeps domestic foes)."""
    toks = doc.tokens
    kept = []
    for r in res.recipient:
        j = _tok_of(doc, r)
        words = [toks[k].norm for k in range(max(m.last + 1, j - 2), j)]
        if _prep_before(doc, r, m.last + 1) == "ضد" or any(w in CONFRONT_PURPOSES or w == "ضد" for w in words):
            kept.append(r)
            continue
        if not r.country:
            continue
        posted = next((k for k in range(j - 1, max(m.last, j - 6), -1) if toks[k].norm in ("في", "فى")
                       or toks[k].is_punct), None)
        if posted is not None and not toks[posted].is_punct:
            continue
        kept.append(r)
    if len(kept) < len(res.recipient):
        res.rules.append("recipient:deployment-aimed-at-no-one")
    return kept


# ---- parties round 17a: the maker of the thing welcomed, rejected or criticised ----

def _maker_of_object(doc: Document, m: TriggerMatch, end: int, res: Arguments) -> list[Actor]:
    """``رحبت X بالإصلاحات التي قدمها رئيس الوزراء Y``، ``رفض X القرار الذي اتخذته حكومة Y``: the one who made the
    object (the subject of a relative clause whose verb points back to it with a pronoun) is the recipient. Its own
    conditions (vs ``_doer_of_praised_role`` and ``implied_parties._author_of_praised_step``): any verb with an
    object pronoun, as the first relative after the subject, and a doer within four words with no place or topic
    between (the stance verbs have many more objects than praise has)."""
    toks = doc.tokens
    _, hi = _sentence_tokens(doc, m)
    hi = min(hi, end if end > m.last else hi)
    own = {a.country for a in res.actor if a.country}
    verbs = _verb_triggers(doc)[0]
    sent = doc.sentences[m.sentence]
    actors = [a for a in _actors_in(doc, sent.start, sent.end) if a.start >= m.end]
    lo = max([m.last] + [token_at(doc, a.end - 1, 0, len(toks)) for a in res.actor if a.start >= m.end])
    for k in range(lo + 1, min(hi, lo + 11)):
        t = toks[k]
        if t.is_punct and (t.norm in "()" or t.norm in "،," and k + 1 < hi and toks[k + 1].norm.startswith("ب")):
            continue  # "رحبت بعثة الأمم المتحدة لمساعدة العراق (يونامي)، بالإصلاحات": the subject's own aside
        if t.is_punct or k in verbs:
            return []
        if t.norm not in RELATIVES:
            continue
        if k + 1 >= hi or not points_back(toks[k + 1]):
            return []
        a = doer_named(doc, actors, k + 2, k + 5, keep=lambda a: a.country and a.country not in own)
        if a is None:
            return []
        if any(toks[x].is_punct or toks[x].norm in TOPIC_PREPS for x in range(k + 2, _tok_of(doc, a))) or \
                _prep_before(doc, a, k + 2) is not None:
            return []  # "اتخذته في الأمم المتحدة": a place or topic, not the maker
        res.rules.append(f"recipient:maker-of-object={a.text}")
        return [a]
    return []


def _agreement_between(doc: Document, lo: int, k: int) -> bool:
    """An accord noun between the stance verb (its subject) and ``بين``: ``صادق على الاتفاق النووي المبرم بين``.
    The stance rule's own nouns (truces, memoranda) and prefixes (ب، ل، و) differ from the endorsed-deal rule's
    (``implied_parties._parties_of_deal``)."""
    return any(is_accord_noun(doc.tokens[x].norm, STANCE_ACCORD_NOUNS, "بلو") for x in range(lo + 1, k))


def _second_party(doc: Document, k: int, pool: list[Actor]) -> list[Actor]:
    """``بين القوى العالمية وإيران``: the first party has no actor; the coordinated one (و + actor) still counts."""
    toks = doc.tokens
    for a in pool:
        j = _tok_of(doc, a)
        if k + 1 < j <= k + 4 and toks[j].norm.startswith("و") and \
                not any(toks[x].is_punct for x in range(k + 1, j)):
            return [a]
    return []


DOING_NOUNS = frozenset(normalize_word(w) for w in "قيام بقيام لقيام وقيام".split())
GROUP_HEADS = frozenset(normalize_word(w) for w in "تنظيم حركة جماعة جبهة ميليشيا مليشيا ميليشيات مليشيات".split())


def _doer_of_condemned_act(doc: Document, m: TriggerMatch, end: int, res: Arguments) -> list[Actor]:
    """``أدانت X حادثة قيام تنظيم داعش بخطف مدنيين``: the one named after ``قيام`` did the act condemned, so it is
    the one accused (a group with no country counts too)."""
    toks = doc.tokens
    _, hi = _sentence_tokens(doc, m)
    own = {a.country for a in res.actor if a.country}
    lo = max([m.last] + [token_at(doc, a.end - 1, 0, len(toks)) for a in res.actor if a.start >= m.end])
    sent = doc.sentences[m.sentence]
    actors = [a for a in _actors_in(doc, sent.start, sent.end) if a.start >= m.end and a not in res.actor]
    for k in range(lo + 1, min(hi, end if end > lo else hi, lo + 7)):
        if toks[k].is_punct and toks[k].norm not in "،,":
            return []
        if toks[k].norm not in DOING_NOUNS:
            continue
        for a in actors:
            j = _tok_of(doc, a)
            if k < j <= k + 3 and not is_generic(a) and (a.country is None or a.country not in own) and \
                    all(toks[x].is_punct or toks[x].norm in GROUP_HEADS for x in range(k + 1, j)):
                res.rules.append(f"recipient:doer-of-condemned-act={a.text}")
                return [a]
        return []
    return []

"""The clues every argument rule reads: the ``Arguments`` record, the document's actors and tokens by offset, the
preposition or owner word governing a mention, coordination (X و Y) and the shared word classes.

One module below the rule families (subjects, recipients, attacks, guests, statements) so that they share these
clues without importing one another or ``arguments.py``; it imports only ``speech_clauses``.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import Optional

from hadath.document import Actor, Document
from hadath.events.doc_index import TOKEN_ENDS as _TOKEN_ENDS, PerDocument, token_at
from hadath.events.partitive_parties import is_generic
from hadath.events.relative_clauses import RELATIVES
from hadath.events.speech_clauses import COMPLEMENTIZERS, is_noun_trigger, is_speech
from hadath.events.triggers import TriggerMatch
from hadath.events.wordlists import words
from hadath.text.normalize import normalize_word


RECIP_PREPS = frozenset(normalize_word(w) for w in "مع الى إلى الي على علي ضد بحق عن لدى لدي تجاه نحو ازاء إزاء من".split())

AGENT_RELATIVES = frozenset(normalize_word(w) for w in (
    "شنه شنته شنها شنتها نفذه نفذته نفذها نفذتها تبناه تبنته تبنتها تبناها ارتكبه ارتكبته ارتكبها ارتكبتها "
    "قادته قاده قامت قام اطلقها اطلقته "
    # the author of a proposal or truce (رفض الهدنة التي أعلنها X، المبادرة التي قدمتها Y)
    "أعلنها أعلنه أعلنته أعلنتها اقترحها اقترحه اقترحته اقترحتها قدمها قدمه قدمته قدمتها طرحها طرحه طرحته طرحتها").split())

KANA = frozenset(normalize_word(w) for w in "كان كانت وكان وكانت".split())

PASSIVE_AUX = frozenset(normalize_word(w) for w in "تم يتم سيتم ستتم جرى يجري وتم وجرى".split())

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


def sorted_by_start(actors: list[Actor]) -> tuple[list[Actor], list[int]]:
    by_start = sorted(actors, key=lambda a: a.start)
    return by_start, [a.start for a in by_start]


_ACTORS_BY_START = PerDocument(sorted_by_start)  # the document's actors sorted by start, and their starts


def actors_in(doc: Document, start: int, end: int) -> list[Actor]:
    """Actor mentions within the raw span [start, end), by start (ties in document order, as a stable sort of
    ``doc.actors`` gives): a binary search over the document's actors sorted once, not a scan per call."""
    by_start, starts = _ACTORS_BY_START(doc.actors)
    # a mention starting after ``end`` cannot end by it
    return [a for a in by_start[bisect_left(starts, start):bisect_right(starts, end)] if a.end <= end]


DELEGATION_WORDS = frozenset(normalize_word(w) for w in "وفد وفدا الوفد ووفد بوفد لوفد وفود الوفود".split())


def delegation_origin(doc: Document, i: int, lo_tok: int) -> bool:
    """``وفد (رفيع / قادم) من X``: X is the party the delegation stands for, not an origin or object of من."""
    toks = doc.tokens
    if i < 1 or i - 1 < lo_tok or toks[i - 1].norm != "من":
        return False
    return any(toks[k].norm in DELEGATION_WORDS for k in range(max(lo_tok, i - 5), i - 1))


def prep_before(doc: Document, a: Actor, lo_tok: int) -> Optional[str]:
    """The preposition governing actor mention ``a`` (attached clitic or one of the two tokens before it)."""
    toks = doc.tokens
    i = token_at(doc, a.start, 0, len(toks))
    if delegation_origin(doc, i, lo_tok):
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


def is_governed(doc: Document, a: Actor, lo_tok: int) -> bool:
    """Is the mention the object of a preposition (or coordinated with one that is)?"""
    toks = doc.tokens
    i = token_at(doc, a.start, 0, len(toks))
    if after_owner_word(doc, i, lo_tok) or delegation_origin(doc, i, lo_tok):
        return False
    if prep_before(doc, a, lo_tok) is not None:
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


def after_owner_word(doc: Document, i: int, lo_tok: int) -> bool:
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
    if j - 1 >= lo_tok and j >= 0 and toks[j].norm in nisba_countries() and toks[j - 1].norm in LOCATIVE_NOUNS:
        j -= 1  # "في العاصمة الإيرانية طهران"
    if j < lo_tok or j < 0:
        return False
    n = toks[j].norm
    if n in LOCATIVE_NOUNS:
        return j - 1 >= lo_tok and toks[j - 1].norm in ("في", "وفي", "فى")
    return n[:1] == "ب" and n[1:] in LOCATIVE_NOUNS


def text_between(doc: Document, a_end: int, b_start: int) -> str:
    return normalize_word(doc.text[a_end:b_start]).strip()


def coordinated_group(doc: Document, head: Actor, pool: list[Actor], allied: bool = False) -> list[Actor]:
    """``head`` plus the actors coordinated with it (X و Y، X وY ...; with ``allied`` also "X ودول/وقوات Y")."""
    group = [head]
    last = head
    for b in pool:
        if b is not head and (b.start, b.end) == (last.start, last.end):
            group.append(b)  # the other person of a dual mention, the other members of a group (مجموعة 5+1)
            continue
        if b.start < last.end or b is head:
            continue
        gap = text_between(doc, last.end, b.start)
        if gap in ("و", "،و", "، و", "وحتي", "و حتي") or _AT_THE_HEAD.match(gap) or (allied and allied_gap(gap)) or dash_joined(doc, last, b) or (gap == "" and normalize_word(b.text)[:1] == "و" and
                                             not normalize_word(b.text).startswith("وزير")):
            group.append(b)
            last = b
            continue
        break
    return group


# "X، وفي مقدمتها Y" / "X وعلى رأسها Y": Y leads X, a party of the same act
_AT_THE_HEAD = re.compile(r"^،?\s*و\s*(?:في\s+مقدمت|علي\s+راس)(?:ها|هم|هما|ه)\s*،?$")


ALLIED_HEADS = frozenset(normalize_word(w) for w in "دول قوات طائرات مقاتلات".split())


def allied_gap(gap: str) -> bool:
    """``الولايات المتحدة ودول التحالف``، ``X وقوات Y``: "and the states/forces of" joins a second party."""
    return gap[:1] == "و" and gap[1:] in ALLIED_HEADS


def dash_joined(doc: Document, a: Actor, b: Actor) -> bool:
    """Two mentions joined only by a dash (``السعودية - البرازيلية``): the parties of one joint body."""
    gap = doc.text[a.end:b.start]
    return a.end <= b.start and bool(gap.strip()) and not gap.strip(" -\u2013\u2014\u0640_/") and len(gap) <= 5


# leaders or members in construct with a named party (زعماء جماعة حزب الله، قادة حماس، عناصر الحوثيين)
MEMBER_HEADS = frozenset(normalize_word(w) for w in (
    "زعماء زعيما قادة قياديين قياديون قيادات عناصر أعضاء اعضاء مقاتلي مقاتلو مسلحي مسلحو").split())


def merge_adjacent(doc: Document, actors: list[Actor]) -> list[Actor]:
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


GENITIVE_OBJECT_TYPES = frozenset(("COERCE", "ASSAULT", "SANCTION", "RETREAT"))

CONFRONT_PREPS = ("ضد", "بحق", "على", "علي")

CONFRONT_TYPES = frozenset(("ACCUSE", "THREATEN", "ASSAULT", "SANCTION", "COERCE", "PROTEST", "REJECT"))


def tok_of(doc: Document, a: Actor) -> int:
    return bisect_right(_TOKEN_ENDS(doc.tokens), a.start)  # = token_at(doc, a.start, 0, len(doc.tokens))


def after_agent_relative(prev: list[str]) -> bool:
    """The words before a mention end in ``شنه`` / ``نفذتها`` (optionally then a force word: شنته طائرات X)."""
    return bool(prev) and (prev[-1] in AGENT_RELATIVES or
                           (len(prev) >= 2 and prev[-2] in AGENT_RELATIVES and prev[-1] in FORCE_HEADS))


HANDS_OF_HEADS = frozenset(normalize_word(w) for w in (
    "متشددي مسلحي عناصر مقاتلي ميليشيات مليشيات قوات جنود أفراد افراد رجال متشددو مسلحو مقاتلو أفراد").split())

GIVING_NOUNS = frozenset(normalize_word(w) for w in "منح إعطاء اعطاء تسليم".split())  # تسليم مصر طائرات


def giving_noun(doc: Document, m: TriggerMatch) -> bool:
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
        k = tok_of(doc, owner) - 1
    prev = toks[k].norm if k >= 0 else ""
    return prev in ("على", "علي") or prev.lstrip("و") in DECIDE_VERBS


DECIDE_VERBS = frozenset(normalize_word(w) for w in (
    "قرر قررت يقرر تقرر اقر اقرت يعتزم تعتزم اعتزم تعهد تعهدت تقرر طلب طلبت يريد تريد اعلن اعلنت").split())


PHRASE_HEADS = frozenset(normalize_word(w) for w in (
    "جماعة حركة تنظيم عناصر مسلحو ميليشيا ميليشيات مليشيا مليشيات جيش فصائل").split())


# the weapon or unit of a party (شنت مقاتلات التحالف، قصفت مدفعية الجيش): the party is the subject
FORCE_HEADS = PHRASE_HEADS | frozenset(normalize_word(w) for w in (
    "طائرات مقاتلات قوات عناصر مدفعية سفن بوارج زوارق دبابات وحدات جنود طيران مروحيات طائرة قوة").split())


def pronoun_noun(doc: Document, m: TriggerMatch) -> bool:
    """A verbal noun carrying a pronoun (لقائه، زيارتها، اتصاله): the pronoun is its agent; a noun after it is the
    one met or visited."""
    head = doc.tokens[m.first]
    return len(m.tokens) == 1 and any(normalize_word(e.text) in ("ه", "ها", "هم", "هما") for e in head.enclitics)


def complement_noun(doc: Document, m: TriggerMatch) -> bool:
    """``للقاء X``، ``بزيارة X``، ``لبحث``: a verbal noun after ل/ب completes another verb, whose subject is the
    agent; its genitive is the one met or visited."""
    head = doc.tokens[m.first]
    return bool(head.proclitics) and any(normalize_word(p.text) in ("ل", "ب") for p in head.proclitics)


OFFICE_HEADS = frozenset(normalize_word(w) for w in (
    "المبعوث الممثل المنسق الامين السفير الوزير المستشار النائب القائد المدير المفوض الناطق المتحدث").split())


def coordinated_office(doc: Document, lo: int, j: int, a: Actor) -> bool:
    """Tokens [lo, j) are a bare office and its adjectives (``المبعوث الخاص``) and the mention at token j opens
    with و (``ورئيس بعثة X``): one holder of two offices, so the mention is the verb's subject."""
    toks = doc.tokens
    if not 1 <= j - lo <= 3 or toks[lo].norm not in OFFICE_HEADS or a.kind not in ("title", "person"):
        return False
    if not any(p.text == "و" for p in toks[j].proclitics) or a.start <= toks[j].start:
        return False
    return all(not toks[k].is_punct and toks[k].norm.startswith("ال") and toks[k].norm not in GOVERNING
               for k in range(lo + 1, j))


# conjunctions opening a new clause with its own verb (لكنهم دعوا، بينما رفضت): no object beyond them (not فيما:
# "فيما يتعلق بـ" is "as for")
CLAUSE_OPENERS = frozenset(normalize_word(w) for w in (
    "لكن لكنه لكنها لكنهم لكنهما ولكن ولكنه ولكنها ولكنهم بينما وبينما").split())

QUOTE_CHARS = frozenset('"«»“”')

CALL_PRONOUNS = frozenset(normalize_word(w) for w in "فيه فيها خلاله خلالها خلالهما".split())


REL_PHRASE = GOVERNING | LOCATIVE_NOUNS | frozenset(normalize_word(w) for w in "قرب بالقرب عند داخل خارج قبالة".split())

RECIPROCAL_TYPES = frozenset(("CONSULT", "AGREE", "COOPERATE"))

SIGNING_CODES = frozenset(("057",))  # signing an agreement takes two parties whatever the type it is coded as


CONSEQUENCE_VERBS = frozenset(normalize_word(w) for w in "اسفر يسفر أسفر أدى ادى يؤدي خلف يخلف".split())


ACT_NOUN_PREPS = frozenset(normalize_word(w) for w in "خلال أثناء إثر جراء بعد في عقب".split())


# (a name of its own: VICTIM_NOUNS further down is another, wider list)
CASUALTY_NOUNS = frozenset(normalize_word(w) for w in "مقتل مصرع إصابة اصابة سقوط استشهاد جرح".split())


def victim_noun(doc: Document, m: TriggerMatch) -> bool:
    """The trigger is a noun of dying or being hurt (مقتل، مصرع، إصابة): its genitive is the victim."""
    return is_noun_trigger(m) and doc.tokens[m.first].norm.lstrip("وب") in CASUALTY_NOUNS


WHEN_WORDS = frozenset(normalize_word(w) for w in "حين حينما عندما لدى بعدما عقب إثر اثر".split())


PLURAL_VICTIM_VERBS = frozenset(normalize_word(w) for w in "قتلوا قتلا جرحوا جرحا أصيبوا أصيبا اصيبوا اصيبا".split())


OPEN_QUOTES = frozenset('"«“')


def after_open_quote(doc: Document, k: int) -> int:
    """``قالت مصادر إن «جيش X اعتقل ...»``: a quotation opening the complement leaves its subject the first word."""
    toks = doc.tokens
    return k + 1 if k + 1 < len(toks) and toks[k].norm in OPEN_QUOTES else k


# words that end the host's phrase: a day or time (أمس، اليوم، مساء أمس، الليلة الماضية، مؤخرا)
DAY_WORDS = frozenset(normalize_word(w) for w in (
    "امس أمس اليوم مؤخرا الخميس الجمعة السبت الاحد الأحد الاثنين الإثنين الثلاثاء الاربعاء الأربعاء "
    "مساء صباح ظهر عصر الليلة").split())


def li_force_head(n: str) -> bool:
    """``لطائرات``، ``للطائرات``، ``لقوات``: a force noun behind the preposition ل, whose owner follows it."""
    for p in ("لل", "ل"):
        if n.startswith(p) and (n[len(p):] in FORCE_HEADS or "ال" + n[len(p):] in FORCE_HEADS):
            return True
    return False


TRANSFER_TYPES = frozenset(("AID", "COOPERATE"))


DEFINITE = ("ال", "لل", "بال", "وال", "ولل", "وبال", "فال", "كال")


@lru_cache(maxsize=1)
def nisba_countries() -> dict:
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
    return nisba_countries().get(word)


BODY_SECTORS = frozenset(("IGO", "NGO"))


# ---- session 7, parties round: who is accused, the place of an unattributed attack, dispersed protesters ----

ACCUSED_TYPES = frozenset(("ACCUSE", "REJECT"))


def sentence_tokens(doc: Document, m: TriggerMatch) -> tuple[int, int]:
    sent = doc.sentences[m.sentence]
    return sent.token_start, sent.token_end


PROTESTER_STEMS = ("متظاهر", "محتج", "معتصم")


TO_PREPS = frozenset(normalize_word(w) for w in "إلى الى الي".split())


def in_protesters_relative(doc: Document, m: TriggerMatch, gap_from: int, j: int) -> bool:
    """A mention at token ``j`` inside a relative clause that describes protesters named by the trigger or right
    after it (المتظاهرين الذين كانوا يدينون X)."""
    toks = doc.tokens
    rel = next((k for k in range(gap_from + 1, j) if toks[k].norm in RELATIVES), None)
    return rel is not None and any(st in toks[k].norm for k in range(m.first, rel) for st in PROTESTER_STEMS)


MEMBER_NOUNS = frozenset(normalize_word(w) for w in (
    "قياديا قيادي قياديين قياديان قياديين عنصرا عنصر عناصر عنصرين عضوا عضو أعضاء اعضاء مسؤولا زعيم زعيما "
    "القيادي القياديين").split())

GROUP_HEADS = frozenset(normalize_word(w) for w in "تنظيم حركة جماعة جبهة ميليشيا مليشيا ميليشيات مليشيات".split())

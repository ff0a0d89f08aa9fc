"""Who did it: the subject of a trigger, from a frame's gap, the VSO subject after the verb (past a date, a place
or a comma-set name), the clause's topic for an elided subject, a verbal noun's genitive agent, an office holder,
or the nearest actor before it; ``من قبل`` / ``بيد`` agents and the subject a verb joined by و keeps.

The largest single question the argument rules answer, kept out of ``arguments.py`` so ``assign`` reads as the
order the rules run in.
"""
from __future__ import annotations

from typing import Optional

from hadath.document import Actor, Document
from hadath.events.argument_clues import (Arguments, CALL_PRONOUNS, CLAUSE_OPENERS, COUNT_WORDS, DEFINITE,
                                          DELEGATION_WORDS, FORCE_HEADS, GENITIVE_OBJECT_TYPES, GOVERNING,
                                          HANDS_OF_HEADS, KANA, LOCATIVE_NOUNS, OFFICE_HEADS, OWNER_WORDS,
                                          PLURAL_VICTIM_VERBS, QUOTE_CHARS, TIME_WORDS, TRANSFER_TYPES, actors_in,
                                          after_agent_relative, after_open_quote, allied_gap, complement_noun,
                                          coordinated_office, dash_joined, delegation_origin, giving_noun, is_governed,
                                          merge_adjacent, prep_before, pronoun_noun, text_between, tok_of, victim_noun)
from hadath.events.doc_index import TOKEN_ENDS as _TOKEN_ENDS, token_at
from hadath.events.partitive_parties import is_generic
from hadath.events.relative_clauses import PREP_PRONOUNS, PRONOUN_PREPS, RELATIVES
from hadath.events.speech_clauses import is_noun_trigger, verb_triggers
from hadath.events.triggers import TriggerMatch
from hadath.events.wordlists import words
from hadath.text.normalize import normalize_word


HANDS = frozenset(normalize_word(w) for w in "يد يدي أيدي ايدي".split())

BY_HANDS = frozenset(normalize_word(w) for w in "بيد بأيدي بايدي بيدي".split())


def by_hands_of(prev: list[str]) -> bool:
    """The words before a mention are ``على أيدي`` / ``على يد`` / ``بأيدي`` (optionally then a fighters' head noun:
    على أيدي متشددي X): the agent of a passive act."""
    if prev and prev[-1] in HANDS_OF_HEADS:
        prev = prev[:-1]
    return bool(prev) and (prev[-1] in BY_HANDS or (len(prev) >= 2 and prev[-2] == "علي" and prev[-1] in HANDS))


def find_agent(doc: Document, m: TriggerMatch, after: list[Actor], first: int, res: Arguments) -> Optional[Actor]:
    """Explicit agents: ``من قبل X``; a relative clause ``(هجوم) شنه X``; patterns with role ``agent``."""
    toks = doc.tokens
    for a in after:
        j = tok_of(doc, a)
        prev = [toks[k].norm for k in range(max(first, j - 3), j)]
        if prev[-2:] == ["من", "قبل"] and j - m.last <= 6:
            res.rules.append("agent:من-قبل")
            return a
        if after_agent_relative(prev) and j - m.last <= 4:
            res.rules.append("agent:relative")
            return a
        if by_hands_of(prev) and j - m.last <= 8:
            res.rules.append("agent:على-أيدي")  # "أعدموا على أيدي متشددي X": X did it
            return a
    if "agent" in m.pattern.roles:
        for a in after:
            if tok_of(doc, a) - m.last <= 2:
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
    return prep_before(doc, a, m.last + 1) in (None, "من") and not is_generic(a)


def find_subject(doc: Document, m: TriggerMatch, pool, first: int, speech, self_ref: bool, res: Arguments,
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
        free = [a for a in before if not is_governed(doc, a, first)]
        if free and m.first - token_at(doc, free[-1].end - 1, 0, len(toks)) <= 3:
            res.rules.append("subject:كان-X-قد")
            if len(free) > 1 and _relative_antecedent(doc, free[-2], free[-1], m):
                res.rules.append("subject:antecedent-of-relative")
                return free[-2]
            return free[-1]
        kana = next((k for k in range(m.first - 2, max(first, m.first - 10) - 1, -1)
                     if toks[k].norm in KANA), None)
        inner = [a for a in before if kana is not None and tok_of(doc, a) > kana
                 and (toks[tok_of(doc, a) - 1].norm in ("في", "فى") or prep_before(doc, a, kana + 1) == "ب")]
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
        if token_at(doc, last.end - 1, 0, len(toks)) == m.first - 1 and is_governed(doc, last, first) and \
                not any(w.startswith(DEFINITE) for w in normalize_word(last.text).split()) and \
                prep_before(doc, last, first) != "من" and not head_tok.proclitics and \
                hn not in PLURAL_VICTIM_VERBS:
            res.rules.append("subject:indefinite-antecedent")  # "ضد مقاتلين استهدفوا القوات": a relative clause
            return last
        free = [a for a in before if not is_governed(doc, a, first)]
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
        lead = [a for a in before if (tok_of(doc, a) == after_open_quote(doc, first) or
                                      (toks[first].norm in DELEGATION_WORDS and
                                       delegation_origin(doc, tok_of(doc, a), first)))
                and not is_governed(doc, a, first) and token_at(doc, a.end - 1, 0, len(toks)) == m.first - 1]
        if lead:
            res.rules.append("subject:complement-svo")
            return lead[0]
    if not is_noun and m.head_tag == "impf" and before and not head_tok.proclitics:
        lead = [a for a in before if tok_of(doc, a) == first and not is_governed(doc, a, first)
                and token_at(doc, a.end - 1, 0, len(toks)) == m.first - 1]
        if lead:  # headline style "الرئيس المصري يلتقي العاهل السعودي": the clause opens with its subject
            res.rules.append("subject:svo-imperfect")
            return lead[0]
    if not is_noun and m.head_tag == "perf" and before and hn.endswith("ت"):
        lead = [a for a in before if tok_of(doc, a) in (first, first + 1 if toks[first].norm in SVO_LEADS else first)
                and not is_governed(doc, a, first) and _feminine(a) and
                token_at(doc, a.end - 1, 0, len(toks)) == m.first - 1]
        if lead:  # "لكن موسكو انتقدت الولايات المتحدة": a state opening its clause before a feminine perfect
            res.rules.append("subject:svo-perfect")
            return lead[0]
    if not is_noun and m.last + 1 < len(toks) and toks[m.last + 1].norm in CALL_PRONOUNS and before:
        free = [a for a in before if not is_governed(doc, a, first)]
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
    if inside and giving_noun(doc, m) and tok_of(doc, inside[0]) == m.first + 1:
        inside = []  # "منح السعودية مقعدا": the genitive of a giving noun is the one given to, not the giver
    if inside and victim_noun(doc, m):
        inside = []  # "مقتل شرطي": the genitive of a death noun is the one who died, not the killer
    if inside and m.pattern.type in TRANSFER_TYPES and prep_before(doc, inside[0], first) == "ل":
        inside = []  # "فتحت قواعدها للتحالف"، "سلمت لبنان": the one given to, behind ل, is no subject
    plural = not is_noun and agreeing_plural(doc, m)
    if plural:  # "لكن كثيرين حثوا أنقرة": a plural verb follows its subject; a party in the frame's gap is its object
        inside = [a for a in inside if tok_of(doc, a) in m.tokens]  # the pattern's own word (خرجوا متظاهرين) stays
    if inside and (is_noun or tok_of(doc, inside[0]) == m.first + 1
                   or all(toks[k].norm in TIME_WORDS or toks[k].norm in COUNT_WORDS or toks[k].norm.isdigit()
                          or toks[k].norm in FORCE_HEADS or toks[k].norm in PERSON_HEADS
                          or (toks[k].norm in DELEGATION_WORDS | {"من"} and
                              delegation_origin(doc, tok_of(doc, inside[0]), first))
                          for k in range(m.first + 1, tok_of(doc, inside[0])))):
        res.rules.append("subject:in-frame")
        return inside[0]
    spanning = [a for a in pool if m.start <= a.start < m.end < a.end and a.kind in ("asset", "nationality")]
    if not is_noun and spanning and _owned_type(m) and spanning[0].start >= toks[m.first].end:
        res.rules.append("subject:trigger-phrase-nationality")  # "وصلت مساعدات سعودية": the verb's subject's country
        return spanning[0]
    if is_noun and not inside and spanning and _owned_type(m):
        res.rules.append("subject:trigger-phrase-nationality")  # "طائرة مساعدات إماراتية": the adjective's country
        return spanning[0]
    if is_noun and not inside and not before and m.first - first <= 3 and pronoun_noun(doc, m):
        main = _main_subject_after(doc, m, after, first)
        if main is not None:
            res.rules.append("subject:main-clause-of-possessed-noun")  # "خلال لقائه X، أكد Y": Y met X
            return main
    if is_noun and not inside and not pronoun_noun(doc, m):
        gen = _genitive_agent(doc, m, after, agent)
        if gen is not None:
            res.rules.append("subject:genitive-of-noun")
            return gen
    if not is_noun and not plural and (m.first == m.last or not inside):
        for a in after:
            j = tok_of(doc, a)
            if m.first != m.last and j > m.first + 1:
                break
            if j - m.last > 8 or a is agent:
                break
            if m.pattern.type == "COERCE" and is_generic(a) and a.sector == "CVL" and j == m.last + 1:
                break  # "اعتقلت مواطنين اثنين": civilians right after an arrest verb are arrested, they do not arrest
            between = range(m.last + 1, j)
            partitive = j - 2 > m.last and toks[j - 1].norm == "من" and (
                toks[j - 2].norm in PARTITIVE_HEADS or toks[j - 2].norm.isdigit())  # "اعتصم عدد من المعلمين X"
            if (prep_before(doc, a, m.last + 1) is None or partitive) and \
                    not any(toks[k].is_punct for k in between) and \
                    all(toks[k].norm in TIME_WORDS or toks[k].norm.isdigit() or toks[k].norm in COUNT_WORDS
                        or (toks[k].norm in PERSON_HEADS and k == j - 1)
                        or (toks[k].norm in RESUMPTIVE and k == m.last + 1)  # "أزمة تتهم فيها موسكو لندن"
                        or (partitive and k >= j - 2)
                        or (toks[k].norm in DELEGATION_WORDS | {"من"} and delegation_origin(doc, j, m.last + 1))
                        for k in between):  # "تظاهر آلاف الإسرائيليين", "وصل وفد من مصر": the subject's head
                res.rules.append("subject:vso")
                return a
            if prep_before(doc, a, m.last + 1) is None and (_adverbial_gap(doc, m.last + 1, j, a) or (
                    j - m.last <= 2 and all(toks[k].norm in FORCE_HEADS for k in between)) or (
                    j - m.last == 3 and toks[m.last + 1].norm in ONE_OF and toks[m.last + 2].norm in FORCE_HEADS) or (
                    j - m.last == 3 and toks[m.last + 1].norm in FORCE_HEADS and not toks[m.last + 2].is_punct
                    and a.kind in ("country", "nationality"))):  # "استهدفت طائرات الأباتشي السعودية"
                res.rules.append("subject:vso-after-adverbial")
                return a
            if prep_before(doc, a, m.last + 1) is None and a.kind not in TITLE_KINDS and \
                    _adverbial_gap(doc, m.last + 1, j):
                res.rules.append("subject:unnamed-before-comma")  # "طالب مجلس محافظة X، الولايات المتحدة بـ"
                return _place_in(doc, m.last + 1, j)  # the words before the comma: a subject the actors do not name
            holder = _office_holder(doc, m, a, after)
            if holder is not None:
                res.rules.append("subject:vso-office-holder")  # "دعا أمين سر اللجنة لمنظمة X الدكتور Y"
                return holder
            if coordinated_office(doc, m.last + 1, j, a):
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
        free = [a for a in before if not is_governed(doc, a, first)]
        ends = _TOKEN_ENDS(toks)  # tok_of(a) - first <= 6 <=> a.start < ends[first + 6]
        main = [a for a in free if a.start < ends[first + 6]] if first + 6 < len(ends) else list(free)
        if main and (tok_of(doc, free[-1]) - tok_of(doc, main[0]) > 3 or
                     (prev1 in ALSO_JOINS and len(free) > 1 and not is_noun)):  # "هددت X Y ...، كما فرضت عقوبات"
            # an elided subject (للقاء، خلال زيارة، وأشاد) continues the clause's topic, not the nearest noun
            res.rules.append("subject:clause-subject")
            return main[0]
        if free:
            k = len(free) - 1
            while k > 0 and dash_joined(doc, free[k - 1], free[k]):
                k -= 1  # "اللجنة السعودية - البرازيلية": the joint body's first party heads the pair
            while k > 0 and m.pattern.type in ("ASSAULT", "COERCE") and free[k - 1].end <= free[k].start and \
                    (text_between(doc, free[k - 1].end, free[k].start) in ("و", "،و", "، و") or
                     allied_gap(text_between(doc, free[k - 1].end, free[k].start))):
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


# particles that may open a clause before its fronted subject (لكن موسكو انتقدت)
SVO_LEADS = frozenset(normalize_word(w) for w in "لكن ولكن بينما فيما".split())
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


def semicolon_subject(doc: Document, m: TriggerMatch, subject: Optional[Actor], res: Arguments) -> Optional[Actor]:
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
    prev = [a for a in actors_in(doc, toks[lo].start, toks[m.first - 1].start)
            if tok_of(doc, a) - lo <= 6 and not is_governed(doc, a, lo)]
    if not prev:
        return None
    res.rules = [r for r in res.rules if r not in ("subject:vso", "subject:in-frame")]
    res.rules.append("subject:before-semicolon")
    return prev[0]


def _antecedent_of_relative_verb(doc: Document, m: TriggerMatch, before: list[Actor], first: int,
                                 is_noun: bool) -> Optional[Actor]:
    """``الجيش التركي الذي استقدم تعزيزات``: a verb right after الذي / التي / الذين with no object pronoun on it
    has the noun the relative clause hangs on as its subject (not the clause's earlier topic). A pronoun on the
    verb (``الوزير الذي استقبله X``) makes the antecedent its object, so nothing is said then. A clause set off by a
    comma after a named man (``لوزير الخارجية الفرنسي، الذي سيزور الكويت``) describes him even when a preposition
    governs his name, unless a preposition with a pronoun follows the verb (``الذي تسيطر عليه X``: that pronoun is
    the antecedent, X the doer)."""
    toks = doc.tokens
    if is_noun or not before or m.first - first < 2 or toks[m.first].enclitics:
        return None
    k = m.first - 1
    if toks[k].norm in ("قد", "لم", "لا") and k - 1 > first:
        k -= 1
    if toks[k].norm not in RELATIVES:
        return None
    ante = before[-1]
    at = token_at(doc, ante.end - 1, 0, len(toks))
    resumed = m.first + 1 < len(toks) and toks[m.first + 1].norm in PREP_PRONOUNS | PRONOUN_PREPS
    if at == k - 2 and toks[k - 1].text in ("،", ",") and not is_generic(ante) and ante.kind in ("person", "title") \
            and not resumed:
        # "لوزير خارجية الولايات المتحدة، الذي سيزور قطر": a clause set off by a comma describes the man named
        # before it, governed by a preposition or not, and he is its verb's subject
        return ante
    if at != k - 1 or is_governed(doc, ante, first) or is_generic(ante):
        return None
    return ante


PARTITIVE_HEADS = COUNT_WORDS | frozenset(normalize_word(w) for w in (
    "عدد العديد مجموعة مجموعات حشود جموع المئات الآلاف العشرات بعض").split())


def _relative_antecedent(doc: Document, ante: Actor, inner: Actor, m: TriggerMatch) -> bool:
    """``X الذي تقوده Y [verb]``: Y, the subject of a one-verb relative clause on X, ends right before the main
    verb, whose subject is then X."""
    toks = doc.tokens
    i, j = token_at(doc, ante.end - 1, 0, len(toks)), tok_of(doc, inner)
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

# a person named through another mention in construct (نائبة وزير الخارجية X، والد الرهينة X، مستشار الرئيس X):
# the mention gives the person's party
PERSON_HEADS = frozenset(normalize_word(w) for w in (
    "نائب نائبة مساعد مساعدة مستشار مستشارة وكيل وكيلة والد والدة شقيق شقيقة زوجة زوج نجل نجلة ابن ابنة "
    "عائلة اسرة أسرة ذوو ذوي أهالي اهالي").split())


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
    prev = max((k for k in verb_triggers(doc)[0] if first <= k < m.first - 1), default=None)
    start_free = [a for a in pool if prev is not None and a.end <= m.start and 1 <= tok_of(doc, a) - prev <= 3
                  and not is_governed(doc, a, prev + 1)][:1] or \
        [a for a in pool if a.end <= m.start and tok_of(doc, a) - first <= 3 and not is_governed(doc, a, first)]
    after_free = [a for a in pool if a.start >= toks[m.first].end and tok_of(doc, a) - m.last <= 3
                  and prep_before(doc, a, m.first + 1) is None]
    if not start_free or len(after_free) != 1:
        return None
    main, obj = start_free[0], after_free[0]
    if not main.country or main.country == obj.country:
        return None
    if any(not is_governed(doc, a, m.first + 1) and a is not obj for a in pool
           if a.start > obj.end and tok_of(doc, a) - m.last <= 8):
        return None  # a second free actor: the verb has its own subject and object
    return main


ONE_OF = frozenset(normalize_word(w) for w in "إحدى احدى أحد احد".split())  # "قصفت إحدى طائرات X"


def _owned_type(m: TriggerMatch) -> bool:
    """Types whose noun phrase may carry its doer's nationality (غارات إسرائيلية، مساعدات سعودية)."""
    return m.pattern.type in ("AID", "ASSAULT", "MOBILIZE", "COERCE", "SANCTION")


def _main_subject_after(doc: Document, m: TriggerMatch, after: list[Actor], first: int) -> Optional[Actor]:
    """The subject of the main clause that a fronted ``خلال لقائه X،`` modifies: the first actor after the comma,
    right after its verb."""
    toks = doc.tokens
    comma = next((k for k in range(m.last + 1, min(len(toks), m.last + 12)) if toks[k].norm in ("،", ",")), None)
    if comma is None:
        return None
    sent = doc.sentences[m.sentence]
    for a in merge_adjacent(doc, actors_in(doc, toks[comma].end, sent.end)):
        j = tok_of(doc, a)
        if j <= comma:
            continue
        if j - comma <= 3 and prep_before(doc, a, comma + 1) is None:
            return a
        break
    return None


ARMED_SECTORS = frozenset(("REB", "MIL", "UAF", "INS", "CRM"))


def _genitive_agent(doc: Document, m: TriggerMatch, after: list[Actor], agent) -> Optional[Actor]:
    """``زيارة الرئيس الفرنسي إلى``، ``هجوم الحوثيين على``، ``خرق الحوثيين الهدنة``: the genitive right after a
    verbal noun is its agent, except for acts done *to* someone (اعتقال الناشطين، قصف المدينة) unless the
    genitive is an armed group."""
    toks = doc.tokens
    if complement_noun(doc, m):
        return None
    for a in after:
        if a is agent:
            return None
        j = tok_of(doc, a)
        # "الطائرة الإغاثية السعودية": the nationality after a multi-word aid noun is the donor's
        last = m.last + 1 if m.pattern.type == "AID" and a.kind in ("country", "nationality") else m.first + 1
        if j not in (m.first + 1, last) or toks[j].start < a.start or prep_before(doc, a, m.first) is not None:
            return None
        if m.pattern.type in GENITIVE_OBJECT_TYPES and not (m.pattern.type == "ASSAULT" and a.sector in ARMED_SECTORS):
            return None
        if is_generic(a) or a.kind.startswith("poss"):
            return None
        return a
    return None


def _adverbial_gap(doc: Document, lo: int, hi: int, a: Optional[Actor] = None) -> bool:
    """Tokens [lo, hi) between a verb and its subject that are only a date / place adverbial (اليوم، في جدة،
    أمس الأول) or an unknown name set off by a comma before its title (فيديريكا موغيريني، وزيرة ...). A bare
    state or body after that comma is no title but the object, the words before it the unnamed subject
    (طالب مجلس محافظة X، الولايات المتحدة بـ)."""
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
            return a is None or a.kind in TITLE_KINDS
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


def _place_in(doc: Document, lo: int, hi: int) -> Optional[Actor]:
    """A place with a country in tokens [lo, hi) (مجلس محافظة الأنبار، إمام جمعة في الرياض): an unnamed subject's
    country."""
    toks = doc.tokens
    places = [p for p in getattr(doc, "places", None) or () if p.country and
              toks[lo].start <= p.start and p.end <= toks[hi - 1].end]
    return Actor.of_place(places[0]) if places else None


TITLE_KINDS = frozenset(("person", "title"))  # a mention that can be a name's title after a comma


# office nouns that a second, coordinated office can follow (المبعوث الخاص ورئيس البعثة): one person, two titles
# a pronoun after the verb of a relative clause (أزمة تتهم فيها X Y): the subject follows it
RESUMPTIVE = frozenset(normalize_word(w) for w in "فيها فيه فيهما فيهم".split())


# an office noun in construct that opens a subject whose body comes after ل (أمين سر اللجنة التنفيذية لمنظمة X)
OFFICE_NOUNS = frozenset(normalize_word(w) for w in (
    "أمين امين رئيس نائب مدير سفير قائد مستشار ممثل مبعوث منسق مفوض متحدث ناطق عضو وكيل مساعد").split())


def _office_holder(doc: Document, m: TriggerMatch, a: Actor, after: list[Actor]) -> Optional[Actor]:
    """``V office ... لـX [honorific] NAME``: X only completes the office's title; the named holder right after
    it (same country) is the verb's subject, not X the object of ل."""
    toks = doc.tokens
    lo, j = m.last + 1, tok_of(doc, a)
    if lo >= len(toks) or not 0 < j - lo <= 6 or a.country is None:
        return None
    x = lo
    if toks[lo].norm in OFFICE_HEADS:  # "المتحدث الرسمي وعضو المكتب السياسي لحركة X": the second office heads it
        x = next((k for k in range(lo + 1, min(lo + 4, j)) if not toks[k].norm.startswith("ال")), j)
        if x == j or not any(p.text == "و" for p in toks[x].proclitics) or toks[x].norm[1:] not in OFFICE_NOUNS:
            return None
    elif toks[lo].norm not in OFFICE_NOUNS:
        return None
    if prep_before(doc, a, lo) != "ل" or any(toks[k].is_punct for k in range(lo, j)):
        return None
    end = token_at(doc, a.end - 1, 0, len(toks))
    for b in after:
        k = tok_of(doc, b)
        if k <= end:
            continue
        if b.kind == "person" and b.country == a.country and k - end <= 3 and \
                all(toks[x].norm in TIME_WORDS for x in range(end + 1, k)):
            return b
        return None
    return None


CLAUSE_LEAD_WORDS = frozenset(normalize_word(w) for w in "و ف ثم كما وقد قد فقد".split())

BARE_PREPS = frozenset(normalize_word(w) for w in "في من إلى الى على عن مع عبر لدى خلال".split())

# unvocalized attack and arrest verbs are often passive (قتل قائد، اعتقل ناشط): their first noun may be the victim
PASSIVE_PRONE_TYPES = frozenset(("ASSAULT", "COERCE"))

FORCE_SECTORS = frozenset(("MIL", "COP"))

CASUALTY_STEMS = ("قتل", "اصيب", "اصاب", "جرح", "اغتيل", "اعدم", "استشهد", "خطف", "اسر")


def _casualty_verb(tok) -> bool:
    """قتل / أصيب / جرح ...: unvocalized, these are as often passive (a force's men were hit) as active."""
    n = tok.norm.lstrip("وف")
    return n.startswith(CASUALTY_STEMS) or n[1:].startswith(CASUALTY_STEMS)


def initial_verb_subject(doc: Document, m: TriggerMatch, pool, first: int, cand: Actor, res: Arguments) -> bool:
    """``استقبل صاحب السمو الأمير فلان أمير منطقة X ... سفير Y``، ``دان رئيس جمعية ... عضو مجلس الشيوخ``: a verb
    opening its clause, with no actor before it, takes the first actor after it as its subject (Arabic VSO), even
    behind honorifics and a name the actors layer did not resolve; it was read as the object only because it
    sits too far from the verb."""
    toks = doc.tokens
    owner = res.rules[-1:] == ["recipient:prep-ل"] and tok_of(doc, cand) > 0 and \
        toks[tok_of(doc, cand) - 1].norm in OWNER_WORDS  # "أدانت الهيئة التابعة لمنظمة X": X's body acts
    if (res.rules[-1:] != ["recipient:object"] and not owner) or m.head_tag not in ("perf", "impf") or \
            "patient" in m.pattern.roles or any(r in m.pattern.roles for r in ("from", "noverb")):
        return False
    if agreeing_plural(doc, m):
        return False  # "حثوا أنقرة": a plural verb's subject stands before it
    if m.pattern.type in PASSIVE_PRONE_TYPES and (cand.sector not in FORCE_SECTORS or _casualty_verb(toks[m.first])):
        return False  # "قصفت طائرات سلاح الجو X": forces strike; "قتل جنود": soldiers were killed
    if any(toks[k].norm not in CLAUSE_LEAD_WORDS and toks[k].norm not in TIME_WORDS for k in range(first, m.first)):
        return False  # the verb does not open its clause (a relative clause, a complement's own subject)
    lo = toks[first].start if first < len(toks) else m.start
    if any(lo <= a.start and a.end <= m.start for a in pool):
        return False
    j = tok_of(doc, cand)
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


PLURAL_ENDINGS = ("وا", "ون", "ان", "تا")  # plural and dual agreement: حثوا، يطالبون، تدعوان، دعتا
SINGULAR_ENDINGS = ("", "ا", "ي", "و")  # what the singular ends in once the ending is off (دعوا -> دعا، يدعون -> يدعو)


def agreeing_plural(doc: Document, m: TriggerMatch) -> bool:
    """The trigger's verb is plural or dual (حثوا، يطالبون، تدعوان). Arabic puts a verb before its subject in the
    singular; a verb that agrees in number follows its subject, so a party after it is its object, never its
    subject. The singular form must be one of the slot's own forms (يتعاون، يكون end in ون and are singular)."""
    if m.head_tag not in ("perf", "impf") or not m.pattern.slots or m.pattern.slots[0].kind != "verb":
        return False
    forms = m.pattern.slots[0].forms
    n = doc.tokens[m.first].norm
    word = n[len(m.head_prefix):] if m.head_prefix and n.startswith(m.head_prefix) else n
    f = max((f for f in forms if word.startswith(f)), key=len, default="")
    return f.endswith(PLURAL_ENDINGS) and any(f[:-2] + e in forms for e in SINGULAR_ENDINGS)


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


def released_topic(doc: Document, m: TriggerMatch, subject: Actor, res: Arguments) -> bool:
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

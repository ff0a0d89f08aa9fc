"""Acts mentioned as a prospect, a danger or a demand: warnings, threats, plots, obligations, conditions, fears.

- A warning with no party warned (محذرا من انعكاسات الفشل، محذرة في الوقت نفسه من احتمال هجمات) names a danger,
  not a threat to someone: the news gold codes no THREATEN for it, while "محذرا الهند من أي مغامرة" (a party
  warned) stays a threat. The warning is kept as a host, so what it warns of is still no event of its own.
- A finite warning with no object pronoun whose من names a danger or a trend (حذر الوزير من استمرار تصعيد العنف، من
  تزايد الخطر، من هجمات محتملة) is a pessimistic comment, no THREATEN (session 12); so is a warning of a possible
  act or of results (حذر من إمكانية، من النتائج، من قيام; session 15).
- A warning whose من opens a clause (حذر من أن رفض الاتفاق سيؤدي إلى حرب) is a forecast (session 14).
- A present-tense threat verb told of a thing, a text or a trend (ويهدد بإحداث فتنة، إنه يهدد بتفجير حرب، مؤشرا خطيرا
  يهدد السوريين) describes a danger (session 15 round 2).
- A sanctions move after a word of prospect or with a purpose ل (فور رفع العقوبات، سيضمن رفع العقوبات، إعادة فرض
  العقوبات، لرفع العقوبات) is a deal's term or a prospect, no sanction imposed or lifted (session 12).
- An attack that is only plotted or intended (كانوا يخططون لارتكاب اعتداءات، خلية كانت تعتزم تنفيذ هجمات) has not
  happened (session 16: intent verbs).
- An obligation laid on nobody named (يجب على المواطنين ترشيد الاستهلاك، ينبغي على الجميع الالتزام) is a general duty;
  only a party of a known country right after على (يتعين على جنوب السودان رفع القيود) makes it a demand on someone,
  and the act demanded (يتعين على روسيا سحب قواتها) has not happened: the demand is the news.
- An act inside a negated condition (إذا لم تفرج الحكومة، في حال لم، إن لم تلتزم) or after a word of possibility
  (ربما، احتمال) has not happened (session 14); nor has an act named as what is feared or avoided (خوفا من، لتفادي،
  يخشون أن; session 15 round 2).
"""
from __future__ import annotations

from hadath.document import Document
from hadath.events.mentioned_tokens import _QUOTES
from hadath.events.nesting import is_noun, named_tokens
from hadath.events.triggers import TriggerMatch
from hadath.events.wordlists import words

WARNING_PATTERNS = frozenset(("threaten.muHadhdhiran",))
_FILLER = words("mentioned_acts", "filler")


def unaddressed_warnings(doc: Document, matches: list[TriggerMatch]) -> set:
    """ids of "محذرا ... من" warnings whose gap names nobody (only fillers such as في الوقت نفسه)."""
    toks = doc.tokens
    out = set()
    for m in matches:
        if m.pattern.id not in WARNING_PATTERNS or len(m.tokens) < 2:
            continue
        between = [toks[k] for k in range(m.first + 1, m.last)]
        if all(t.is_punct or t.norm in _FILLER for t in between):
            out.add(id(m))
    return out


# "حذر الوزير من استمرار التصعيد": a finite warning verb with no object pronoun whose من names a danger (a rise, an
# escalation, a risk, attacks that may come) is a pessimistic comment; threats of consequences (مغبة، عواقب،
# أنه سيرد) have their own patterns and stay
FINITE_WARNINGS = frozenset(("threaten.Hadhdhara", "threaten.Hadhdhara-far"))
_DANGER_WORDS = words("mentioned_acts", "danger_words")
_LIKELY_WORDS = words("mentioned_acts", "likely_words")
_WARN_FORMS = words("mentioned_acts", "warn_forms")
_PARTY_OPENERS = words("mentioned_acts", "party_openers")


def _complement_words(doc: Document, m: TriggerMatch, n: int) -> list[str]:
    """The next ``n`` words after the match, quotes and guillemets skipped (من «خطورة» ما أعلنه)."""
    toks = doc.tokens
    out = []
    for k in range(m.last + 1, min(len(toks), doc.sentences[m.sentence].token_end)):
        if toks[k].is_punct and toks[k].norm in ('"', "«", "»", "“", "”", "'"):
            continue
        if toks[k].is_punct:
            break
        out.append(toks[k].norm)
        if len(out) == n:
            break
    return out


def danger_warnings(doc: Document, matches: list[TriggerMatch]) -> set:
    """ids of finite "حذر ... من" warnings with no object pronoun whose من names a danger (تزايد الخطر، استمرار
    تصعيد العنف، هجمات محتملة): nobody is threatened with anything."""
    named = None
    out = set()
    for m in matches:
        if m.pattern.id not in FINITE_WARNINGS or len(m.tokens) < 2:
            continue
        if doc.tokens[m.first].norm[len(m.head_prefix):] not in _WARN_FORMS:
            continue  # وحذرها من: a party is warned
        nxt = _complement_words(doc, m, 2)
        if nxt and (nxt[0] in _DANGER_WORDS or (len(nxt) > 1 and nxt[1] in _LIKELY_WORDS)):
            named = named_tokens(doc) if named is None else named
            if not _party_warned(doc, m, named):
                out.add(id(m))
    return out


PREDICTION_WARNINGS = FINITE_WARNINGS | WARNING_PATTERNS
_CLAUSE_THAT = words("mentioned_acts", "clause_that")


def predicted_outcomes(doc: Document, matches: list[TriggerMatch]) -> set:
    """ids of "حذر ... من" warnings whose من opens a clause (حذر أوباما من أن رفض الكونغرس للاتفاق سيؤدي إلى حرب،
    حذر بلير أعضاء الحزب من أنه في حالة فوز كوربين، حذرت المنظمة من أن نصف مليون طفل يعانون): a forecast of what
    will follow, even when a party is warned; none is a gold threat in the tuning sets (session 14). A warning
    that the speaker will answer (حذر من أنه سيرد) has its own pattern and stays."""
    out = set()
    for m in matches:
        if m.pattern.id not in PREDICTION_WARNINGS or len(m.tokens) < 2:
            continue
        nxt = _complement_words(doc, m, 1)
        if nxt and nxt[0] in _CLAUSE_THAT:
            out.add(id(m))
    return out


def _party_warned(doc: Document, m: TriggerMatch, named: list) -> bool:
    """A run of named tokens between the verb and من right after a comma or a time word, once the subject is named:
    the party warned (حذر وزير الخارجية البريطاني، الذي يزور بغداد، الحكومة العراقية، من؛ حذر أوباما أمس إيران من).
    A hyphen, quotes or a genitive inside the subject's title (المستشار القانوني لـ«الجيش الحر» أسامة) open none."""
    toks = doc.tokens
    for k in range(m.first + 2, m.last):
        if named[k] and not named[k - 1] and toks[k - 1].norm in _PARTY_OPENERS and \
                any(named[j] for j in range(m.first + 1, k - 1)):
            return True
    return False


THREAT_PRESENT = words("mentioned_acts", "threat_present_forms")
IT_PRONOUNS = words("mentioned_acts", "it_pronouns")
ACCUSATIVE_ADVERBS = words("mentioned_acts", "accusative_adverbs")
SPEAKER_IN = words("mentioned_acts", "speaker_in")


def _thing_before_threat(toks, k: int, first: int, named: list) -> bool:
    """The word before a present-tense threat verb at ``k`` leaves it a thing's subject: a comma (the verb goes on a
    clause about a thing: النفايات التي تجتاح الشوارع، وتهدد بقطع الطرق), "it" (إنه يهدد بتفجير حرب) or an indefinite
    accusative noun or adjective it describes (يعد مؤشرا خطيرا يهدد السوريين); adverbs in ا (أيضا، مجددا) and names
    (روسيا تهدد) are none."""
    j = k - 1
    while j >= first and toks[j].norm in _QUOTES:
        j -= 1
    if j < first:
        return False
    w = toks[j].norm
    if w in ("،", ","):
        return True
    if w in IT_PRONOUNS:
        return True
    return not toks[j].is_punct and not named[j] and len(w) > 3 and w.endswith("ا") and \
        w not in ACCUSATIVE_ADVERBS  # روسيا تهدد: a named party


def thing_threats(doc: Document, matches: list[TriggerMatch]) -> set:
    """ids of threats told with a present-tense "يهدد / تهدد" whose subject is a thing, a text or a trend (وهو ما
    يتعارض مع مهماتها، ويهدد بإحداث فتنة؛ قائلا إنه يهدد بتفجير حرب؛ مؤشرا خطيرا يهدد السوريين): a danger described,
    nobody threatens anyone (session 15 round 2). A party threatening in the present (التنظيم الذي يهدد بإعدامه) has
    its name or a relative before the verb; a video "in which he threatens" (تسجيلا يهدد فيه) keeps its threat."""
    toks = doc.tokens
    named = None
    out = set()
    for m in matches:
        if m.pattern.type != "THREATEN":
            continue
        k = m.first
        if toks[k].norm[len(m.head_prefix):] not in THREAT_PRESENT and toks[k].norm not in THREAT_PRESENT:
            continue
        if k + 1 < len(toks) and toks[k + 1].norm in SPEAKER_IN:
            continue
        named = named_tokens(doc) if named is None else named
        if _thing_before_threat(toks, k, doc.sentences[m.sentence].token_start, named):
            out.add(id(m))
    return out


# "سيضمن رفع العقوبات"، "فور رفع العقوبات"، "من إعادة فرض العقوبات إن خالفت": a sanctions move named as a verbal
# noun after a word of prospect (what will, would or may come: re-imposition, "as soon as", "towards", "in return
# for", "will guarantee") or with a purpose ل is a term of a deal, no move made
SANCTION_MOVE_TYPES = frozenset(("SANCTION", "RETREAT", "CONCEDE"))
_SANCTION_MOVES = words("mentioned_acts", "sanction_moves")
_PROSPECT_HEADS = words("mentioned_acts", "prospect_heads")


def prospective_sanction_moves(doc: Document, matches: list[TriggerMatch]) -> set:
    """ids of sanctions moves (رفع / فرض / تخفيف العقوبات) right after a prospect word (إعادة، فور، صوب، سيضمن) or
    with a purpose ل (لرفع العقوبات): a deal's term or a prospect, not a sanction imposed or lifted."""
    toks = doc.tokens
    out = set()
    for m in matches:
        if m.pattern.type not in SANCTION_MOVE_TYPES:
            continue
        head = toks[m.first].norm[len(m.head_prefix):]
        purpose = m.head_prefix == "ل" or (head[:1] == "ل" and head[1:] in _SANCTION_MOVES)  # لرفع: a literal slot
        if head not in _SANCTION_MOVES and not purpose:
            continue
        start = doc.sentences[m.sentence].token_start
        before = toks[m.first - 1] if m.first > start else None
        if purpose or (before is not None and not before.is_punct and before.norm.lstrip("و") in _PROSPECT_HEADS):
            out.add(id(m))
    return out


PLOT_WORDS = words("mentioned_acts", "plot_words")
PLOT_REACH = 3  # tokens between the plotting word and the attack noun (يخططون لارتكاب اعتداءات)
PLOTTED_TYPES = frozenset(("ASSAULT",))


def plotted_attacks(doc: Document, matches: list[TriggerMatch]) -> set:
    """ids of attack nouns a few words after a plotting or intending word (اعتقال ثمانية يشتبه في أنهم كانوا يخططون
    لارتكاب اعتداءات، خلية كانت تعتزم تنفيذ هجمات، كانوا ينوون شن هجمات): a plot is no attack, and the news gold codes
    only the arrest."""
    toks = doc.tokens
    out = set()
    for m in matches:
        if m.pattern.type not in PLOTTED_TYPES:
            continue
        if m.head_tag:  # كانوا ينوون شن هجمات: no verb follows a plotting verb right away; a bare perfect is the noun
            if m.head_tag == "perf" and not m.head_prefix and m.first > 0 and toks[m.first - 1].norm in PLOT_WORDS:
                out.add(id(m))
            continue
        start = doc.sentences[m.sentence].token_start
        for k in range(m.first - 1, max(start, m.first - PLOT_REACH) - 1, -1):
            if toks[k].is_punct:
                break
            if toks[k].norm in PLOT_WORDS:
                out.add(id(m))
                break
    return out


OBLIGATION_PATTERNS = frozenset(("request.yajibu-3ala", "request.s29-inna-3ala"))
# "إن / أن على Y أن": a bare particle (no pronoun: إنها على استعداد), the party right after على, then أن
PARTICLE_OBLIGATIONS = frozenset(("request.s29-inna-3ala",))
OBLIGED_THAT = words("mentioned_acts", "obliged_that")
OBLIGED_THAT_REACH = 4  # "على الولايات المتحدة الأمريكية أن": the party's name before the second أن
# tokens after على within which the obliged party's name must begin (على [الحكومة الإيرانية]، على كل من [إيران])
OBLIGED_REACH = 3


def _particle_obligation(doc: Document, m: TriggerMatch) -> bool:
    """"إن على Y أن" lays a duty on Y only with a bare particle, Y's name right after على and the second أن after
    it: with a pronoun (إنها على استعداد) or another word after على (أن على رأس أولويات X) the phrase says where or
    how someone is; without the second أن (إن على Y الالتزام) the speaker is too often one the actors layer does not
    name (measured in session 29)."""
    toks = doc.tokens
    if toks[m.first].enclitics or m.last + 1 >= len(toks):
        return False
    nxt = toks[m.last + 1]  # the word after على
    if not any(a.country and a.start == nxt.start for a in getattr(doc, "actors", None) or ()):
        return False
    return any(toks[k].norm in OBLIGED_THAT for k in range(m.last + 2, min(len(toks), m.last + 2 + OBLIGED_THAT_REACH)))


def unaddressed_obligations(doc: Document, matches: list[TriggerMatch]) -> set:
    """ids of "يجب / يتعين على" obligations with no party of a known country named right after على: a duty in
    general (يجب على المواطنين), not a demand addressed to a state or a group."""
    toks = doc.tokens
    out = set()
    for m in matches:
        if m.pattern.id not in OBLIGATION_PATTERNS:
            continue
        if m.pattern.id in PARTICLE_OBLIGATIONS:
            if not _particle_obligation(doc, m):
                out.add(id(m))
            continue
        last = min(m.last + OBLIGED_REACH, len(toks) - 1)
        if m.last + 1 >= len(toks) or not any(
                a.country and toks[m.last + 1].start <= a.start <= toks[last].start
                for a in getattr(doc, "actors", None) or ()):
            out.add(id(m))
    return out


# tokens after an obligation within which a trigger is the act demanded (يتعين على روسيا سحب قواتها)
OBLIGED_ACT_REACH = 8


def obliged_acts(doc: Document, matches: list[TriggerMatch]) -> set:
    """ids of triggers just after an obligation on a named party: the act it demands, not yet done."""
    skipped = unaddressed_obligations(doc, matches)
    out = set()
    for m in matches:
        if m.pattern.id not in OBLIGATION_PATTERNS or id(m) in skipped:
            continue
        out |= {id(o) for o in matches if o.sentence == m.sentence and 0 < o.first - m.last <= OBLIGED_ACT_REACH
                and not any(doc.tokens[k].is_punct for k in range(m.last + 1, o.first))}
    return out


CONDITION_WORDS = words("mentioned_acts", "condition_words")
CONDITION_NEGATORS = words("mentioned_acts", "condition_negators")
POSSIBILITY_WORDS = words("mentioned_acts", "possibility_words")
UNREAL_REACH = 4  # words before a trigger in which its condition or possibility word stands


# إن "if" is told from أن "that" by its written hamza (both normalize to ان): أن لا is "that ... not"
_IN_IF = frozenset(("إن", "وإن", "فإن"))


def _clause_before(doc: Document, m: TriggerMatch) -> list[str]:
    """The words right before the trigger (nearest first), up to ``UNREAL_REACH`` and not past punctuation; a
    conditional إن is kept as written, every other word normalized."""
    toks = doc.tokens
    out = []
    for k in range(m.first - 1, max(doc.sentences[m.sentence].token_start, m.first - UNREAL_REACH) - 1, -1):
        if toks[k].is_punct:
            break
        out.append(toks[k].text if toks[k].text in _IN_IF else toks[k].norm)
    return out


def _unmet_condition(before: list[str]) -> bool:
    """``إذا لم تطلق الحكومة سراح``، ``في حال لم``، ``إن لم تلتزم``: a negated condition names what a threat or a deal
    demands; nothing was done or refused."""
    for k, w in enumerate(before):
        if w in CONDITION_NEGATORS and k + 1 < len(before):
            prev = before[k + 1]
            if prev in CONDITION_WORDS or prev in _IN_IF:
                return True  # not ما لم: "unless", but as often "what ... not" (كل ما لم ينفذ)
    return False


def unreal_acts(doc: Document, matches: list[TriggerMatch]) -> set:
    """ids of triggers inside a negated condition (هدد بإعدامه إذا لم تطلق الحكومة سراح المعتقلات) or named as a
    possibility (ربما يعرضها لهجمات، احتمال خفض المساعدات): the act has not happened and the news gold codes none of
    them (session 14: none of the hypothetical events of the tuning sets is gold). قد + imperfect (قد تفرض اليابان
    قيودا) stays an event with aux hypothetical, as the SCHEMA has it."""
    out = set()
    for m in matches:
        before = _clause_before(doc, m)
        if not before:
            continue
        if _unmet_condition(before) or any(w in POSSIBILITY_WORDS for w in before[:3]):
            out.add(id(m))
    return out


FEAR_WORDS = words("mentioned_acts", "fear_words")
FEAR_REACH = 6  # words after a word of fear or avoidance in which the noun of what is feared stands
_THAT = frozenset(("ان", "أن"))


def feared_acts(doc: Document, matches: list[TriggerMatch]) -> set:
    """ids of acts named as what is feared or to be avoided (نشرت الشرطة تعزيزات خوفا من اندلاع اشتباكات، حرصا على
    عدم إصابتهم بأي أذى، لتفادي وقوع ضحايا جراء الغارات، الناخبين الذين يخشون أن تنتهك): nothing has happened (session 15
    round 2). Only a noun after the fear word within ``FEAR_REACH`` words, or a verb right after its أن, with no
    punctuation between: the clause's own verb after the phrase (تفاديا لحدوث انشقاقات خضعت اللجنة) stays."""
    toks = doc.tokens
    out = set()
    fears = [k for s in doc.sentences for k in range(s.token_start, s.token_end)
             if toks[k].norm in FEAR_WORDS or toks[k].norm[:1] in ("و", "ل", "ف") and toks[k].norm[1:] in FEAR_WORDS]
    if not fears:
        return out
    for m in matches:
        for k in fears:
            if not (0 < m.first - k) or any(toks[j].is_punct for j in range(k + 1, m.first)):
                continue
            gap = m.first - k - 1
            noun = is_noun(m) or toks[m.first - 1].norm == "عدم"  # عدم إصابتهم: a verbal noun, tagged as a verb
            if (noun and gap < FEAR_REACH) or (gap == 1 and toks[k + 1].norm in _THAT):
                out.add(id(m))
                break
    return out

"""Trigger words that are mentioned, not reported: no act of their own.

- A warning with no party warned (محذرا من انعكاسات الفشل، محذرة في الوقت نفسه من احتمال هجمات) names a danger,
  not a threat to someone: the news gold codes no THREATEN for it, while "محذرا الهند من أي مغامرة" (a party
  warned) stays a threat. The warning is kept as a host, so what it warns of is still no event of its own.
- A finite warning with no object pronoun whose من names a danger or a trend (حذر الوزير من استمرار تصعيد العنف، من
  تزايد الخطر، من هجمات محتملة) is a pessimistic comment, no THREATEN (session 12).
- A bare "وصل إلى" after a word that is no named party and opens no clause has a thing, a gap or a figure for
  subject (سفينة اغاثية تصل إلى اليمن، الفجوة وصلت إلى مراحل، قد يصل إلى ستة أشهر): nobody visits (session 12).
- A sanctions move after a word of prospect or with a purpose ل (فور رفع العقوبات، سيضمن رفع العقوبات، إعادة فرض
  العقوبات، لرفع العقوبات) is a deal's term or a prospect, no sanction imposed or lifted (session 12).
- The act a move answers or avenges (قصفت مواقع ردا على مقتل أحد جنودها، انتقاما لمقتل) and the act someone stands
  behind (يقف وراء هجوم على مطعم، تقف خلف عدد من العمليات) happened before: a reason or an attribution, no report
  (session 12). A verb describing an indefinite act noun left out (من هجمات محتملة تستهدف المطارات) goes with it.
- تعاون / دعم / رفض spelt like a perfect verb but governed by a noun or a condition word (وجود تعاون كبير، اتفاقية
  تعاون مشترك، في حال رفضها) are the verbal noun: a topic or a prospect, no act.
- An attack named as the object of a condemnation past the condemner's name and a comma (أدان الملك عبدالله
  الثاني، حادث التفجير الإرهابي) was reported before; the news is the condemnation.
- An attack that is only plotted (كانوا يخططون لارتكاب اعتداءات) has not happened.
- A refusal given as the means or cause of another act (من خلال رفضها تجديد التأشيرات، بسبب رفضهم الشروط) is how
  that act was done, not a rejection reported on its own. (A ب proclitic alone is no sign: قضت المحكمة برفض الطعن.)
- An obligation laid on nobody named (يجب على المواطنين ترشيد الاستهلاك، ينبغي على الجميع الالتزام) is a general duty;
  only a party of a known country right after على (يتعين على جنوب السودان رفع القيود) makes it a demand on someone,
  and the act demanded (يتعين على روسيا سحب قواتها) has not happened: the demand is the news.
- Security forces massing (احتشدت قوات الأمن، أعداد كبيرة من الشرطة احتشدت) deploy; they do not protest.
- A person's part in a known protest (الناشط الذي يشارك في هذه المظاهرات، الذي نظم التظاهرة) or a habit (يشارك كل
  أسبوع في المسيرة) describes the person; the protest is reported elsewhere or is a standing one.
- An attack or protest dated years back (في مظاهرة في المدينة قبل أربعة أعوام) is background.
- A purpose phrase (احتجاجا على) after a protest called for or intended (دعت إلى التظاهر يوم الجمعة احتجاجا على) is
  the purpose of a protest not yet held, not a protest taking place.
- The cause a protest or a condemnation is about (اعتصم المعلمون احتجاجا على اعتقال زملائهم، تنديدا بمقتل) is
  its content, not a new report (docs/eval-news.md: an event given only as a cause is not coded).
- What an accusation charges (اتهمت الحكومة، أمس، المتمردين باستهداف مواقعها بقصف مدفعي؛ اتهمت المنظمة إسرائيل
  باستخدام القوة لاعتقال أطفال) is the accusation's content, not a report of its own: the news gold codes the
  ACCUSE alone (session 13).
- An attack or arrest followed by a span of months or years (قتلت 3042 من التنظيم خلال 10 أشهر، ترحيل 475943 مخالفا
  منذ بداية العام، منذ 23 سبتمبر 2014) is a tally of many acts, not one reported act (session 13).
- A text that "prevents" (اتفاق مع إيران يمنعها من امتلاك السلاح، إن الاتفاق لا يمنع البنتاغون من) states what the text
  allows or forbids; nobody is restricted (session 13).
- A commentator's view (رأى الخبير السياسي أن زيارة الأمير تأتي، اعتبر خبيران أن البيان ... ومنعها من التدخل، يكشف
  خبراء أن الظواهري اعتقل) is analysis: the acts it names are topics, not reports (session 13). Attacks and protests
  told by an expert are still coded (a witness may be called an expert).
- Session 14 (families counted on the nine tuning sets, none of their events gold): an act inside a negated
  condition (إذا لم تفرج الحكومة، في حال لم، إن لم تلتزم) or after a word of possibility (ربما، احتمال); هاجم / شن هجوما
  by a person in a sentence of words and no violence (هاجم الوزير أقوال كيري): a verbal attack; a detention told after
  a release in its sentence (إخلاء سبيله بعد يومين من احتجازه); a warning whose من opens a clause (حذر من أن رفض
  الاتفاق سيؤدي إلى حرب): a forecast; "what X calls" (لما تصفه السلطات بأنه).
- Session 15 (families counted on the ten tuning sets): support or threats for a militant group told about the people
  arrested in the same sentence (أعلنوا تأييدهم لتنظيم داعش); a warning of a possible act or of results (حذر من إمكانية،
  من النتائج، من قيام); a call on one's own nationals or on everyone present (دعت السلطات مواطنيها، طلب من الجميع);
  people "accused of" a charge (القبض على 4336 متهما بالانضمام); a count since an onset (منذ اندلاع الحرب) is a tally;
  an entertainer's attack in an interview (هاجم الملحن المغنية عبر لقاء تلفزيوني) is in words; aid governed by a
  noun of delivery or oversight (من أجل وصول المساعدات الإنسانية) is a topic.
- Session 15 round 2: a present-tense threat verb told of a thing, a text or a trend (ويهدد بإحداث فتنة، إنه يهدد
  بتفجير حرب، مؤشرا خطيرا يهدد السوريين) describes a danger; reinforcements that a strike hits (كمائن لتعزيزات، قصف
  الطيران تعزيزات) are no mobilization; concern about a state of affairs with no party named (عن قلقها إزاء تجدد
  الاشتباكات) blames nobody; تعاون / دعم / رفض after a preposition or "any" (إلى «تعاون أكبر»، أي تعاون) is the noun.
- Session 16: a perfect-looking trigger right after إنّ (قال إن رفض الكونغرس للاتفاق سيسبب إحراجا) is the verbal noun
  it governs; attacks only intended (خلية كانت تعتزم تنفيذ هجمات) are plots; what a referenced statement said (على
  كلمة ألقاها أكد فيها، ردا على تصريحات قال فيها) is in ``referenced_statements``.

Each ``*(doc, matches) -> set`` returns ids of trigger matches that ``stage.code_document`` leaves out, like the
rules of ``non_events``.
"""
from __future__ import annotations

from hadath.document import Document
from hadath.events.arguments import COMPLEMENTIZERS
from hadath.events.nesting import (_SENTENCE_STOPS, PHRASE_STOPS, RELATIVE_AUX, RELATIVES, _is_noun, _named_tokens,
                                   asyndetic_relatives)
from hadath.events.referenced_statements import referenced_statement_contents
from hadath.events.triggers import TriggerMatch
from hadath.events.wordlists import raw_words, words
from hadath.text.normalize import normalize_word, strip_al

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
            named = _named_tokens(doc) if named is None else named
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


# "وهي أكبر سفينة اغاثية تصل إلى اليمن"، "الفجوة وصلت إلى مراحل"، "التمديد قد يصل إلى ستة أشهر": a visit is told
# verb first (وصل الوزير إلى، وصل إلى القاهرة الوزير) or after its named visitor (كيري وصل إلى); a bare "وصل إلى"
# after any other word has a thing, a gap or a figure for subject: it reaches somewhere, nobody visits
ARRIVAL_PATTERNS = frozenset(("consult.waSala-ila",))
_ARRIVAL_KEEPS = words("mentioned_acts", "arrival_keeps")
_PARTICLES = frozenset(normalize_word(w) for w in "قد لن لم".split())


def thing_arrivals(doc: Document, matches: list[TriggerMatch]) -> set:
    """ids of bare "وصل إلى" (nothing between, no و/ف) right after a word that is neither a named party nor a clause
    opener, a relative or a subordinator: its subject is a thing or a figure (سفينة تصل إلى، قد يصل إلى ستة أشهر)."""
    toks = doc.tokens
    named = None
    out = set()
    for m in matches:
        if m.pattern.id not in ARRIVAL_PATTERNS or m.last != m.first + 1 or m.head_prefix[:1] in ("و", "ف"):
            continue
        start = doc.sentences[m.sentence].token_start
        p = m.first - 1
        if p > start and toks[p].norm in _PARTICLES:  # التمديد قد يصل: the subject is before the particle
            p -= 1
        if p < start or toks[p].is_punct or toks[p].norm in _ARRIVAL_KEEPS or toks[p].norm in RELATIVES:
            continue
        named = _named_tokens(doc) if named is None else named
        if not named[p]:
            out.add(id(m))
    return out


# "تعزيزات عسكرية قادمة من ... (جنوب)، وصلت إلى المنطقة"، "أول طائرة تتبع الصليب الأحمر وصلت إلى مطار عدن": a bare
# "وصل إلى" whose subject, a little way back in the same clause, is a vehicle, a shipment or reinforcements tells
# things arriving, not a visit, even when a named party or a comma stands between
_ARRIVING_THINGS = words("mentioned_acts", "arriving_things")
_THING_REACH = 20
# "بوصول 400 نازح على متن سفينة": the verbal noun of arrival with a thing or a count of displaced people after it
ARRIVAL_NOUNS = frozenset(("consult.waSl",))
_ARRIVING_CROWDS = words("mentioned_acts", "arriving_crowds")


def _thing_after(doc: Document, k: int) -> bool:
    """Whether token k (past one number) is a thing or a displaced crowd: what arrives is no visitor."""
    toks = doc.tokens
    if k < len(toks) and toks[k].norm.isdigit():
        k += 1
    if k >= len(toks):
        return False
    norm = strip_al(toks[k].norm)
    return norm in _ARRIVING_THINGS or norm in _ARRIVING_CROWDS


def thing_subject_arrivals(doc: Document, matches: list[TriggerMatch]) -> set:
    """ids of bare "وصل إلى" (no و/ف) with a thing noun (طائرة، تعزيزات، شحنة) before it in its clause and no
    clause opener between: the thing arrives, nobody visits."""
    toks = doc.tokens
    out = set()
    for m in matches:
        if m.pattern.id in ARRIVAL_NOUNS and _thing_after(doc, m.last + 1):
            out.add(id(m))
        if m.pattern.id not in ARRIVAL_PATTERNS or m.last != m.first + 1 or m.head_prefix[:1] in ("و", "ف"):
            continue
        start = max(doc.sentences[m.sentence].token_start, m.first - _THING_REACH)
        for k in range(m.first - 1, start - 1, -1):
            norm = toks[k].norm
            if norm in _ARRIVAL_KEEPS or norm in RELATIVES or norm[:1] in ("و", "ف") and norm[1:] in _ARRIVAL_KEEPS:
                break
            if norm in _ARRIVING_THINGS or strip_al(norm) in _ARRIVING_THINGS:
                out.add(id(m))
                break
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


# "قصفت تركيا مواقع ردا على مقتل أحد جنودها"، "انتقاما لمقتل"، "يقف وراء هجوم على مطعم"، "تقف خلف عدد من العمليات":
# the act a move answers or avenges, and the act someone stands behind, happened before; it is named as a reason
# or in an attribution, and the news gold codes only the answer, the arrest or the accusation
RESPONSE_HEADS = words("mentioned_acts", "response_heads")
STAND_VERBS = words("mentioned_acts", "stand_verbs")
BEHIND_WORDS = frozenset(normalize_word(w) for w in "وراء ووراء خلف".split())
ANSWER_LINKS = frozenset(normalize_word(w) for w in "على علي ل".split())
ANSWER_REACH = 8  # words from the answer or behind word to the act noun (ردا على مقتل أحد جنودها بإطلاق نار)


def _answer_head(toks, k: int) -> bool:
    """ردا على / انتقاما لـ at ``k`` (the head word, its link next), or وراء / خلف right after a standing verb."""
    if toks[k].norm in RESPONSE_HEADS and k + 1 < len(toks):
        nxt = toks[k + 1].norm
        return nxt in ANSWER_LINKS or nxt.startswith("ل")
    return toks[k].norm in BEHIND_WORDS and k > 0 and toks[k - 1].norm in STAND_VERBS


def answered_acts(doc: Document, matches: list[TriggerMatch]) -> set:
    """ids of act nouns inside the phrase of ردا على / انتقاما لـ or of يقف وراء (no punctuation, verb trigger or
    clause word between): an earlier act given as the reason for the news or attributed to someone."""
    toks = doc.tokens
    verb_starts = {h.first for h in matches if not _is_noun(h)}
    out = set()
    for m in matches:
        if not _is_noun(m):
            continue
        start = doc.sentences[m.sentence].token_start
        for k in range(m.first - 1, max(start, m.first - ANSWER_REACH) - 1, -1):
            if toks[k].is_punct or k in verb_starts or toks[k].norm in PHRASE_STOPS:
                break
            if _answer_head(toks, k):
                out.add(id(m))
                break
    return out


CAUSE_WORDS = words("mentioned_acts", "cause_words")
CAUSE_LINKS = frozenset(normalize_word(w) for w in "على علي".split())
CAUSE_TYPES = frozenset(("ASSAULT", "COERCE", "SANCTION", "REJECT", "SUPPORT", "AID"))


def protested_causes(doc: Document, matches: list[TriggerMatch]) -> set:
    """ids of verbal-noun triggers right after a purpose noun (احتجاجا على اعتقال، تنديدا بمقتل): the act protested."""
    toks = doc.tokens
    out = set()
    for m in matches:
        if m.head_tag or m.pattern.type not in CAUSE_TYPES or m.first < 1:
            continue
        k = m.first - 1
        if toks[k].norm in CAUSE_LINKS and k >= 1:
            k -= 1
        if toks[k].norm in CAUSE_WORDS and doc.sentences[m.sentence].token_start <= k:
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


# unvocalized perfects spelt like their verbal noun (تعاون، دعم، رفض، تمسك)
MASDAR_LIKE = frozenset(normalize_word(w) for w in "تعاون دعم رفض تمسك".split())
NOUN_GOVERNORS = words("mentioned_acts", "noun_governors")
NOUN_ADJECTIVES = words("mentioned_acts", "noun_adjectives")


def masdar_readings(doc: Document, matches: list[TriggerMatch]) -> set:
    """ids of perfect-verb readings of تعاون / دعم / رفض / تمسك that are the verbal noun: after a governing noun or a
    condition / cause / means word (وجود تعاون كبير مع، اتفاقية تعاون مشترك، في حال رفضها الاتفاق، حيال تمسكهم
    بالنظام), after a preposition or "any" (دعا إلى «تعاون أكبر»، رفضت أي تعاون مع: no verb can stand there; session
    15 round 2) or before an adjective, quotes skipped. The noun names a topic or a prospect, not an act that
    happened."""
    toks = doc.tokens
    out = set()
    named: list = []  # built on the first verbal noun with a pronoun: most documents need none
    for m in matches:
        head = toks[m.first].norm
        word = head[1:] if head[:1] in ("و", "ف") and head[1:4] in {w[:3] for w in MASDAR_LIKE} else head
        if m.head_tag != "perf" or not any(word == w or (word.startswith(w) and len(word) - len(w) <= 2)
                                            for w in MASDAR_LIKE):
            continue
        start = doc.sentences[m.sentence].token_start
        p, n = m.first - 1, m.first + 1
        while p > start and toks[p].norm in _QUOTES:  # دعا إلى «تعاون أكبر»
            p -= 1
        while n + 1 < len(toks) and toks[n].norm in _QUOTES:
            n += 1
        prev = toks[p].norm if p >= start else ""
        nxt = toks[n].norm if n < len(toks) else ""
        if not named and toks[m.first].enclitics:
            named = _named_tokens(doc)
        if prev in NOUN_GOVERNORS or nxt in NOUN_ADJECTIVES or _governed_past_party(doc, m, start, named):
            out.add(id(m))
    return out


# "إنّ" is followed by its noun, never by a perfect verb (قال كيري إن رفض الكونغرس للاتفاق سيسبب له إحراجا، قال إن
# توعد خامنئي بتحدي السياسات مزعج): a trigger read as a perfect right after it is the verbal noun, the topic of what
# is said, or else a condition (إن رفض = if it refuses); either way no act reported (session 16: fresh3, fresh5, fresh8,
# fresh10, none gold). Only إن written with its hamza below (أن / ان may open a verb clause: بعد أن رفض); attacks,
# arrests and protests are left to the other rules.
INNA_TEXTS = frozenset(raw_words("mentioned_acts", "inna_forms"))  # as written: the hamza is what tells إنّ
INNA_KEEP_TYPES = frozenset(("ASSAULT", "PROTEST", "COERCE"))


def inna_subjects(doc: Document, matches: list[TriggerMatch]) -> set:
    """ids of bare perfect-verb triggers right after إنّ (quotes skipped): the verbal noun it governs, no act."""
    toks = doc.tokens
    out = set()
    for m in matches:
        if m.head_tag != "perf" or m.head_prefix or m.pattern.type in INNA_KEEP_TYPES:
            continue
        p = m.first - 1
        start = doc.sentences[m.sentence].token_start
        while p > start and toks[p].norm in _QUOTES:
            p -= 1
        if p >= start and toks[p].text in INNA_TEXTS:
            out.add(id(m))
    return out


# the longest party name that may stand between a governing noun and its verbal noun (مواصلة المملكة العربية دعمها)
GOVERNED_PARTY_SPAN = 3


def _governed_past_party(doc: Document, m: TriggerMatch, start: int, named: list) -> bool:
    """A verbal noun with its possessive pronoun after a governing noun and the party that owns it (انتقد مواصلة
    إيران دعمها لنظام الأسد): the party's continuing support is the topic, not an act reported."""
    toks = doc.tokens
    if not toks[m.first].enclitics:
        return False
    k = m.first - 1
    while k >= start and m.first - k <= GOVERNED_PARTY_SPAN and named[k]:
        k -= 1
    word = toks[k].norm if k >= start else ""
    return k < m.first - 1 and (word in NOUN_GOVERNORS or (word[:1] in ("ب", "و", "ل") and word[1:] in NOUN_GOVERNORS))


CONDEMNED_FILLERS = words("mentioned_acts", "condemned_fillers")
CONDEMNED_PUNCT = frozenset(("،", ",", "«", "»", '"', "“", "”"))



def condemned_nouns(doc: Document, matches: list[TriggerMatch]) -> set:
    """ids of attack nouns that are the object of a condemnation, past the condemning party's name and a comma
    (أدان الملك عبدالله الثاني، حادث التفجير الإرهابي الذي استهدف مسجدا): the news is the condemnation."""
    hosts = {h.last: h for h in matches if h.pattern.type == "ACCUSE" and h.pattern.mode == "disapprove"}
    if not hosts:
        return set()
    toks = doc.tokens
    named = None
    out = set()
    for m in matches:
        if m.head_tag or m.pattern.type != "ASSAULT":
            continue
        if named is None:
            named = _named_tokens(doc)
        start = doc.sentences[m.sentence].token_start
        k = m.first - 1
        while k >= start and (named[k] or toks[k].norm in CONDEMNED_FILLERS or toks[k].norm in CONDEMNED_PUNCT):
            k -= 1
        if k >= start and k in hosts and hosts[k].sentence == m.sentence:
            out.add(id(m))
        elif _object_of_condemnation(doc, m, hosts):
            out.add(id(m))
    return out


def _object_of_condemnation(doc: Document, m: TriggerMatch, hosts: dict) -> bool:
    """An attack noun with the ل of an object (عن إدانة الولايات المتحدة الشديدة للهجمات التي وقعت) a few words after
    a condemnation of the same sentence: what is condemned."""
    if not any(c.text == "ل" for c in doc.tokens[m.first].proclitics or ()):
        return False
    return any(h.sentence == m.sentence and 0 < m.first - last <= CONDEMNED_OBJECT_GAP for last, h in hosts.items())


# how far (tokens) the ل-object of a condemnation may stand from it (the condemner's name and an adjective between)
CONDEMNED_OBJECT_GAP = 8


# words before a verbal noun that make it a means or a cause (من خلال رفضها، بسبب رفضهم)
MEANS_WORDS = frozenset(normalize_word(w) for w in "خلال عبر بسبب جراء نتيجة بحجة".split())


def means_refusals(doc: Document, matches: list[TriggerMatch]) -> set:
    """ids of single-word REJECT triggers (noun or perfect reading) right after a means / cause word (من خلال رفضها،
    بسبب رفضهم). Longer frames (أعلن رفضه، رفض طلب) are left alone."""
    toks = doc.tokens
    out = set()
    for m in matches:
        if m.pattern.type != "REJECT" or m.last != m.first:
            continue
        prev = toks[m.first - 1].norm if m.first > doc.sentences[m.sentence].token_start else ""
        if prev in MEANS_WORDS:
            out.add(id(m))
    return out


OBLIGATION_PATTERNS = frozenset(("request.yajibu-3ala",))
# tokens after على within which the obliged party's name must begin (على [الحكومة الإيرانية]، على كل من [إيران])
OBLIGED_REACH = 3


def unaddressed_obligations(doc: Document, matches: list[TriggerMatch]) -> set:
    """ids of "يجب / يتعين على" obligations with no party of a known country named right after على: a duty in
    general (يجب على المواطنين), not a demand addressed to a state or a group."""
    toks = doc.tokens
    out = set()
    for m in matches:
        if m.pattern.id not in OBLIGATION_PATTERNS:
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


# crowd verbs whose pattern does not name the crowd (احتشد، تجمع ... أمام): the subject decides whether it protests
CROWD_VERB_PATTERNS = frozenset(("protest.Htashada", "protest.tajamma3a"))
SECURITY_SUBJECTS = words("mentioned_acts", "security_subjects")
CROWD_SUBJECTS = words("sentence_filter", "protesters") | words("sentence_filter", "crowd") | \
    words("mentioned_acts", "civilian_crowds")
SUBJECT_BEFORE = 5  # words back from the verb to the start of its subject (أعداد كبيرة من الشرطة المصرية احتشدت)
SUBJECT_AFTER = 2  # words after the verb that hold a VSO subject (احتشدت قوات الأمن)


def _word(tok) -> str:
    n = tok.norm[1:] if tok.norm[:1] in ("و", "ف") and len(tok.norm) > 3 else tok.norm
    return n[2:] if n.startswith("ال") and len(n) > 4 else n


def security_crowds(doc: Document, matches: list[TriggerMatch]) -> set:
    """ids of crowd verbs (احتشد، تجمع) whose subject is a security force and names no protesters or crowd
    (احتشدت قوات الأمن في الميدان، أعداد كبيرة من الشرطة احتشدت): police or troops massing are a deployment, not a
    protest. Protesters anywhere in the subject window keep it (فرقت الشرطة المتظاهرين الذين احتشدوا)."""
    toks = doc.tokens
    out = set()
    for m in matches:
        if m.pattern.id not in CROWD_VERB_PATTERNS or _is_noun(m):
            continue
        sent = doc.sentences[m.sentence]
        window = []
        for k in range(m.first - 1, max(sent.token_start, m.first - SUBJECT_BEFORE) - 1, -1):
            if toks[k].is_punct:
                break
            window.append(_word(toks[k]))
        for k in range(m.first + 1, min(sent.token_end, m.first + 1 + SUBJECT_AFTER)):
            if toks[k].is_punct:
                break
            window.append(_word(toks[k]))
        if any(w in SECURITY_SUBJECTS for w in window) and not any(w in CROWD_SUBJECTS for w in window):
            out.add(id(m))
    return out


# verbs that name a person's part in a protest (شارك في، نظم، قاد) and words that point back to a known one
ROLE_PATTERNS = frozenset(("protest.shaaraka-muzahara", "protest.naZama-taZahura"))
DEMONSTRATIVES = frozenset(normalize_word(w) for w in "هذه هذا تلك ذلك هاتين هذين".split())
HABITUAL_PERIODS = words("mentioned_acts", "habitual_periods")
HABITUAL_ADVERBS = words("mentioned_acts", "habitual_adverbs")
EVERY = frozenset(normalize_word(w) for w in "كل".split())


def known_protest_roles(doc: Document, matches: list[TriggerMatch]) -> set:
    """ids of "took part in / organised the protest" frames that describe a person, not a protest taking place:
    in a relative clause on a known (definite or demonstrative) protest (أمين سر النادي الذي نظم التظاهرة، الناشط
    الذي يشارك في هذه المظاهرات), or as a habit (يشارك كل أسبوع في المظاهرات). The protest itself is reported
    elsewhere or is a standing one."""
    toks = doc.tokens
    out = set()
    for m in matches:
        if m.pattern.id not in ROLE_PATTERNS:
            continue
        start = doc.sentences[m.sentence].token_start
        k = m.first - 1
        while k > m.first - 3 and k > start and toks[k].norm in RELATIVE_AUX:
            k -= 1  # الذي كان قد شارك
        relative = k >= start and toks[k].norm in RELATIVES
        noun = m.last
        known = toks[noun].norm.startswith(("ال", "بال", "وال", "لل")) or toks[noun - 1].norm in DEMONSTRATIVES
        span = [toks[j].norm for j in range(m.first, min(len(toks), m.last + 3))]
        habit = any(w in HABITUAL_ADVERBS for w in span) or \
            any(a in EVERY and b in HABITUAL_PERIODS for a, b in zip(span, span[1:]))
        if (relative and known) or (m.head_tag == "impf" and habit):
            out.add(id(m))
    return out


# units of a span of years (قبل أربعة أعوام، قبل عامين، قبل عقود)
YEAR_UNITS = words("mentioned_acts", "year_units")
PAST_SPAN_REACH = 8  # words from the act noun to "قبل" (في مظاهرة في المدينة قبل أربعة أعوام)
PAST_SPAN_TYPES = frozenset(("ASSAULT", "PROTEST"))


def years_ago(doc: Document, matches: list[TriggerMatch]) -> set:
    """ids of attack or protest nouns dated years back (مقتل 18 شخصا في مظاهرة في المدينة قبل أربعة أعوام، هجوم
    وقع قبل عامين): background to the news, not a report of the act. Only "قبل" with a year unit after it, in the
    noun's own phrase (no punctuation between); days and months ago are still news."""
    toks = doc.tokens
    out = set()
    for m in matches:
        if m.head_tag or m.pattern.type not in PAST_SPAN_TYPES:
            continue
        end = doc.sentences[m.sentence].token_end
        words_seen = 0
        for k in range(m.last + 1, end):
            if toks[k].is_punct:
                break
            words_seen += 1
            if words_seen > PAST_SPAN_REACH:
                break
            if _word(toks[k]) == "قبل" and any(toks[j].norm in YEAR_UNITS for j in range(k + 1, min(end, k + 3))):
                out.add(id(m))
                break
    return out


PURPOSE_PATTERNS = frozenset(("protest.ihtijajan", "protest.lil-iHtijaj"))
# words that make the protest before a purpose one not yet held (a call, a plan, an intention, a coming day)
_NOT_YET = words("modality", "future_before") | words("modality", "intent_nouns") | \
    frozenset(normalize_word(w) for w in "المقبل المقبلة القادم القادمة غدا".split())
_CLAUSE_STOPS = frozenset((".", "؛", ";", ":", "؟", "?", "!"))


def purposes_of_protests(doc: Document, matches: list[TriggerMatch]) -> set:
    """ids of bare purpose triggers (احتجاجا على، تنديدا بـ) after a protest of their clause that is called for,
    planned or intended (دعت النقابة إلى التظاهر يوم الجمعة احتجاجا على القرار، أعلن عزمه تنظيم اعتصام الأسبوع المقبل
    احتجاجا على): the purpose of a protest not yet held, no protest of its own. After a protest reported as held the
    purpose trigger stays: it merges with that report, or stands for it when the filter cuts the report."""
    toks = doc.tokens
    out = set()
    for m in matches:
        if m.pattern.id not in PURPOSE_PATTERNS:
            continue
        for h in matches:
            if h is m or h.pattern.type != "PROTEST" or h.pattern.id in PURPOSE_PATTERNS or \
                    h.sentence != m.sentence or h.first >= m.first:
                continue
            between = range(h.first, m.first)
            if not any(toks[k].norm in _CLAUSE_STOPS for k in range(h.last + 1, m.first)) and \
                    ("future" in h.pattern.roles or any(toks[k].norm in _NOT_YET for k in between)):
                out.add(id(m))
                break
    return out


# how far the ب of the charge may stand after an accusing verb (past the accuser's and the accused's names, a time
# and commas), and how far into the charge its act may lie, in unnamed words (باستخدام "القوة غير المبررة" لاعتقال)
ACCUSAL_REACH = 12
CHARGE_REACH = 6
CHARGE_NON_HEADS = words("mentioned_acts", "charge_non_heads")
_QUOTES = frozenset('"«»“”\'')


def _accusing(m: TriggerMatch) -> bool:
    """An accusation proper (CAMEO 112: اتهم، متهما، تبادل الاتهامات), whose ب names the charge."""
    return m.pattern.type == "ACCUSE" and (m.pattern.cameo or "").startswith("112")


def _charge_start(doc: Document, h: TriggerMatch, named: list) -> int | None:
    """The token of the ب that opens the charge of accusation ``h`` (باستهداف، بقصف، بأنه), or None when a clause
    ends first."""
    toks = doc.tokens
    end = min(doc.sentences[h.sentence].token_end, h.last + ACCUSAL_REACH + 1)
    for k in range(h.first + 1, end):
        tok = toks[k]
        if tok.is_punct and tok.norm in _SENTENCE_STOPS or tok.norm in PHRASE_STOPS:
            return None
        if named[k] or tok.is_punct or tok.norm in CHARGE_NON_HEADS:
            continue
        if any(c.text == "ب" for c in tok.proclitics or ()) or tok.norm[:1] == "ب" and len(tok.norm) >= 3:
            return k  # بشن، بقتل: short words keep their ب unsplit
    return None


def accused_acts(doc: Document, matches: list[TriggerMatch]) -> set:
    """ids of triggers of another type inside the ب charge of an accusation (اتهمت X Y بقصف، باستخدام القوة
    لاعتقال): what the accused is said to have done is the accusation's content, not a report."""
    hosts = [h for h in matches if _accusing(h)]
    if not hosts:
        return set()
    toks = doc.tokens
    named = _named_tokens(doc)
    out = set()
    for h in hosts:
        c = _charge_start(doc, h, named)
        if c is None:
            continue
        for m in matches:
            if m is h or m.pattern.type == "ACCUSE" or m.sentence != h.sentence or m.first < c:
                continue
            between = range(c + 1, m.first)
            if any(toks[k].is_punct and toks[k].norm not in _QUOTES or toks[k].norm in PHRASE_STOPS for k in between):
                continue
            if sum(1 for k in between if not named[k] and not toks[k].is_punct) < CHARGE_REACH:
                out.add(id(m))  # the accused's allies named in the charge (جماعة بوكو حرام) do not count
    return out


PERIOD_HEADS = words("mentioned_acts", "period_heads")
PERIOD_STARTS = words("mentioned_acts", "period_starts")
PERIOD_UNITS = words("mentioned_acts", "period_units")
_YEAR_UNITS_SINGULAR = frozenset(normalize_word(w) for w in "العام عام السنة سنة".split())
TALLY_TYPES = frozenset(("ASSAULT", "COERCE"))
TALLY_REACH = 12  # unnamed words from the act to the span (past the count and the victims: بينهم عشرات القياديين)
_ARABIC_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩", "0123456789")


def _year_number(tok) -> bool:
    """A year written in digits (2004، ٢٠١٤)."""
    digits = tok.norm.translate(_ARABIC_DIGITS)
    return len(digits) == 4 and digits.isdigit() and digits[:2] in ("19", "20")


PERIOD_ONSETS = words("mentioned_acts", "period_onsets")


def _onset(w: str) -> bool:
    """An onset noun, bare or with a possessive pronoun (اندلاع، سيطرتها، بدئه)."""
    for suffix in ("تهم", "تها", "ته"):
        if w.endswith(suffix) and w[:-len(suffix)] + "ة" in PERIOD_ONSETS:
            return True
    return w in PERIOD_ONSETS or any(w.endswith(p) and w[:-len(p)] in PERIOD_ONSETS for p in ("هم", "ها", "ه"))


def _period_at(toks, k: int, end: int) -> bool:
    """A span of months or years opening at ``k``: منذ العام 2004، منذ بداية العام، منذ 23 سبتمبر 2014، خلال 10 أشهر،
    خلال الأشهر الماضية (one year, خلال العام, is left out: it may date one act); since an onset (منذ اندلاع الحرب)."""
    if toks[k].norm not in PERIOD_HEADS:
        return False
    after = toks[k + 1:min(end, k + 4)]
    if not after:
        return False
    if after[0].norm in PERIOD_STARTS and len(after) > 1 and after[1].norm in PERIOD_UNITS:
        return True
    if toks[k].norm in ("منذ", "ومنذ") and (any(_year_number(t) for t in after) or _onset(after[0].norm)):
        return True
    return any(t.norm in PERIOD_UNITS and t.norm not in _YEAR_UNITS_SINGULAR for t in after[:2])


def period_tallies(doc: Document, matches: list[TriggerMatch]) -> set:
    """ids of attack or arrest triggers with a count, followed in their sentence by a span of months or years (قتلت
    3042 من التنظيم خلال 10 أشهر، نفذوا أحد عشر ألف اعتداء منذ العام 2004): a tally, not one act."""
    toks = doc.tokens
    named = None
    out = set()
    for m in matches:
        if m.pattern.type not in TALLY_TYPES:
            continue
        if named is None:
            named = _named_tokens(doc)
        end = doc.sentences[m.sentence].token_end
        seen = 0
        for k in range(m.last + 1, end):
            if toks[k].is_punct and toks[k].norm in _SENTENCE_STOPS:
                break
            if named[k] or toks[k].is_punct:
                continue
            seen += 1
            if seen > TALLY_REACH:
                break
            if _period_at(toks, k, end):
                if _counted(toks, max(doc.sentences[m.sentence].token_start, m.first - COUNT_BEFORE), k):
                    out.add(id(m))  # يواصلون حصار المدينة منذ أشهر: one standing act, no count
                break
    return out


COUNT_WORDS = words("mentioned_acts", "count_words")
COUNT_BEFORE = 6  # tokens before the act in which its count may stand (أحد عشر ألف اعتداء، ارتفاع عدد القتلى إلى 3216)


def _counted(toks, lo: int, hi: int) -> bool:
    """A count in [lo, hi): digits or a number word of hundreds and more (3042، أحد عشر ألف، مئات)."""
    return any(any(ch.isdigit() for ch in toks[k].norm) or _word(toks[k]) in COUNT_WORDS for k in range(lo, hi))


PREVENTING_DOCUMENTS = words("mentioned_acts", "preventing_documents")
DOCUMENT_ADJUNCTS = words("mentioned_acts", "document_adjuncts")
DOCUMENT_REACH = 8  # tokens back from منع to the document (past its modifiers, a date and a comma)


def _prevent_verb(doc: Document, m: TriggerMatch) -> bool:
    """A COERCE trigger headed by a finite form of منع (يمنعها، لا يمنع، أن يمنع), not the verbal noun."""
    return m.pattern.type == "COERCE" and m.head_tag in ("impf", "perf") and "منع" in doc.tokens[m.first].norm


def document_preventions(doc: Document, matches: list[TriggerMatch]) -> set:
    """ids of منع verbs whose subject is a document standing before them (بأي اتفاق مع إيران يمنعها من امتلاك، إن
    الاتفاق حول البرنامج النووي لا يمنع البنتاغون من): a text's terms, no restriction imposed on anyone."""
    toks = doc.tokens
    out = set()
    for m in matches:
        if not _prevent_verb(doc, m):
            continue
        lo = max(doc.sentences[m.sentence].token_start, m.first - DOCUMENT_REACH)
        for k in range(m.first - 1, lo - 1, -1):
            tok = toks[k]
            if tok.is_punct and tok.norm in _SENTENCE_STOPS or any(h.first == k and not _is_noun(h) for h in matches):
                break
            if _word(tok) in PREVENTING_DOCUMENTS or tok.norm in PREVENTING_DOCUMENTS:
                if not (k > 0 and toks[k - 1].norm in DOCUMENT_ADJUNCTS) and \
                        not any(c.text in ("ل", "ك") for c in tok.proclitics or ()):  # للاتفاق: an adjunct
                    out.add(id(m))
                break
    return out


OPINION_VERBS = words("mentioned_acts", "opinion_verbs")
COMMENTATORS = words("topic_filters", "commentators") | words("mentioned_acts", "commentator_plurals")
VIEW_TYPES_KEPT = frozenset(("ASSAULT", "PROTEST"))
VIEW_REACH = 10  # tokens from the commentator to the complementizer opening the view (past an adjective and a name)


def _view_start(toks, k: int, end: int) -> int | None:
    """The complementizer after ``opinion verb + commentator`` at token ``k`` (رأى الخبير السياسي اللبناني جورج علم
    أن), or None when no commentator stands right after the verb."""
    if k + 1 >= end or _word(toks[k + 1]) not in COMMENTATORS and toks[k + 1].norm not in COMMENTATORS:
        return None
    for j in range(k + 2, min(end, k + 2 + VIEW_REACH)):
        if toks[j].is_punct and toks[j].norm in _SENTENCE_STOPS:
            return None
        if toks[j].norm in COMPLEMENTIZERS:
            return j
    return None


def commentators_views(doc: Document, matches: list[TriggerMatch]) -> set:
    """ids of triggers (not attacks or protests) in the sentence after ``رأى / اعتبر / يكشف + a commentator + أن``:
    an analyst's view names acts as topics, it reports none."""
    toks = doc.tokens
    starts = {}
    for i, sent in enumerate(doc.sentences):
        for k in range(sent.token_start, sent.token_end):
            if _word(toks[k]) in OPINION_VERBS:
                c = _view_start(toks, k, sent.token_end)
                if c is not None:
                    starts[i] = c
                    break
    if not starts:
        return set()
    return {id(m) for m in matches if m.pattern.type not in VIEW_TYPES_KEPT and m.sentence in starts and
            m.first > starts[m.sentence]}


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


VERBAL_ATTACK_PATTERNS = frozenset(("assault.hajama", "assault.shanna-hujum"))
SPEECH_SIGNS = words("mentioned_acts", "speech_signs")
PERSON_TITLES = words("mentioned_acts", "person_titles")
VIOLENCE_WORDS = words("mentioned_acts", "violence_words")


def _person_subject(doc: Document, m: TriggerMatch) -> bool:
    """The word right after the verb (its VSO subject) is a person: a title (الوزير، الأمير) or a person's name."""
    k = m.last + 1 if m.last == m.first else m.first + 1
    if k >= len(doc.tokens):
        return False
    tok = doc.tokens[k]
    if strip_al(tok.norm) in PERSON_TITLES:
        return True
    return any(e.label == "PER" and e.start <= tok.start < e.end for e in getattr(doc, "entities", None) or ())


def verbal_attacks(doc: Document, matches: list[TriggerMatch]) -> set:
    """ids of singular هاجم / شن هجوما whose subject is a person and whose sentence speaks of words (هاجم الوزير
    أقوال كيري، هاجم الأمير الكاتب بسبب تصريحاته، مؤكدا أنه، عارضا عليه) and of no violence: an attack in words, which
    the news gold codes as criticism (ACCUSE), never as an assault (session 14)."""
    toks = doc.tokens
    out = set()
    for m in matches:
        if m.pattern.id not in VERBAL_ATTACK_PATTERNS or m.head_tag not in ("perf", "impf"):
            continue
        if toks[m.first].norm.endswith(("وا", "ون")) or not _person_subject(doc, m):
            continue  # هاجموا: a group attacks
        sent = doc.sentences[m.sentence]
        words_after = [_word(toks[k]) for k in range(m.last + 1, sent.token_end)]
        sentence = [_word(toks[k]) for k in range(sent.token_start, sent.token_end)]
        if any(w in SPEECH_SIGNS for w in words_after) and not any(w in VIOLENCE_WORDS for w in sentence):
            out.add(id(m))
    return out


RELEASE_WORDS = words("mentioned_acts", "release_words")
REDETENTION_WORDS = words("mentioned_acts", "redetention_words")


def released_detentions(doc: Document, matches: list[TriggerMatch]) -> set:
    """ids of detention triggers (173) after a release in their sentence (إخلاء سبيل المذيع بعد يومين من احتجازه في
    سجن، تم الإفراج عنه بعد سجن قرابة ثلاث سنوات، أطلقت سراح أربع رهائن احتجزهم مسلحون): the state the released
    people were in, not a new arrest. A detention again (لإعادة توقيف، ثم أعادت اعتقاله) or a coordinated verb (واعتقلت)
    is a report of its own (session 14)."""
    toks = doc.tokens
    out = set()
    for m in matches:
        if m.pattern.type != "COERCE" or m.pattern.cameo != "173" or m.head_prefix[:1] in ("و", "ف"):
            continue
        lo = doc.sentences[m.sentence].token_start
        if not any(_word(toks[k]) in RELEASE_WORDS for k in range(lo, m.first)):
            continue
        if any(_word(toks[k]) in REDETENTION_WORDS or toks[k].norm in ("ثم", "وثم")
               for k in range(max(lo, m.first - 3), m.first)):
            continue
        out.add(id(m))
    return out


DESCRIPTION_PATTERNS = ("accuse.wasafa",)
_RELATIVE_MA = words("mentioned_acts", "relative_ma")


def relative_descriptions(doc: Document, matches: list[TriggerMatch]) -> set:
    """ids of "وصف ... بأنه" right after a relative ما (لما تصفه السلطات بأنه تهديد، بسبب ما يصفها بأنها انتهاكات،
    فيما وصف بأنه محاولة): "what X calls" qualifies a noun of the sentence, no accusation is reported (session 14)."""
    toks = doc.tokens
    out = set()
    for m in matches:
        if not m.pattern.id.startswith(DESCRIPTION_PATTERNS) or m.first == 0:
            continue
        if toks[m.first - 1].norm in _RELATIVE_MA and not m.head_prefix:
            out.add(id(m))
    return out


SUSPECT_TYPES = frozenset(("SUPPORT", "THREATEN"))
MILITANT_GROUPS = words("mentioned_acts", "militant_groups")
SUSPECT_REACH = 30  # tokens from the arrest to the suspects' act it describes
GROUP_REACH = 5  # tokens after the support or threat word in which the militant group is named


def _group_after(toks, k: int, end: int) -> bool:
    """A militant group (تنظيم، داعش، جبهة) within a few words after token ``k``, ل / ب / و peeled, before punctuation."""
    for j in range(k + 1, min(end, k + 1 + GROUP_REACH)):
        if toks[j].is_punct and toks[j].norm not in ("«", "»", '"'):
            return False
        w = toks[j].norm
        if any(w.startswith(pre) and strip_al(w[len(pre):]) in MILITANT_GROUPS
               for pre in ("", "ل", "ب", "و", "لل")):
            return True
    return False


def suspects_allegiance(doc: Document, matches: list[TriggerMatch]) -> set:
    """ids of support or threat triggers followed by a militant group after an arrest in their sentence (أوقفت
    السلطات المدعو X، الذي أعلن مبايعته وتأييده لتنظيم داعش؛ قبضت على خلية ... أبدوا ولاءهم وتأييدهم لتنظيم داعش؛
    اعتقلت الشرطة شخصين للاشتباه في نشر رسائل تهديد تؤيد داعش): the suspects' allegiance describes the people
    arrested; the arresting state supports and threatens nobody (session 15)."""
    toks = doc.tokens
    arrests = [h for h in matches if h.pattern.type == "COERCE" and h.pattern.cameo == "173"]
    out = set()
    for m in matches:
        if m.pattern.type not in SUSPECT_TYPES:
            continue
        end = doc.sentences[m.sentence].token_end
        if not _group_after(toks, m.last, end):
            continue
        for h in arrests:
            if h.sentence == m.sentence and h.last < m.first <= h.last + SUSPECT_REACH and \
                    not any(toks[k].norm in _SENTENCE_STOPS for k in range(h.last + 1, m.first)):
                out.add(id(m))
                break
    return out


ADVISORY_PATTERNS = frozenset(("request.da3a", "request.da3a-ila", "request.Talaba"))
PUBLIC_ADDRESSEES = words("mentioned_acts", "public_addressees")
CALL_OPENERS = words("mentioned_acts", "call_openers")
ADDRESSEE_REACH = 14  # tokens after the call verb in which its addressee stands (past the speaker's long title)


def public_advisories(doc: Document, matches: list[TriggerMatch]) -> set:
    """ids of calls (دعا، طلب) whose addressee, before what is asked, is the speaker's own nationals or everyone
    present (دعت السلطات الإيرانية مواطنيها إلى عدم السفر، طلب من الجميع أن يتحدثوا): a travel advisory or a courtesy, no
    demand on a party (session 15). An appeal to the people of a place (المواطنين في أسوان) stays a REQUEST."""
    toks = doc.tokens
    out = set()
    for m in matches:
        if m.pattern.id not in ADVISORY_PATTERNS:
            continue
        end = min(doc.sentences[m.sentence].token_end, m.first + 1 + ADDRESSEE_REACH)
        for k in range(m.first + 1, end):
            w = toks[k].norm
            if toks[k].is_punct and w not in ("،", ","):
                break
            bare = w[1:] if w[:1] in ("و", "ل") and len(w) > 4 else w
            if w in PUBLIC_ADDRESSEES or bare in PUBLIC_ADDRESSEES or \
                    w == "من" and k + 1 < end and toks[k + 1].norm in PUBLIC_ADDRESSEES:
                out.add(id(m))
                break
            if w in CALL_OPENERS:
                break  # what is asked opens: an addressee named later is inside it
    return out


PASSIVE_CHARGE_PATTERNS = frozenset(("accuse.muttahiman",))


def accused_people(doc: Document, matches: list[TriggerMatch]) -> set:
    """ids of متهما / متهمين with the charge's ب right after the word (القبض على 4336 متهما بالانضمام لخلايا، أن
    المسؤولين متهمون بالفساد): the passive participle "accused of" describes people; the active "accusing" names
    whom it accuses first (متهما إيران بدعم الإرهاب), so nobody accuses anyone here (session 15)."""
    toks = doc.tokens
    out = set()
    for m in matches:
        if m.pattern.id not in PASSIVE_CHARGE_PATTERNS or m.first + 1 >= len(toks):
            continue
        nxt = toks[m.first + 1].norm
        if nxt[:1] == "ب" and len(nxt) > 3:
            out.add(id(m))
    return out


CHARGE_NOUN_PATTERNS = frozenset(("accuse.ittiham", "accuse.idana"))
CHARGE_BODY_HEADS = words("mentioned_acts", "charge_body_heads")


def charge_grounds(doc: Document, matches: list[TriggerMatch]) -> set:
    """ids of accusation or conviction nouns that give the ground of another act or name a legal body (فرض عقوبات
    عليهم لاتهامهم بتهديد السلام، سجن لإدانته في هجوم، قررت هيئة اتهام تبرئة الشرطي): like بتهمة, the reason ل names
    a charge already laid, and هيئة اتهام is a grand jury; nobody is reported accusing anyone (session 15 round 4)."""
    toks = doc.tokens
    out = set()
    for m in matches:
        if m.pattern.id not in CHARGE_NOUN_PATTERNS:
            continue
        w = toks[m.first].norm
        if w[:1] == "ل" and w[1:2] in ("ا", "إ", "أ") or m.first > 0 and toks[m.first - 1].norm in CHARGE_BODY_HEADS:
            out.add(id(m))
    return out


AID_NOUN_PATTERNS = frozenset(("aid.musa3adat-insaniyya",))
AID_GOVERNORS = words("mentioned_acts", "aid_governors")


def governed_aid_nouns(doc: Document, matches: list[TriggerMatch]) -> set:
    """ids of bare definite aid nouns right after a verbal noun of delivery or oversight, past a على (من أجل وصول
    المساعدات الإنسانية، السبل الكفيلة للإسراع في إيصال المساعدات، يتولى الإشراف على المساعدات الإنسانية لليمن): the
    aid is what a truce, a talk or an office is about; nobody is reported giving it (session 15)."""
    toks = doc.tokens
    out = set()
    for m in matches:
        if m.pattern.id not in AID_NOUN_PATTERNS or m.first == 0 or not m.head_prefix.endswith("ال") and \
                not toks[m.first].norm.startswith("ال"):
            continue
        k = m.first - 1
        if toks[k].norm in ("على", "علي") and k > 0:
            k -= 1
        w = toks[k].norm
        if any(w.startswith(pre) and w[len(pre):] in AID_GOVERNORS for pre in ("", "و", "ل", "ب", "وب", "ول")):
            out.add(id(m))
    return out


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
        named = _named_tokens(doc) if named is None else named
        if _thing_before_threat(toks, k, doc.sentences[m.sentence].token_start, named):
            out.add(id(m))
    return out


REINFORCEMENT_NOUNS = words("mentioned_acts", "reinforcement_nouns")
STRIKE_WORDS = words("mentioned_acts", "strike_words")
TARGET_REACH = 3  # words between a strike word and the reinforcements it hits (كمائن محكمة لتعزيزات، قصف الطيران تعزيزات)


def _struck(toks, k: int, first: int) -> bool:
    """A strike word (قصف، كمائن، غارات، استهدف), و peeled, within ``TARGET_REACH`` words before token ``k`` with no
    punctuation between."""
    for j in range(k - 1, max(first - 1, k - 1 - TARGET_REACH), -1):
        if toks[j].is_punct:
            return False
        w = toks[j].norm
        if w in STRIKE_WORDS or w[:1] in ("و", "ف") and w[1:] in STRIKE_WORDS:
            return True
    return False


def attacked_reinforcements(doc: Document, matches: list[TriggerMatch]) -> set:
    """ids of MOBILIZE nouns of reinforcements that are what a strike hits (نفذت كمائن محكمة لتعزيزات للميليشيات
    كانت متجهة، قصف الطيران تعزيزات عسكرية تتبع الحوثيين): the news is the attack on them; their coming up is only
    how they are described, no mobilization reported (session 15 round 2)."""
    toks = doc.tokens
    out = set()
    for m in matches:
        if m.pattern.type != "MOBILIZE":
            continue
        k = m.first
        w = toks[k].norm
        if w not in REINFORCEMENT_NOUNS and not (w[:1] in ("ل", "و", "ب") and w[1:] in REINFORCEMENT_NOUNS):
            continue
        if _struck(toks, k, doc.sentences[m.sentence].token_start):
            out.add(id(m))
    return out


CONCERN_PATTERNS = frozenset(("accuse.a3raba-qalaq", "accuse.abda-qalaq", "accuse.3abbara-qalaq"))
SITUATION_WORDS = words("mentioned_acts", "situation_words")
CONCERN_OBJECT_REACH = 6  # words after the concern word in which the situation it is about is named
_PLACE_PREPS = frozenset(("في", "فى", "بين"))


def _party_in_object(toks, named: list, start: int, end: int) -> bool:
    """A named party in tokens [start, end) that is not a place after في (تجدد الاشتباكات في جنوب ليبيا)."""
    for k in range(start, end):
        if named[k] and not named[k - 1] and \
                not any(toks[j].norm in _PLACE_PREPS for j in range(max(start, k - 3), k)):
            return True
    return False


def situation_concerns(doc: Document, matches: list[TriggerMatch]) -> set:
    """ids of concern or displeasure frames (أعرب عن قلقه، أبدى قلقه) about a state of affairs with no party named
    (عن قلقها إزاء تجدد الاشتباكات في جنوب ليبيا، إزاء ما يبدو من تأزم الوضع السياسي في لبنان): nobody is blamed; the
    news gold codes concern only when a party or its act is named (docs/eval-news.md, session 15 round 2). The
    object runs to the first punctuation; a place after في names no party."""
    toks = doc.tokens
    named = None
    out = set()
    for m in matches:
        if m.pattern.id not in CONCERN_PATTERNS:
            continue
        sent = doc.sentences[m.sentence]
        end = m.last + 1
        while end < sent.token_end and not (toks[end].is_punct and toks[end].norm not in _QUOTES):
            end += 1
        words_after = [t.norm for t in toks[m.last + 1:min(end, m.last + 1 + CONCERN_OBJECT_REACH)]]
        if not any(w in SITUATION_WORDS or strip_al(w) in SITUATION_WORDS for w in words_after):
            continue
        named = _named_tokens(doc) if named is None else named
        if not _party_in_object(toks, named, m.last + 1, end):
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
            noun = _is_noun(m) or toks[m.first - 1].norm == "عدم"  # عدم إصابتهم: a verbal noun, tagged as a verb
            if (noun and gap < FEAR_REACH) or (gap == 1 and toks[k + 1].norm in _THAT):
                out.add(id(m))
                break
    return out


def mentioned_acts(doc: Document, matches: list[TriggerMatch]) -> set:
    """The union of this module's rules (the one call ``stage.code_document`` needs)."""
    out = unaddressed_warnings(doc, matches) | danger_warnings(doc, matches) | thing_arrivals(doc, matches) | \
        thing_subject_arrivals(doc, matches) | \
        answered_acts(doc, matches) | \
        prospective_sanction_moves(doc, matches) | protested_causes(doc, matches) | plotted_attacks(doc, matches) | \
        masdar_readings(doc, matches) | condemned_nouns(doc, matches) | means_refusals(doc, matches) | \
        unaddressed_obligations(doc, matches) | obliged_acts(doc, matches) | security_crowds(doc, matches) | \
        known_protest_roles(doc, matches) | years_ago(doc, matches) | purposes_of_protests(doc, matches) | \
        accused_acts(doc, matches) | period_tallies(doc, matches) | document_preventions(doc, matches) | \
        commentators_views(doc, matches) | unreal_acts(doc, matches) | verbal_attacks(doc, matches) | \
        released_detentions(doc, matches) | predicted_outcomes(doc, matches) | relative_descriptions(doc, matches) | \
        suspects_allegiance(doc, matches) | public_advisories(doc, matches) | accused_people(doc, matches) | \
        charge_grounds(doc, matches) | governed_aid_nouns(doc, matches) | thing_threats(doc, matches) | \
        attacked_reinforcements(doc, matches) | \
        situation_concerns(doc, matches) | feared_acts(doc, matches) | referenced_statement_contents(doc, matches) | \
        inna_subjects(doc, matches)
    return out | asyndetic_relatives(doc, matches, out)  # هجمات محتملة تستهدف: the verb describes the noun left out

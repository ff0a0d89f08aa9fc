"""Verbal nouns read as verbs, and things in a party's place: topics, no act.

- تعاون / دعم / رفض spelt like a perfect verb but governed by a noun or a condition word (وجود تعاون كبير، اتفاقية
  تعاون مشترك، في حال رفضها) or after a preposition or "any" (إلى «تعاون أكبر»، أي تعاون; session 15 round 2) are
  the verbal noun: a topic or a prospect, no act.
- A perfect-looking trigger right after إنّ (قال إن رفض الكونغرس للاتفاق سيسبب إحراجا) is the verbal noun it governs
  (session 16).
- A refusal given as the means or cause of another act (من خلال رفضها تجديد التأشيرات، بسبب رفضهم الشروط) is how
  that act was done, not a rejection reported on its own. (A ب proclitic alone is no sign: قضت المحكمة برفض الطعن.)
- Aid governed by a noun of delivery or oversight (من أجل وصول المساعدات الإنسانية) is a topic (session 15).
- A bare "وصل إلى" after a word that is no named party and opens no clause has a thing, a gap or a figure for
  subject (سفينة اغاثية تصل إلى اليمن، الفجوة وصلت إلى مراحل، قد يصل إلى ستة أشهر): nobody visits (session 12).
- A text that "prevents" (اتفاق مع إيران يمنعها من امتلاك السلاح، إن الاتفاق لا يمنع البنتاغون من) states what the text
  allows or forbids; nobody is restricted (session 13).
- Reinforcements that a strike hits (كمائن لتعزيزات، قصف الطيران تعزيزات) are no mobilization (session 15 round 2).
"""
from __future__ import annotations

from hadath.document import Document
from hadath.events.mentioned_tokens import _QUOTES, _word
from hadath.events.nesting import SENTENCE_STOPS, RELATIVES, is_noun, named_tokens
from hadath.events.triggers import TriggerMatch
from hadath.events.wordlists import raw_words, words
from hadath.text.normalize import normalize_word, peel, strip_al

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
            named = named_tokens(doc)
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
        named = named_tokens(doc) if named is None else named
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
_ARRIVAL_ORDINALS = words("mentioned_acts", "arrival_ordinals")  # وصول أول سفينة: the ordinal before the thing


def _thing_after(doc: Document, k: int) -> bool:
    """Whether token k (past one number or ordinal: وصول أول سفينة) is a thing or a displaced crowd: what arrives is
    no visitor."""
    toks = doc.tokens
    if k < len(toks) and (toks[k].norm.isdigit() or toks[k].norm in _ARRIVAL_ORDINALS):
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


# "منعت الشرطة الرجال من الوصول إلى القدس"، "محاولات المهاجرين الوصول إلى القنال"، "أدى إلى تأخير وصول ممثلي
# الصندوق": the verbal noun of arrival with the article names reaching a place in the abstract (its traveller, if any,
# stands elsewhere: a visit names its visitor after the noun, وصول الرئيس، وصوله), and one governed by a word of
# hindrance or delay tells an arrival that has not taken place; neither is a visit (session 16 round 2)
_ARRIVAL_HINDRANCES = words("mentioned_acts", "arrival_hindrances")
_DEFINITE_ARRIVALS = frozenset(pre + "الوصول" for pre in ("", "و", "ف", "ب", "وب", "فب")) | \
    frozenset(pre + "للوصول" for pre in ("", "و", "ف"))


def _hindered(doc: Document, k: int, start: int) -> bool:
    """Whether the word before token k (past one من / عن) is a word of hindrance or delay (تأخير، بعرقلة، محاولة)."""
    toks = doc.tokens
    p = k - 1
    if p > start and toks[p].norm in ("من", "عن"):
        p -= 1
    if p < start or toks[p].is_punct:
        return False
    norm = toks[p].norm
    bare = peel(norm, conj="بل")  # بعرقلة، لتأخير
    return norm in _ARRIVAL_HINDRANCES or _word(toks[p]) in _ARRIVAL_HINDRANCES or bare in _ARRIVAL_HINDRANCES


def unrealized_arrivals(doc: Document, matches: list[TriggerMatch]) -> set:
    """ids of the arrival noun (وصول) with the article (الوصول، للوصول) or right after a word of hindrance or delay
    (تأخير وصول، منع وصول، محاولة الوصول): reaching a place, or an arrival that has not happened, is no visit."""
    toks = doc.tokens
    out = set()
    for m in matches:
        if m.pattern.id not in ARRIVAL_NOUNS:
            continue
        start = doc.sentences[m.sentence].token_start
        if toks[m.first].norm in _DEFINITE_ARRIVALS or _hindered(doc, m.first, start):
            out.add(id(m))
    return out


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
            if tok.is_punct and tok.norm in SENTENCE_STOPS or any(h.first == k and not is_noun(h) for h in matches):
                break
            if _word(tok) in PREVENTING_DOCUMENTS or tok.norm in PREVENTING_DOCUMENTS:
                if not (k > 0 and toks[k - 1].norm in DOCUMENT_ADJUNCTS) and \
                        not any(c.text in ("ل", "ك") for c in tok.proclitics or ()):  # للاتفاق: an adjunct
                    out.add(id(m))
                break
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

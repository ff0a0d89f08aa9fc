"""Protests mentioned, not reported: their causes and purposes, people's parts in them, and crowds that are no protest.

- The cause a protest or a condemnation is about (اعتصم المعلمون احتجاجا على اعتقال زملائهم، تنديدا بمقتل) is
  its content, not a new report (docs/eval-news.md: an event given only as a cause is not coded).
- Security forces massing (احتشدت قوات الأمن، أعداد كبيرة من الشرطة احتشدت) deploy; they do not protest.
- A person's part in a known protest (الناشط الذي يشارك في هذه المظاهرات، الذي نظم التظاهرة) or a habit (يشارك كل
  أسبوع في المسيرة) describes the person; the protest is reported elsewhere or is a standing one.
- A purpose phrase (احتجاجا على) after a protest called for or intended (دعت إلى التظاهر يوم الجمعة احتجاجا على) is
  the purpose of a protest not yet held, not a protest taking place.
"""
from __future__ import annotations

from hadath.document import Document
from hadath.events.mentioned_tokens import _word
from hadath.events.nesting import RELATIVE_AUX, RELATIVES, is_noun
from hadath.events.triggers import TriggerMatch
from hadath.events.wordlists import words
from hadath.text.normalize import normalize_word

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


# crowd verbs whose pattern does not name the crowd (احتشد، تجمع ... أمام): the subject decides whether it protests
CROWD_VERB_PATTERNS = frozenset(("protest.Htashada", "protest.tajamma3a"))
SECURITY_SUBJECTS = words("mentioned_acts", "security_subjects")
CROWD_SUBJECTS = words("sentence_filter", "protesters") | words("sentence_filter", "crowd") | \
    words("mentioned_acts", "civilian_crowds")
SUBJECT_BEFORE = 5  # words back from the verb to the start of its subject (أعداد كبيرة من الشرطة المصرية احتشدت)
SUBJECT_AFTER = 2  # words after the verb that hold a VSO subject (احتشدت قوات الأمن)


def security_crowds(doc: Document, matches: list[TriggerMatch]) -> set:
    """ids of crowd verbs (احتشد، تجمع) whose subject is a security force and names no protesters or crowd
    (احتشدت قوات الأمن في الميدان، أعداد كبيرة من الشرطة احتشدت): police or troops massing are a deployment, not a
    protest. Protesters anywhere in the subject window keep it (فرقت الشرطة المتظاهرين الذين احتشدوا)."""
    toks = doc.tokens
    out = set()
    for m in matches:
        if m.pattern.id not in CROWD_VERB_PATTERNS or is_noun(m):
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


def _crowd_before(doc: Document, sentence: int, k: int) -> bool:
    """A protester or crowd word (المحتجون، آلاف، المتظاهرين) stands in the sentence before token ``k``."""
    toks = doc.tokens
    return any(_word(toks[j]) in CROWD_SUBJECTS for j in range(doc.sentences[sentence].token_start, k))


def purposes_of_other_acts(doc: Document, matches: list[TriggerMatch]) -> set:
    """ids of bare purpose triggers (احتجاجا على، كاحتجاج على) whose clause reports an act of another type before
    them and no protest (قررت البحرين استدعاء سفيرها للتشاور، احتجاجا على التصريحات): the protest is the motive of
    that act (a recall, a ban, a storming), which the news gold codes alone. With a protest trigger or a crowd
    word before them (تصاعدت التظاهرات ... احتجاجا على، قطع آلاف السائقين الشوارع احتجاجا على) they stay."""
    toks = doc.tokens
    out = set()
    for m in matches:
        if m.pattern.id not in PURPOSE_PATTERNS:
            continue
        before = [h for h in matches if h is not m and h.sentence == m.sentence and h.last < m.first and
                  not any(toks[k].norm in _CLAUSE_STOPS for k in range(h.last + 1, m.first))]
        if not before or any(h.pattern.type == "PROTEST" for h in before):
            continue
        if not _crowd_before(doc, m.sentence, m.first):
            out.add(id(m))
    return out

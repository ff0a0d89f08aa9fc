"""Acts mentioned in accusations, charges and arrests: what is charged, who is accused, the arrested people's past.

- What an accusation charges (اتهمت الحكومة، أمس، المتمردين باستهداف مواقعها بقصف مدفعي؛ اتهمت المنظمة إسرائيل
  باستخدام القوة لاعتقال أطفال) is the accusation's content, not a report of its own: the news gold codes the
  ACCUSE alone (session 13).
- A detention told after a release in its sentence (إخلاء سبيله بعد يومين من احتجازه) is the released people's past
  (session 14).
- Support or threats for a militant group told about the people arrested in the same sentence (أعلنوا تأييدهم لتنظيم
  داعش) describe the suspects; people "accused of" a charge (القبض على 4336 متهما بالانضمام) are described, not
  accused by anyone (session 15); an accusation noun giving a charge's ground or naming a legal body (لاتهامهم ب،
  هيئة اتهام) is no accusation (session 15 round 4).
"""
from __future__ import annotations

from hadath.document import Document
from hadath.events.mentioned_tokens import _QUOTES, _word
from hadath.events.nesting import SENTENCE_STOPS, PHRASE_STOPS, named_tokens
from hadath.events.triggers import TriggerMatch
from hadath.events.wordlists import words
from hadath.text.normalize import strip_al

# how far the ب of the charge may stand after an accusing verb (past the accuser's and the accused's names, a time
# and commas), and how far into the charge its act may lie, in unnamed words (باستخدام "القوة غير المبررة" لاعتقال)
ACCUSAL_REACH = 12
CHARGE_REACH = 6
CHARGE_NON_HEADS = words("mentioned_acts", "charge_non_heads")


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
        if tok.is_punct and tok.norm in SENTENCE_STOPS or tok.norm in PHRASE_STOPS:
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
    named = named_tokens(doc)
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
                    not any(toks[k].norm in SENTENCE_STOPS for k in range(h.last + 1, m.first)):
                out.add(id(m))
                break
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

"""To whom: the recipient after a party preposition (مع، إلى، على، ضد، بحق ...) or as the verb's direct object,
with the guards that keep appositions, owners, circumstances (مع تزايد ...), relative clauses and collective
addressees out (and the subject's own side owning a stance noun: أكد تضامن الإمارات مع Y); also the partner of
relations (بين بلاده و Y), the perpetrator of a condemned act, the owner of an attack noun, the owner of a refused or
praised ب-noun (رفض بتدخل إيران، ترحيب بلاده بزيارة الأمير X), the party standing alone between commas after a
relative clause on the subject (اتهمت X، التي ...، تركيا), and the preference of a named party over a generic one.

Its own module so that the recipient rules and their guards can be read together, apart from the subject rules.
"""
from __future__ import annotations

from typing import Optional

from hadath.document import Actor, Document
from hadath.events import victim_parties
from hadath.events.argument_clues import (ACCUSED_TYPES, ACT_NOUN_PREPS, AGENT_RELATIVES, Arguments, BODY_SECTORS,
                                          CLAUSE_OPENERS, CONFRONT_PREPS, CONFRONT_TYPES, CONSEQUENCE_VERBS, DAY_WORDS,
                                          DEFINITE, FORCE_HEADS, GENITIVE_OBJECT_TYPES, GOVERNING, HANDS_OF_HEADS,
                                          HONORIFICS,
                                          OFFICE_HEADS, RECIPROCAL_TYPES, RECIP_PREPS, REL_PHRASE, SIGNING_CODES,
                                          TIME_WORDS, TO_PREPS, WHEN_WORDS, after_agent_relative, after_owner_word,
                                          complement_noun, coordinated_group, coordinated_office, giving_noun,
                                          in_protesters_relative, is_governed, li_force_head, prep_before,
                                          pronoun_noun, tok_of)
from hadath.events.doc_index import in_mention, token_at
from hadath.events.partitive_parties import is_generic
from hadath.events.relative_clauses import RELATIVES
from hadath.events.speech_clauses import COMPLEMENTIZERS, is_speech, verb_triggers
from hadath.events.triggers import TriggerMatch
from hadath.events.wordlists import words
from hadath.text.normalize import normalize_word, peel, peel_forms


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


# ranks and styles between an office and its holder's name (نائب رئيس شرطة دبي الفريق ضاحي خلفان)
RANKS = frozenset(normalize_word(w) for w in (
    "الفريق أول اول الركن اللواء العميد العقيد المقدم الرائد النقيب المشير الجنرال الأدميرال الدكتور الشيخ "
    "المهندس السفير").split())


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


APPOSITION_TITLE_HEADS = words("arguments", "apposition_title_heads")

APPOSITION_INNER_MARKS = frozenset('()«»"“”')  # "مدير الهيئة الروسية (الاستخبارات)،": a gloss inside the title
APPOSITION_REACH = 14  # "أوباما، أول رئيس أميركي يزور كينيا وإثيوبيا،": the set-off phrase may hold a short clause


def _set_off_title_apposition(doc: Document, subj_group: list, m: TriggerMatch, j: int) -> bool:
    """Is token j inside a title set off by commas right after the first named subject (فلان، مفتي مصر، ...)?

    Why: such a phrase describes the subject; the object comes after its closing comma. It must open with a title
    head (data: apposition_title_heads), close with a comma, and name the subject's own country (or the subject
    itself) inside, so that a comma-set-off object (التقى فلان، نظيره الأمريكي) is not taken for it."""
    toks = doc.tokens
    first = min((x for x in subj_group if x.start >= m.start), key=lambda x: x.start, default=None)
    if first is None or not first.country:
        return False
    opening = token_at(doc, first.end - 1, 0, len(toks)) + 1
    if opening + 2 >= len(toks) or toks[opening].norm not in ("،", ",") or j <= opening + 1:
        return False
    head = toks[opening + 1]
    if head.norm not in APPOSITION_TITLE_HEADS and peel(head.norm, conj="", article=True) not in APPOSITION_TITLE_HEADS:
        return False
    closing = next((k for k in range(opening + 1, min(opening + APPOSITION_REACH, len(toks)))
                    if toks[k].is_punct and toks[k].text not in APPOSITION_INNER_MARKS), None)
    if closing is None or toks[closing].norm not in ("،", ",") or j >= closing:
        return False
    return any(toks[opening].end <= x.start < toks[closing].start and x.country == first.country
               for x in doc.actors)


CIRCUMSTANTIAL_OPENERS = words("arguments", "circumstantial_openers")


def _new_clause(doc: Document, lo: int, hi: int, participles: bool = False) -> bool:
    """A comma followed by a word carrying و (``، ودعا``) between lo and hi opens a new clause; with
    ``participles``, so does a comma followed by a circumstantial participle of saying or asking (``رحبت X بالهدنة،
    مطالبة المليشيات باحترامها``): the nouns after it are that clause's. Only for backing: the one backed is named
    with the stance, while other acts' parties were often found (rightly) after such a participle (2 of 2 tuning
    changes outside SUPPORT were losses)."""
    toks = doc.tokens
    for k in range(lo, min(hi, len(toks)) - 1):
        if toks[k].norm in ("،", ",") and k + 1 < hi and toks[k + 1].proclitics and \
                normalize_word(toks[k + 1].proclitics[0].text) == "و":
            return True
        if participles and k > lo and toks[k].norm in ("،", ",") and k + 1 < hi and \
                toks[k + 1].norm in CIRCUMSTANTIAL_OPENERS:
            return True  # (not a comma right after the subject: "أيد مجلس X، مطالبة المحافظ": the demand backed)
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


CONDEMNED_ACTS = frozenset(normalize_word(w) for w in (
    "الهجوم الهجمات الاعتداء الاعتداءات التفجير التفجيرات القصف الاقتحام الاقتحامات العدوان الحادث الجريمة "
    "بالهجوم بالاعتداء بالتفجير بالقصف بالاقتحام بالعدوان للهجوم للاعتداء للتفجير للقصف للاقتحام للعدوان "
    "هجوم اعتداء تفجير قصف اقتحام عدوان").split())

# words before عن that make it name the issuer of what is condemned (التصريحات التي صدرت عن X)
ISSUED_BY = words("arguments", "issued_by_words")

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


OWNED_ACT_TYPES = frozenset(("REJECT", "SUPPORT"))

# words that may stand between the verb (or its subject) and the ب-noun: "أشاد فيها بدور X", "رحب أمس بزيارة X"
OWNED_ACT_GAP_WORDS = words("arguments", "owned_act_gap_words")

NISBA_ENDINGS = ("ي", "ية", "يين", "يون")

OWNER_HONORIFICS = HONORIFICS | frozenset(normalize_word(w) for w in "الملكي الملكية".split())


def _owner_of_governed_act(doc: Document, m: TriggerMatch, a: Actor, j: int, subj_group: list[Actor],
                           gap_from: int) -> bool:
    """A party right after the act noun a refusal or a praise governs with ب (لن نسمح بتدخل إيران، لن تقبل بأي
    تدخل إيراني، أشاد بدور المملكة، رحب بزيارة الأمير فلان).

    The act is a ب-noun right after the verb or its subject (one adverbial word may stand between); the party in
    construct after it, or the nationality adjective on it, owns the act: the one refused or praised is the
    recipient, unless it is the subject's own country. A definite ب-noun (بالدور) takes no construct genitive,
    so after it only a nationality adjective (بالدعم السعودي) is its owner."""
    toks = doc.tokens
    if m.pattern.type not in OWNED_ACT_TYPES or not a.country or a.country in {x.country for x in subj_group}:
        return False
    if prep_before(doc, a, m.first + 1) is not None:
        return False
    if m.pattern.type == "REJECT":
        lo = m.last + 1  # (refusals: right after the verb, as before)
    else:
        lo = max(gap_from, m.last) + 1
    g = j - 1
    while m.pattern.type == "SUPPORT" and g > lo and toks[g].norm in OWNER_HONORIFICS:
        g -= 1  # "بزيارة صاحب السمو الملكي الأمير فلان": the honorifics before the name
    if g < lo or g > lo + 1:
        return False
    if g == lo + 1 and (m.pattern.type == "REJECT" or (toks[lo].norm not in OWNED_ACT_GAP_WORDS and not any(
            b.kind.startswith("poss") and b.country in {x.country for x in subj_group} and tok_of(doc, b) == lo
            for b in doc.actors))):
        return False  # (or the subject's own country as a pronoun noun: "ترحيب بلاده بزيارة X")
    governed = toks[g]
    if governed.is_punct or governed.norm[:1] != "ب" or len(governed.norm) <= 2:
        return False
    if m.pattern.type == "REJECT":
        return True
    if in_mention(doc, governed.start):
        return False
    adjective = " " not in a.text.strip() and normalize_word(a.text).startswith("ال") and \
        normalize_word(a.text).endswith(NISBA_ENDINGS)
    return adjective or not governed.norm.startswith("بال")


STANCE_NOUNS = words("arguments", "stance_nouns")

STANCE_TYPES = frozenset(("SUPPORT", "AGREE"))  # "ووعده بوقوف الولايات المتحدة مع إسرائيل": a promised stance


def _owner_of_stance_noun(doc: Document, m: TriggerMatch, j: int) -> bool:
    """Is token j right after a support frame ending in a bare stance noun in construct (أكد تضامن، وعده بوقوف، عبر
    عن تعازي)? The party there is the noun's owner, the one who stands by or condoles, not the one it is for."""
    toks = doc.tokens
    if m.pattern.type not in STANCE_TYPES or m.last <= m.first or j != m.last + 1:
        return False
    last = toks[m.last]
    return not last.enclitics and peel(last.norm, preps="بل") in STANCE_NOUNS


ON_BEHALF_OF = words("arguments", "on_behalf_of")

APOLOGY_CODE = "055"  # an apology is made to the one named after من (اعتذر من الشعب)

BACKED_THING_NOUNS = words("arguments", "backed_thing_nouns")

NATIONALITY_OWNER_ARTICLE = ("بال", "لل")  # "للدور المصري"، "بالهجمات التركية": a definite noun takes an adjective


def _owner_of_backed_noun(doc: Document, m: TriggerMatch, a: Actor, j: int, subj_group: list[Actor]) -> bool:
    """Is the party at token j the owner of a ب/ل-noun of someone's conduct that a praise or thanks is about?

    Why: what is praised is often the conduct, not the party (أشاد في كلمته بجهود المملكة، مثمنا المواقف الإيجابية
    لقيادة المملكة، عن شكرها لاهتمام حكومة X، مثمنا للدور المصري), so the party is no object and no ل-recipient
    of its own; the one whose role, efforts, stance or visit it is, named in construct after the noun (or as the
    nationality adjective after a definite one), is the one backed. A closed list of conduct nouns (not purpose
    nouns: لحل أزمة اليمن names what is solved), never the backer's own country."""
    toks = doc.tokens
    if m.pattern.type != "SUPPORT" or not a.country or a.country in {x.country for x in subj_group}:
        return False
    g = j - 1
    while g > m.last and toks[g].norm in OWNER_HONORIFICS:
        g -= 1  # "لجهود خادم الحرمين الشريفين الملك فلان"
    if g <= m.last or toks[g].is_punct or in_mention(doc, toks[g].start):
        return False
    word = peel(toks[g].norm)
    if word[:1] not in ("ب", "ل") or peel(word, preps="بل", lil=True, article=True) not in BACKED_THING_NOUNS:
        return False
    if not word.startswith(NATIONALITY_OWNER_ARTICLE):
        return toks[j].start == a.start or g < j - 1  # in construct: the name itself, or honorifics before it
    return g == j - 1 and " " not in a.text.strip() and normalize_word(a.text).startswith("ال") and \
        normalize_word(a.text).endswith(NISBA_ENDINGS)


def find_recipient(doc: Document, m: TriggerMatch, pool, subj_group, taken: set, res: Arguments):
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
                   subj_end + 1 <= tok_of(doc, a) <= subj_end + 3 and
                   _is_apposition(doc, a, subj_group, tok_of(doc, a), subj_end)), None)
    if holder is not None:  # "هاجم نائب رئيس شرطة دبي ضاحي خلفان ميليشيا X": the object follows the holder's name
        subj_end = token_at(doc, holder.end - 1, 0, len(toks))

    def usable(a: Actor) -> bool:
        if a.start >= m.end or prep_before(doc, a, m.first + 1) is not None:
            return True
        if not is_noun and m.start <= a.start < m.end and tok_of(doc, a) == m.first + 1 and \
                not a.kind.startswith("poss"):
            return True  # the object right after the verb inside a frame (دعا [X] إلى الحوار)
        if subj_end >= 0 and tok_of(doc, a) - subj_end <= 2:
            return True  # object right after an in-frame subject
        if not is_noun and subj_end >= 0 and m.start <= a.start < m.end and tok_of(doc, a) > subj_end and \
                m.pattern.type in PERSON_OBJECT_TYPES:
            return True  # "هاجم X، الأمين العام لـ«Y» فلان، واصفا": the object inside a wide frame's gap
        return subj_end >= 0 and _apposed_name(doc, subj_end + 1, tok_of(doc, a))  # "X، تسيبي حوطوفلي، Y"

    cands = [a for a in pool if a.start >= search_from and id(a) not in taken and usable(a)]
    if giving_noun(doc, m):
        given = next((a for a in pool if tok_of(doc, a) == m.first + 1 and id(a) not in taken and
                      toks[m.first + 1].start == a.start), None)
        if given is not None:
            res.rules.append("recipient:genitive-of-giving-noun")
            return coordinated_group(doc, given, pool), None
    subj_after = any(x.start >= m.start for x in subj_group)
    gap_from = max([m.last] + [token_at(doc, x.end - 1, 0, len(toks)) for x in subj_group if x.start >= m.start])
    from_actor = None
    joined = verb_triggers(doc)[1]
    appos_end = gap_from
    chosen, rule = None, ""
    preferred = None
    neighbours = []  # "على الحدود مع العراق وسوريا": every conjunct of a border neighbour is one too
    for a in cands:
        j = tok_of(doc, a)
        if j - gap_from > 20 or _new_clause(doc, max(gap_from, m.last) + 1, j, pattern.type == "SUPPORT"):
            break
        if any(toks[k].norm in COMPLEMENTIZERS or toks[k].norm in CLAUSE_OPENERS for k in range(m.last + 1, j)):
            break  # "اتفقت X و Y على أن ...": a content clause names no recipient
        if joined and any(joined.get(k, pattern.type) != pattern.type for k in range(m.last + 1, j)):
            break  # "رحبت X بالهدنة ودعت Y": Y is the object of the coordinated verb (شن غارات ... وقصفت X: one act)
        if a.kind.startswith("poss") and a.country and a.country in {x.country for x in subj_group}:
            continue  # "عن دعم بلاده للحكومة الليبية": the subject's own country is no second party
        if _owner_of_stance_noun(doc, m, j) and a.country and a.country in {x.country for x in subj_group} and \
                prep_before(doc, a, m.first + 1) is None:
            continue  # "أكد X تضامن الإمارات مع السعودية": the subject's own country owns the stance, it is no party
        if _owner_of_stance_noun(doc, m, j) and a.country and not any(x.country for x in subj_group) and \
                prep_before(doc, a, j) is None:
            continue  # "عبر البيان عن تعازي الأردن لمصر": with no subject's country, the owner condoles, not Egypt
        if pattern.type == "COERCE" and in_protesters_relative(doc, m, gap_from, j):
            continue  # "فرقت الشرطة المتظاهرين الذين كانوا يدينون X": X is what they protested, not the target
        if _with_circumstance(doc, max(gap_from, m.last), j):
            continue  # "اجتمع X، مع اقتراب موعد زيارة الرئيس Y": as Y's visit nears, Y is no partner
        prep = prep_before(doc, a, m.first + 1)
        if pattern.type == "SUPPORT" and prep is None and any(
                toks[k].norm in ON_BEHALF_OF for k in range(max(m.first, j - 3), j)):
            continue  # "أعرب X باسم الرئيس والحكومة عن الشكر لـ Y": on whose behalf X speaks, his own side
        if prep is None and subj_after and victim_parties.descriptor_apposition(doc, gap_from, j):
            continue  # "خطفت جبهة النصرة، ذراع تنظيم القاعدة في سوريا، خمسة مقاتلين": it describes the subject
        if subj_after and _set_off_title_apposition(doc, subj_group, m, j):
            if "recipient:skip-set-off-title-apposition" not in res.rules:
                res.rules.append("recipient:skip-set-off-title-apposition")
            continue  # "أدان فلان، مفتي مصر، العملية": the title between commas describes the subject
        if prep is None and _among_after_li(doc, j, m.last + 1):
            prep = "ل"  # "مساعدات لدول منها اليونان وإيطاليا": the named members of the recipients
        if prep in CONTENT_PREPS and pattern.type == "REQUEST":
            continue  # "دعت إلى عقوبة رادعة بحق صياد أميركي": the target of the act asked for is not the one asked
        if prep in ("ضد", "بحق") and pattern.type in COOPERATIVE_TYPES:
            continue  # "اتفقتا على شن ضربات ضد X": X is the target of the agreed act, not a party
        if prep == "مع" and j >= 2 and (toks[j - 2].norm in BORDER_NOUNS or (
                j >= 3 and toks[j - 3].norm in BORDER_NOUNS and toks[j - 1].norm == "مع")):
            neighbours.append(a)
            continue  # "تأمين حدود تركيا مع سوريا": the neighbour across a border, not a partner
        if prep == "مع" and any(a in coordinated_group(doc, b, pool)[1:] for b in neighbours):
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
        if prep in ("ل", "لـ") and subj_after and j - subj_end <= 2 and after_owner_word(doc, j, subj_end + 1):
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
        if prep == "عن" and pattern.type == "ACCUSE" and not any(
                toks[k].norm in ISSUED_BY for k in range(max(gap_from + 1, j - 3), j)):
            continue  # "اتهم فلان، النائب عن الحزب X، إيران": عن names the accused only as the issuer (صدرت عن X)
        if prep is not None and prep != "من":
            if pattern.type == "ACCUSE" and prep in ("على", "علي", "ضد", "بحق") and \
                    any(toks[k].norm in CONDEMNED_ACTS for k in range(m.last + 1, j)):
                continue  # "أدان الاعتداء على السفارة X"، "الجريمة ... بحق عائلة X": the act's target, not the accused
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
        if prep == "من" and (pattern.type in ("RETREAT", "REQUEST", "SANCTION", "CONSULT") or (
                pattern.type == "SUPPORT" and pattern.cameo == APOLOGY_CODE)):  # "اعتذاره من الشعب": to whom
            chosen, rule = a, "recipient:prep-من"
            continue
        if prep is None and m.last > m.first and j == m.last + 1 and li_force_head(toks[m.last].norm):
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
        if prep is None and j > m.first and not is_noun and j - gap_from <= 20 and not is_governed(doc, a, m.first + 1):
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
        if prep is None and is_noun and j == m.last + 1 and pronoun_noun(doc, m):
            chosen, rule = a, "recipient:object-of-possessed-noun"
            continue
        if prep is None and is_noun and subj_after and "subject:genitive-of-noun" in res.rules and \
                j - gap_from == 1 and a.country and a.country not in {x.country for x in subj_group}:
            chosen, rule = a, "recipient:object-after-genitive-agent"  # "لقاء الرئيس X نظيره Y": the masdar's object
            continue
        if prep is None and not is_noun and j > m.first and coordinated_office(doc, gap_from + 1, j, a):
            chosen, rule = a, "recipient:object-coordinated-office"  # "التقى X المبعوث الخاص ورئيس بعثة Y"
            continue
        if _owner_of_governed_act(doc, m, a, j, subj_group, gap_from):
            # "لن تسمح بأي تدخل إيراني": Iran is refused; "أشاد بدور المملكة": the Kingdom is praised
            chosen, rule = a, f"recipient:owner-of-{'refused' if pattern.type == 'REJECT' else 'praised'}-act"
            continue
        if prep is None and _owner_of_backed_noun(doc, m, a, j, subj_group):
            chosen, rule = a, "recipient:owner-of-backed-conduct"  # "مثمنا المواقف الإيجابية لقيادة المملكة"
            continue
        if prep is None and j - gap_from <= 2 and j > m.first:
            if not is_noun:
                chosen, rule = a, "recipient:object"
            elif (pattern.type in GENITIVE_OBJECT_TYPES or complement_noun(doc, m)) and j - m.last <= 1:
                chosen, rule = a, "recipient:genitive"
    if preferred is not None and not (rule == "recipient:object" and pattern.type in PERSON_OBJECT_TYPES):
        chosen, rule = preferred  # "اتهم X Y باستخدام ... ضد Z": the accused is the direct object, not Z
    if chosen is None:
        return [], from_actor
    res.rules.append(rule)
    return coordinated_group(doc, chosen, pool), from_actor


OWNED_ATTACK_NOUNS = words("arguments", "owned_attack_nouns")

OWNER_REACH = 25  # "قتل 13 شخصا الأحد في مالاري التي ...، خلال هجوم انتقامي لجماعة X": the attack noun comes late


def owner_of_attack_noun(doc: Document, m: TriggerMatch, pool: list[Actor], end: int) -> Optional[Actor]:
    """The party with ل right after an attack noun (one adjective between at most) that follows a death verb.

    Why: "قتل 13 شخصا خلال هجوم انتقامي لجماعة X"، "قتل القيادي Y بعد هجوم كاسح للمقاومة"، "في غارات لطيران
    التحالف": the ل of such a noun names whose attack it was (its doer), so the deaths were X's act; X is neither a
    victim nor absent. A party after "على" or in a relative clause is not reached (only the phrase right after)."""
    toks = doc.tokens
    for a in pool:
        i = tok_of(doc, a)
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

# prepositions that put a party inside the act a demand asks for (its target), never the one asked (the verb's
# object or the party after من); مع، ل، عن and ب were measured too and also name the one asked (طلب انضمام للإنتربول،
# الدعوة لخادم الحرمين) or the released nationals the gold codes (طالب بالإفراج عن الرئيس المصري)
CONTENT_PREPS = frozenset(normalize_word(w) for w in "ضد بحق تجاه نحو إزاء ازاء".split())


# prepositions that, between a noun trigger and the relations word, tie that word to another noun
NOUN_LINK_PREPS = words("arguments", "noun_link_preps")


def relations_partner(doc: Document, m: TriggerMatch, pool: list[Actor], own: set,
                       after_tok: int = -1) -> list[Actor]:
    """``أشاد X بالعلاقات التي تربط (بين) بلاده و Y``: the other party of the relations is the recipient (the
    relations word is looked for right after the trigger or after a long VSO subject ending at ``after_tok``)."""
    toks = doc.tokens
    lo = max(m.last, after_tok)
    rel = next((k for k in range(m.last + 1, min(len(toks), lo + 9))
                if "علاقات" in toks[k].norm or "العلاقة" in toks[k].norm), None)
    if rel is None:
        return []
    if m.head_tag == "" and any(toks[k].norm in NOUN_LINK_PREPS for k in range(m.last + 1, rel)):
        return []  # "اعتبرت الزيارة دليلا على عمق العلاقات بين X و Y": the relations hang on another noun
    for a in pool:
        j = tok_of(doc, a)
        if j <= rel:
            continue
        if j - rel > 10 or _new_clause(doc, rel, j):
            break
        if a.country and a.country not in own:
            return [a]
    return []


def condemned_perpetrator(doc: Document, m: TriggerMatch, after: list[Actor], first: int, taken: set) -> Optional[Actor]:
    """``أدان X الاقتحامات ... من قبل Y`` / ``الهجوم الذي شنه Y``: the agent of the condemned act."""
    toks = doc.tokens
    # counted from the end of the verb's own subject when it follows the verb (a long title and name)
    base = max([m.last] + [token_at(doc, a.end - 1, 0, len(toks)) for a in after if id(a) in taken])
    for a in after:
        if id(a) in taken:
            continue
        j = tok_of(doc, a)
        if j - base > 30 or (j - base > 14 and m.pattern.type != "ACCUSE"):
            break
        prev = [toks[k].norm for k in range(max(first, j - 2), j)]
        if j - base <= 14 and (prev[-2:] == ["من", "قبل"] or after_agent_relative(prev)):
            return a
        if j - base <= 14 and j - 3 >= first and toks[j - 1].norm == "من" and not toks[j - 2].is_punct and \
                after_agent_relative([toks[j - 3].norm]):
            return a  # "الجريمة التي ارتكبتها قطعان من المستوطنين": the doers behind a partitive
        if m.pattern.type == "ACCUSE" and not is_generic(a) and j - 2 > base and (
                (toks[j - 2].norm in WHEN_WORDS and not is_speech(toks[j - 1].norm) and not toks[j - 1].is_punct)
                or (j - 3 > base and toks[j - 3].norm in WHEN_WORDS and not is_speech(toks[j - 2].norm)
                    and toks[j - 1].norm in HANDS_OF_HEADS | FORCE_HEADS)):
            return a  # "ندد بالهجوم ... بعدما أضرم مستوطنون إسرائيليون النار": the condemned act's doers
    return None


def prefer_specific(actors: list[Actor], res: Optional[Arguments] = None) -> list[Actor]:
    """Bare sector terms without a country (قوات، السلطات، مسلحون) name no participant (the gold convention:
    an unnamed perpetrator or target is an empty role); the events keep them only through the explanation."""
    if res is not None:
        res.rules.extend(f"dropped-generic:{a.text}" for a in actors if is_generic(a))
    if any(not is_generic(a) for a in actors):
        return [a for a in actors if not is_generic(a)]
    return actors


ACT_NOUNS = frozenset(normalize_word(w) for w in (
    "تفجير تفجيري هجوم هجومي اعتداء اعتداءي حادث حادثي عملية عمل تفجيرات هجمات اعتداءات").split())


def attributive(doc: Document, a: Actor, res: Arguments) -> bool:
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


# verbs whose object may follow a relative clause set off by commas on their subject
OBJECT_AFTER_RELATIVE_TYPES = frozenset(("ACCUSE", "THREATEN", "REQUEST", "CONSULT", "SUPPORT", "REJECT", "PROTEST"))


def object_after_relative(doc: Document, m: TriggerMatch, pool: list[Actor], end: int,
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
        j = tok_of(doc, a)
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

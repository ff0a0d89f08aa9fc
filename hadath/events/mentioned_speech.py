"""Acts mentioned in speech: condemned, analysed, attacked in words, described, advised, worried about.

- An attack named as the object of a condemnation past the condemner's name and a comma (أدان الملك عبدالله
  الثاني، حادث التفجير الإرهابي) was reported before; the news is the condemnation.
- A commentator's view (رأى الخبير السياسي أن زيارة الأمير تأتي، اعتبر خبيران أن البيان ... ومنعها من التدخل، يكشف
  خبراء أن الظواهري اعتقل) is analysis: the acts it names are topics, not reports (session 13). Attacks and protests
  told by an expert are still coded (a witness may be called an expert).
- هاجم / شن هجوما by a person in a sentence of words and no violence (هاجم الوزير أقوال كيري) is a verbal attack
  (session 14), as is an entertainer's attack in an interview (هاجم الملحن المغنية عبر لقاء تلفزيوني; session 15).
- "What X calls" (لما تصفه السلطات بأنه) qualifies a noun; nobody accuses (session 14).
- A call on one's own nationals or on everyone present (دعت السلطات مواطنيها، طلب من الجميع) is an advisory or a
  courtesy (session 15).
- Concern about a state of affairs with no party named (عن قلقها إزاء تجدد الاشتباكات) blames nobody (session 15
  round 2).
"""
from __future__ import annotations

from hadath.document import Document
from hadath.events.speech_clauses import COMPLEMENTIZERS
from hadath.events.mentioned_tokens import _QUOTES, _word
from hadath.events.nesting import SENTENCE_STOPS, named_tokens
from hadath.events.triggers import TriggerMatch
from hadath.events.wordlists import words
from hadath.text.normalize import peel, strip_al

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
            named = named_tokens(doc)
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
        if toks[j].is_punct and toks[j].norm in SENTENCE_STOPS:
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
            bare = peel(w, conj="ول", min_stem=4)
            if w in PUBLIC_ADDRESSEES or bare in PUBLIC_ADDRESSEES or \
                    w == "من" and k + 1 < end and toks[k + 1].norm in PUBLIC_ADDRESSEES:
                out.add(id(m))
                break
            if w in CALL_OPENERS:
                break  # what is asked opens: an addressee named later is inside it
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
        named = named_tokens(doc) if named is None else named
        if not _party_in_object(toks, named, m.last + 1, end):
            out.add(id(m))
    return out


# session 17: a speaker defending a measure (دافع أوباما عن الاتفاق مع إيران) argues for a policy
DEFENCE_VERBS = words("mentioned_acts", "defence_verbs")
DEFENDED_MEASURES = words("mentioned_acts", "defended_measures")
_DEMONSTRATIVES = frozenset(("هذا", "هذه", "ذلك", "تلك"))


def defended_measures(doc: Document, matches: list[TriggerMatch]) -> set:
    """ids of SUPPORT triggers of a defence verb whose object, right after the pattern (past a demonstrative), is a
    measure (دافع الرئيس عن الاتفاق، دافع فيه عن هذا الاتفاق، يدافع عن مشاريع قوانين أمنية): the speaker argues for
    a policy, often his own, against its critics; the news gold codes no support of a party. Defending a party or
    its right (دافع البيت الأبيض عن حق تركيا في ضرب ...) stays."""
    toks = doc.tokens
    out = set()
    for m in matches:
        if m.pattern.type != "SUPPORT" or toks[m.first].norm not in DEFENCE_VERBS:
            continue
        k = m.last + 1
        end = doc.sentences[m.sentence].token_end
        if k < end and toks[k].norm in _DEMONSTRATIVES:
            k += 1
        if k < end and toks[k].norm in DEFENDED_MEASURES:
            out.add(id(m))
    return out

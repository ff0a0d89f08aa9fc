"""Who attacked and who was hit: victims named as subjects (قتل X، أصيب X), counted casualties, a passive or
result verb (أسفر عن مقتل), shells fired from a territory, the launcher of a weapon (قذيفة أطلقها X), the claimant
(تبنى X), the attacker named after "when" (عندما هاجم X), the struck place and the territory attacked, the agent of
deadly operations (العمليات التي تقوم بها Y), a place or convoy owned by the party hit (استهدف مركزا للشرطة),
victims that are no recipients of a condemnation, and a condemned attack whose doer is not named (no accused; each
condemning state its own statement).

Violence has its own sentence shapes (the patient as grammatical subject, the weapon as the doer's stand-in), so
these rules live together; they read the shared clues and the subject rules, never ``arguments.py``.
"""
from __future__ import annotations

from typing import Optional

from hadath.document import Actor, Document
from hadath.events import victim_parties
from hadath.events.argument_clues import (ACT_NOUN_PREPS, AGENT_RELATIVES, Arguments, CASUALTY_NOUNS,
                                          CONSEQUENCE_VERBS, COUNT_WORDS, FORCE_HEADS, GROUP_HEADS, MEMBER_NOUNS,
                                          PHRASE_HEADS, PLURAL_VICTIM_VERBS, QUOTE_CHARS, TIME_WORDS, WHEN_WORDS,
                                          actors_in, nisba_countries, prep_before, sentence_tokens, text_between,
                                          tok_of)
from hadath.events.context_countries import is_domestic_party
from hadath.events.derived import derived_event
from hadath.events.doc_index import token_at
from hadath.events.object_recipients import ACT_NOUNS
from hadath.events.partitive_parties import MEMBER_HEADS as PARTY_MEMBER_HEADS
from hadath.events.partitive_parties import is_generic
from hadath.events.speech_clauses import CLAUSE_PUNCT, COMPLEMENTIZERS, is_noun_trigger
from hadath.events.triggers import TriggerMatch
from hadath.events.verb_subjects import FORCE_SECTORS, INSTRUMENT_HEADS, by_hands_of
from hadath.events.wordlists import words
from hadath.places.match import is_place_noun
from hadath.text.normalize import normalize_word, peel, peel_forms, strip_al


def is_consequence_verb(doc: Document, m: TriggerMatch) -> bool:
    """``(التفجير الذي ...) وأسفر عن مقتل``: the subject of a result verb is an earlier act, not a party; only an
    armed group named before it can be the one who did it."""
    n = doc.tokens[m.first].norm
    for pre in ("", "و", "ف", "م", "مما", "وم"):
        if n.startswith(pre) and n[len(pre):] in CONSEQUENCE_VERBS:
            return True
    return m.first > 0 and doc.tokens[m.first - 1].norm in ("مما", "ما") and n in CONSEQUENCE_VERBS


def agent_of_act_noun(doc: Document, a: Actor, m: TriggerMatch) -> bool:
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


def count_patient(doc: Document, m: TriggerMatch) -> bool:
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


def target_hit_with_victims(pattern, res: Arguments) -> bool:
    """``قتل ثمانية أشخاص في هجمات على قوات الأمن X``: in a passive attack the party named after على/ضد is the
    target, hit like the victims; it is never the unnamed agent (the passive's usual swap would make it one)."""
    return pattern.type == "ASSAULT" and any(r in res.rules for r in ("recipient:prep-علي", "recipient:prep-ضد"))


def count_is_object_of_svo(res: Arguments) -> bool:
    """``قال X إن جيش Y اعتقل عشرات المسلحين``: a complement clause that opens with its subject right before the
    verb (SVO) leaves the count after the verb as its object, so the verb is active, not a passive ``اُعتقل``."""
    return "subject:complement-svo" in res.rules


def subject_of_complement(doc: Document, m: TriggerMatch, subject: Optional[Actor]) -> bool:
    """``أبلغ X بأن داعش أعدم نحو 50 شخصا``: a subject right after a complementizer and right before the verb
    makes the clause SVO, so the count after the verb is its object (the verb is active, not a passive ``أُعدم``)."""
    if subject is None or token_at(doc, subject.end - 1, 0, len(doc.tokens)) != m.first - 1:
        return False
    k = tok_of(doc, subject)
    return k > 0 and doc.tokens[k - 1].norm in COMPLEMENTIZERS


VICTIM_VERBS = frozenset(normalize_word(w) for w in "قتل جرح اصيب".split())


def victim_subject(doc: Document, m: TriggerMatch, res: Arguments) -> bool:
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


def exchanged_attack(doc: Document, m: TriggerMatch, first: int) -> bool:
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


def raw_passive_alqi(doc: Document, m: TriggerMatch) -> bool:
    """``أُلقي القبض على X``: spelt with ي (not ى) the verb is the passive; normalization merges the two."""
    if m.pattern.type != "COERCE" or doc.tokens[m.first].norm.lstrip("وف") != "القي":
        return False
    raw = doc.text[doc.tokens[m.first].start:doc.tokens[m.first].end]
    return raw.replace("ُ", "").endswith("قي")


FIRED = frozenset(normalize_word(w) for w in "أطلقت أطلق اطلقت اطلق انطلقت انطلق أطلقها أطلقتها".split())


def fired_from(doc: Document, m: TriggerMatch, after: list[Actor]) -> Optional[Actor]:
    """``قذائف (، ) أطلقت من X``: shells or rockets fired from a party's side: X fired them."""
    toks = doc.tokens
    k = next((k for k in range(m.last + 1, min(len(toks), m.last + 5)) if toks[k].norm in FIRED), None)
    if k is None or k + 1 >= len(toks) or toks[k + 1].norm != "من":
        return None
    return next((a for a in after if tok_of(doc, a) in (k + 2, k + 3) and a.country), None)


REPORT_VERBS = frozenset(normalize_word(w) for w in (
    "أعلن أعلنت وأعلن وأعلنت أكد أكدت وأكد وأكدت ذكر ذكرت وذكر وذكرت أفاد أفادت وأفاد وأفادت أورد أوردت نقل نقلت "
    "رجح رجحت أحصى أحصت وثق وثقت نعى نعت ونعى ونعت").split())


REPORT_OBJECT_PUNCT = frozenset('()"«»“”')


def announced_victims(doc: Document, m: TriggerMatch, subject: Actor, res: Arguments) -> bool:
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


ATTACK_VERBS = frozenset(normalize_word(w) for w in (
    "فتح فتحت فتحوا أطلق أطلقت أطلقوا هاجم هاجمت هاجموا فجر فجرت استهدف استهدفت قصف قصفت شن شنت نصب نصبت "
    "اقتحم اقتحمت").split())


def when_attacker(doc: Document, m: TriggerMatch, after: list[Actor], end: int) -> Optional[Actor]:
    """``مقتل ثلاثة جنود حين فتح عناصر من X النار``: the subject of an attack verb in the when-clause right after
    the deaths is their perpetrator."""
    toks = doc.tokens
    for k in range(m.last + 1, min(end, m.last + 8) - 1):
        if toks[k].is_punct:
            return None
        if toks[k].norm not in WHEN_WORDS or toks[k + 1].norm not in ATTACK_VERBS:
            continue
        for a in after:
            j = tok_of(doc, a)
            if k + 1 < j <= k + 5 and a.country and not any(toks[x].is_punct for x in range(k + 2, j)) and \
                    all(toks[x].norm in FORCE_HEADS | {"من"} for x in range(k + 2, j)):
                return a
        return None
    return None


HIT_VERBS = ("قتل", "اصيب", "جرح", "لقي", "سقط", "استشهد")  # prefixes of normalized words


def hit_before_act_noun(doc: Document, m: TriggerMatch, subject: Actor, res: Arguments) -> bool:
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
        return victims_named_after_casualty_word(doc, m, subject, res)
    res.rules.append(f"recipient:hit-before-act-noun={subject.text}")
    return True


HIT_GAP_WORDS = words("arguments", "hit_gap_words")

# perfect verbs read active or passive alike (قَتل/قُتل): the party right after them may be the killer
AMBIGUOUS_KILL_VERBS = frozenset(normalize_word(w) for w in "قتل قتلت قتلوا جرح جرحت جرحوا".split())


def victims_named_after_casualty_word(doc: Document, m: TriggerMatch, subject: Actor, res: Arguments) -> bool:
    """``أصيب 18 شرطيا مصريا (على الأقل الأحد) في انفجار``، ``مقتل جنديين تركيين في تفجير``: a party right after a
    verb or noun of being killed or hurt (a count between), then only hedges or time words and the preposition
    before the attack noun, is who was hit in it, not who did it (a clash noun keeps its sides)."""
    toks = doc.tokens
    i, j = tok_of(doc, subject), token_at(doc, subject.end - 1, 0, len(toks))
    k = i - 1
    while k >= 0 and k >= i - 3 and (toks[k].norm.isdigit() or toks[k].norm in COUNT_WORDS or toks[k].norm == "من"):
        k -= 1  # "مقتل 18 من ..."
    if k < 0 or toks[k].is_punct or not toks[k].norm.lstrip("و").startswith(DEATH_WORDS):
        return False
    if toks[k].norm.lstrip("و") in AMBIGUOUS_KILL_VERBS and k == i - 1:
        return False  # "قتلت القوات في غارة ...": an active verb's subject; "قتل 18 جنديا" (a count) is passive
    gap = range(j + 1, m.first)
    if not gap or toks[m.first - 1].norm not in ACT_NOUN_PREPS or strip_al(toks[m.first].norm) in CLASH_NOUNS:
        return False  # "مقتل عشرة حوثيين خلال مواجهات": the dead of a clash were one of its sides
    if any(toks[g].is_punct or toks[g].norm not in HIT_GAP_WORDS | TIME_WORDS for g in gap[:-1]):
        return False
    res.rules.append(f"recipient:hit-named-after-casualty-word={subject.text}")
    return True


def counted_party(doc: Document, m: TriggerMatch, after: list[Actor], taken: set) -> Optional[Actor]:
    """``قتل (أمس) سبعة من عناصر X``: the party counted right after a passive attack or arrest verb."""
    toks = doc.tokens
    for a in after:
        j = tok_of(doc, a)
        if j - m.last > 6 or id(a) in taken:
            return None
        if all(toks[k].norm.isdigit() or toks[k].norm in COUNT_WORDS | TIME_WORDS | FORCE_HEADS | {"من"}
               for k in range(m.last + 1, j)):
            return a
        return None
    return None


def coordinated_after_place(doc: Document, r: Actor, pool: list[Actor], end: int) -> Optional[Actor]:
    """``مواقع تنظيم داعش في سوريا ومتمردي حزب العمال في شمال العراق``: a target, its place, then "و" and a second
    named target (a head noun like متمردي، مواقع may come between)."""
    nxt = next((b for b in pool if b.start >= r.end), None)
    if nxt is None or tok_of(doc, nxt) >= end or (nxt.kind not in ("group", "org") and
                                                                not (nxt.ref or "").startswith("group:")):
        return None
    words = text_between(doc, r.end, nxt.start).split()
    if not 2 <= len(words) <= 4 or words[0] not in ("في", "فى") or not words[-1].startswith("و"):
        return None
    if any(p in doc.text[r.end:nxt.start] for p in "،,.:؛"):
        return None
    return nxt


TERRITORY_NOUNS = frozenset(normalize_word(w) for w in "الأراضي الاراضي الأجواء الاجواء المياه".split())


def territory_of(doc: Document, m: TriggerMatch, end: int, res: Arguments) -> Optional[Actor]:
    """``في الأراضي السورية``، ``داخل الأجواء التركية``: the country whose territory the attack was in."""
    toks = doc.tokens
    nis = nisba_countries()
    for k in range(m.last + 1, min(end, m.last + 8) - 1):
        if toks[k].is_punct:
            return None
        if toks[k].norm in ("في", "فى", "داخل") and toks[k + 1].norm in TERRITORY_NOUNS and k + 2 < len(toks):
            if toks[k - 1].norm == "من":
                return None  # "من داخل الأراضي X": where the fire came from (origin_territory)
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


def launcher_of_weapon(doc: Document, m: TriggerMatch, after: list[Actor], end: int) -> Optional[Actor]:
    """``في سقوط صاروخ أطلقته قوات النظام``، ``بقذائف أطلقها الحوثيون``: a weapon noun (or one adjective after it)
    followed by an agent relative (أطلقته، شنها) names the party that fired it."""
    toks = doc.tokens
    for k in range(m.last + 1, min(end, m.last + LAUNCH_WINDOW, len(toks) - 1)):
        if toks[k].norm in CLAUSE_PUNCT:
            return None
        if toks[k].norm not in LAUNCH_RELATIVES:
            continue
        if toks[k - 1].norm in WEAPON_NOUNS or (k >= 2 and toks[k - 2].norm in WEAPON_NOUNS):
            j = k + 2 if toks[k + 1].norm in LAUNCHER_HEADS else k + 1
            # (a countryless local side, مقاتلو المعارضة، takes its sentence's country later: is_domestic_party)
            return next((a for a in after if tok_of(doc, a) in (k + 1, j) and
                         (a.country or a.kind == "group" or is_domestic_party(a))), None)
        if toks[k + 1].norm in INSTRUMENT_HEADS and any(toks[x].norm in WEAPON_NOUNS
                                                         for x in range(max(m.last + 1, k - WEAPON_BACK), k)):
            return _hands_agent(doc, k + 1, after)
    return None


def _hands_agent(doc: Document, k: int, after: list[Actor]) -> Optional[Actor]:
    """"قذائف ... أرسلتها أيادي الغدر الحوثية": the party named a few words after "the hands" (their epithets, من
    between) fired the weapon; none when a comma or a clause comes first."""
    toks = doc.tokens
    for a in after:
        j = tok_of(doc, a)
        if k < j <= k + HANDS_AGENT_GAP and (a.country or a.kind == "group") and \
                not any(toks[x].is_punct for x in range(k, j)):
            return a
    return None


def struck_place_after(doc: Document, m: TriggerMatch, agent: Actor) -> list[Actor]:
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


def origin_territory(doc: Document, m: TriggerMatch, end: int, res: Arguments) -> Optional[Actor]:
    """``من داخل الأراضي اليمنية``، ``من الأراضي السورية``: the country a shell or shot came from fired it."""
    toks = doc.tokens
    nis = nisba_countries()
    for k in range(m.last + 1, min(end, m.last + 12, len(toks) - 2)):
        if toks[k].norm in CLAUSE_PUNCT:
            return None
        if toks[k].norm != "من":
            continue
        t = k + 2 if toks[k + 1].norm == "داخل" else k + 1
        if t + 1 < len(toks) and toks[t].norm in TERRITORY_NOUNS and nis.get(toks[t + 1].norm):
            w = toks[t + 1]
            res.rules.append(f"actor:origin-territory={w.text}")
            return Actor(w.text, w.start, w.end, w.text, w.text, nis[w.norm], None, kind="nationality")
    return None


def struck_place(doc: Document, m: TriggerMatch, origin: Optional[Actor]) -> list[Actor]:
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


def place_adjective(doc: Document, a: Actor, res: Arguments) -> bool:
    """``في مدينة القديح السعودية``: a one-word definite country adjective after "town X" says where, not who."""
    toks = doc.tokens
    i = token_at(doc, a.start, 0, len(toks))
    if a.kind not in ("country", "nationality") or toks[i].end < a.end or i < 2 or \
            not toks[i].norm.startswith("ال") or not is_place_noun(toks[i - 2].norm) or toks[i - 1].is_punct:
        return False
    res.rules.append(f"place-adjective-not-party:{a.text}")
    return True


CLAIM_VERBS = frozenset(normalize_word(w) for w in "تبنى تبنت وتبنى وتبنت".split())


def claimant_of_attack(doc: Document, m: TriggerMatch, end: int) -> Optional[Actor]:
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


def svo_victims(doc: Document, m: TriggerMatch, pool: list[Actor], first: int) -> Optional[Actor]:
    """``(أن) نحو 260 مقاتلا من حزب X قتلوا``: a plural or dual قتلوا/قتلا/أصيبوا right after a counted subject is
    the passive (قُتلوا): the subject, or the party its fighters are "of", was hit. Bare counted gunmen (88 إرهابيا
    قتلوا) were hit too: they are no attacker, though the gold leaves them unnamed."""
    toks = doc.tokens
    head = toks[m.first]
    if head.enclitics or m.head_tag in ("impf", "juss") or (head.norm.lstrip("و") not in PLURAL_VICTIM_VERBS and
                                                            not victim_parties.passive_captives(doc, m)):
        return None  # (and "أربعة إيطاليين اختطفوا في ليبيا": a plural abduction verb with no object after it)
    cand = [a for a in pool if a.end <= head.start and tok_of(doc, a) >= first and
            (a.country or (is_generic(a) and a.sector in ("UAF", "REB"))) and
            m.first - token_at(doc, a.end - 1, 0, len(toks)) <= 2]
    if not cand:
        return None
    lo = max(first, tok_of(doc, cand[-1]) - 6)
    counted = any(toks[k].norm.isdigit() or toks[k].norm in COUNT_WORDS for k in range(lo, tok_of(doc, cand[-1])))
    return cand[-1] if counted else None


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


def agent_of_deadly_operation(doc: Document, m: TriggerMatch, pool: list[Actor],
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
        return next((a for a in pool if k0 <= tok_of(doc, a) <= k0 + span - 1), None)

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
        lo_victims = next((tok_of(doc, a) - 4 for a in pool if a is not agent and
                           0 < m.first - token_at(doc, a.end - 1, 0, len(toks)) <= 1), lo_victims)
    for k in range(max(first, min(lo_victims, m.first - 1)), min(hi, tok_of(doc, agent))):
        n = toks[k].norm.lstrip("و")
        if n in CASUALTY_COUNTS or n in MEMBER_NOUNS or n in COUNT_WORDS or n.isdigit():
            victims = next((a for a in pool if a is not agent and not is_generic(a) and
                            a.start < agent.start and 0 < tok_of(doc, a) - k <= 4 and
                            prep_before(doc, a, k + 1) in ("من", None)), None)
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
    return any(a.start >= m.end and a.end <= toks[k].start and prep_before(doc, a, m.last + 1) != "من" and
               not _victims_partitive(doc, a, m.last + 1) for a in pool)


def _victims_partitive(doc: Document, a: Actor, lo: int) -> bool:
    """``من عناصر تنظيم «X»``: the party is named after من and its men's heads (and a quote mark), so it is the
    victims' side, not a doer whose act a later relative clause describes."""
    toks = doc.tokens
    k = tok_of(doc, a) - 1
    while k >= lo and (toks[k].norm in PARTY_MEMBER_HEADS or toks[k].norm in GROUP_HEADS or
                       toks[k].text in QUOTE_CHARS):
        k -= 1
    return k >= lo and k < tok_of(doc, a) - 1 and toks[k].norm == "من"


def _with_mention(doc: Document, pool: list[Actor], w: int) -> Optional[Actor]:
    """A mention starting inside the token right after مع (an attached clitic)."""
    toks = doc.tokens
    return next((a for a in pool if w + 1 < len(toks) and toks[w + 1].start <= a.start < toks[w + 1].end), None)


TARGET_NOUNS = frozenset(normalize_word(w) for w in (
    "مركز مركزا مقر مقرا حاجز حاجزا دورية نقطة موكب موكبا قافلة ثكنة مبنى حافلة منزل منزلا مكتب مكتبا "
    "معسكر معسكرا قاعدة").split())


def owner_of_target(doc: Document, a: Actor) -> bool:
    """``استهدف مركزا للشرطة``: a party after ل that owns the place or convoy struck is what was hit, not the
    attacker a passive swap would make of it (round 18a)."""
    toks = doc.tokens
    i = tok_of(doc, a)
    own_l = toks[i].start < a.start or toks[i].norm.startswith("لل") or toks[i].norm[:1] == "ل"
    return own_l and i >= 1 and strip_al(toks[i - 1].norm) in TARGET_NOUNS | {strip_al(w) for w in TARGET_NOUNS}


VICTIM_ACT_NOUNS = frozenset(normalize_word(w) for w in (
    "اغتيال واغتيال مقتل ومقتل قتل استهداف اختطاف خطف اعتقال احتجاز إعدام اعدام تصفية").split())


def victim_of_condemned_act(doc: Document, r: Actor) -> bool:
    """The recipient is the genitive of a killing or abduction noun (اغتيال النائب العام، مقتل جنود مصريين)."""
    i = tok_of(doc, r)
    return i > 0 and doc.tokens[i - 1].norm in VICTIM_ACT_NOUNS


# ---- session 14: the victims of the act a condemnation or a demand is about ----

VICTIM_BLIND_TYPES = frozenset(("ACCUSE", "REQUEST"))

VICTIM_NOUNS = VICTIM_ACT_NOUNS | words("arguments", "victim_nouns")

ATTACK_NOUNS = words("arguments", "attack_nouns")


def victims_dropped(doc: Document, m: TriggerMatch, recipient: list[Actor], res: Arguments) -> list[Actor]:
    """``أدان جريمة استشهاد طفل فلسطيني``، ``الجريمة التي أدت إلى استشهاد الطفل``، ``دعت إلى الرد على مقتل طفل``:
    a party in construct after a death noun, whatever frame found it, was hit by the act spoken of; it is neither
    the one accused nor the one addressed. A condemnation then accuses the doer named after an attack noun or
    "by the hands of" further on (``إثر استهداف المستوطنين لمنزلهم``، ``بأيدي مستوطنين``), as the news conventions
    leave it empty when no doer is named."""
    toks = doc.tokens
    victims = [r for r in recipient if r.start >= m.end and tok_of(doc, r) > 0 and
               toks[tok_of(doc, r) - 1].norm in VICTIM_NOUNS]
    if not victims:
        return recipient
    res.rules.append(f"recipient:victim-of-act-spoken-of={victims[0].text}")
    kept = [r for r in recipient if all(r is not v for v in victims)]
    if kept or m.pattern.type != "ACCUSE":
        return kept
    doer = _doer_after_victims(doc, m, max(tok_of(doc, v) for v in victims), res)
    return [doer] if doer is not None else []


def _doer_after_victims(doc: Document, m: TriggerMatch, k0: int, res: Arguments) -> Optional[Actor]:
    """The party right after an attack noun (استهداف المستوطنين) or after ``بأيدي``/``على يد`` (with a fighters' head
    noun at most between) later in the sentence, with a country other than the accuser's."""
    toks = doc.tokens
    _, hi = sentence_tokens(doc, m)
    own = {a.country for a in res.actor if a.country}
    sent = doc.sentences[m.sentence]
    actors = [a for a in actors_in(doc, sent.start, sent.end) if a.start > toks[k0].end]
    for a in actors:
        j = tok_of(doc, a)
        if j >= hi:
            break
        prev = [toks[x].norm for x in range(max(k0 + 1, j - 3), j)]
        if not prev or not (prev[-1] in ATTACK_NOUNS or by_hands_of(prev)):
            continue
        if a.country and a.country not in own and not is_generic(a):
            res.rules.append(f"recipient:doer-of-act-spoken-of={a.text}")
            return a
        return None
    return None


# ---- session 27: a condemned attack whose doer is not named ----

CONDEMNED_ATTACK_HEADS = words("arguments", "condemned_attack_heads")
CONDEMNED_ATTACK_REACH = 25  # "دان أعضاء مجلس الأمن الدولي ... في بيان صدر عن المجلس ... بأقسى العبارات التفجير"
_CLAUSE_ENDS = frozenset(".!?؟:؛;")


def condemned_attack_doer(doc: Document, ev) -> None:
    """``استنكرت باكستان الهجوم الإرهابي الذي استهدف مسجدا``، ``دان أعضاء مجلس الأمن الدولي بالأمم المتحدة ...
    التفجير``: a condemnation (CAMEO 111) of an attack accuses a doer named after the attack noun (الذي نفذه X، على
    يد X). A party of the accuser's own country or of none before it (the subject's own body, title or name) or one
    outside the sentence (brought by a merged report of another condemnation) is no accused: the news gold leaves
    the side empty when the doer is not named. Run after merging, on the merged event."""
    if not ev.recipient:
        return
    attack = _condemned_attack(doc, ev)
    if attack is None:
        return
    own = {a.country for a in ev.actor}
    # a report that found its own recipient keeps the one its merge chose (a doer named again elsewhere)
    found = any(x.startswith("arguments:") and "recipient:" in x for x in ev.explanation)
    kept = [r for r in ev.recipient if (found or ev.sentence.start <= r.start < ev.sentence.end) and
            (r.start > attack.start or r.country and r.country not in own)]
    if len(kept) < len(ev.recipient):
        ev.explanation.append(f"recipient: the condemned attack {attack.text!r} names no doer before it; dropped "
                              + ", ".join(repr(r.text) for r in ev.recipient if all(r is not x for x in kept)))
        ev.recipient = kept


def _condemned_attack(doc: Document, ev):
    """The token of the attack noun a condemnation (ACCUSE, CAMEO 111) is about: the first one after its trigger
    in the clause, or None."""
    if ev.type != "ACCUSE" or not (ev.cameo or "").startswith("111"):
        return None
    toks = doc.tokens
    lo = token_at(doc, ev.trigger.end - 1, 0, len(toks)) + 1
    for k in range(lo, min(len(toks), lo + CONDEMNED_ATTACK_REACH)):
        if toks[k].start >= ev.sentence.end or toks[k].is_punct and toks[k].norm in _CLAUSE_ENDS:
            return None
        if any(f in CONDEMNED_ATTACK_HEADS for f in peel_forms(toks[k].norm, preps="بل", lil=True, article=True,
                                                               accusative=True)):
            return toks[k]
    return None


def condemners_apart(doc: Document, ev) -> list:
    """``أدانت الحكومتان الألمانية والإسبانية التفجير``، ``أدانت منظمة التعاون الإسلامي والولايات المتحدة الهجوم``:
    states condemning an attack whose doer is not named each make their own statement, as the news gold codes it
    (one ACCUSE per condemning country, like condolence cables); ``ev`` then stands for the first country and the
    copies returned for the others. A condemnation accusing someone stays one joint act."""
    countries = list(dict.fromkeys(a.country for a in ev.actor if a.country))
    if ev.recipient or len(countries) < 2 or _condemned_attack(doc, ev) is None:
        return []
    groups = [[a for a in ev.actor if a.country == c] for c in countries]
    groups[0] += [a for a in ev.actor if not a.country]
    note = "actor: each condemning country makes its own statement (" + ", ".join(countries) + ")"
    copies = [derived_event(ev, g[0].country, note, actor=g) for g in groups[1:]]
    ev.actor = groups[0]
    ev.explanation.append(note)
    return copies

"""Who did it to whom: actor and recipient of a trigger, from the actor mentions around it (``doc.actors``).

Rules, in order: attribution (``قال X إن ...``: the speaker is the actor of the utterance only, unless the
complement's subject is the speaker himself: ``إنه/إنها ...``); the clause is cut at the complementizer and
at a later speech verb. The subject is an actor inside a frame's gap (``أجرى [X] اتصالا``), else the VSO
subject right after the verb, else the nearest actor before it. ``من قبل`` / relative ``شنه X`` give the agent;
the passive and patient verbs (تعرض، أصيب) turn the subject into the recipient. The recipient follows one of
مع، ب، إلى، ل، على، ضد، بحق، عن، لدى، من or is the verb's direct object. ``X و Y`` coordinates; ``بين X و Y``
makes both actors.

News structures: the VSO subject may follow a date/place adverbial or an unknown name set off by a comma
(``رحبت فلانة، وزيرة ...``); a verb joined by و mid-sentence keeps the first verb's subject (REQUEST/CONSULT);
an elided subject continues the clause's topic (its first free actor), not the nearest noun; a verbal noun's
genitive is its agent (زيارة الرئيس، هجوم الحوثيين), except after ل/ب (للقاء X: X is the one met); actors in
``في مقر X`` are places and ``تابعة لـ X`` owners; the perpetrator of a condemned act (من قبل X) is the
recipient; relations "بين بلاده و Y" give Y; a countryless person takes an apposed title's actor; a bare state
body takes the one country its sentence speaks of; a nisba adjective (التفجير الإرهابي) is no actor.

Received calls: "تلقى X ... اتصالا من Y" makes Y the caller (actor) and what Y said "فيه/خلاله" Y's acts. Also:
a delegation "وفد من X" stands for X; "وكان N في X قد" gives X; an unvocalized "وقتل X" with no object is a
passive (the agent of "هجوم شنه Y" did it); shells "أطلقت من X"; a nationality on the trigger's own phrase
(طائرة مساعدات إماراتية) or a carrier's owner (تابعة لـ X); nouns in a relative clause after the object, and the
target of a condemned attack (أدان الاعتداء على X), are no recipients; a protest naming no protesters held "في" a
place of the sentence's one country is by its people; "نقلت الوكالة عن X قوله إن": X speaks; a masculine إنه
after a feminine speech verb is the expletive "it is that", not the speaker's own act; a headline "X يلتقي Y" is SVO.

Round 4: a countryless local party (قوات النظام، المعارضة، المقاومة، الفصائل، الميليشيات) takes its sentence's one
country, else that of the nearest earlier sentence speaking of one; "قال X لـ Y إنهم ..." makes Y (not a news
outlet) the recipient of the speaker's own stated act, and Y's country is not the unnamed speaker's; "البلد العضو
في X" is the member country named before; no object beyond "، حذرت ..." (a glued headline), لكن or بينما, and no
subject looked for before في حين / بينما; a deputy, adviser or relative in construct (نائبة وزير X، والد X) speaks
for X's side, and a name set off by commas after it leaves the next noun as the object; the people of a place
(من مواطني X، على سكان X) are X's country; "انتشار لقوات X": X deployed; a frame ending in its preposition
(أمام) takes the noun after it; the genitive of a giving noun (وافق على منح X) is the one given to.

Round 5: a name in quotation marks («حماس») stands where the quoted phrase stands (distances and the preposition
are counted from the opening mark); the nationality adjective on the object of a praise, welcome, meeting or
agreement (رحب بالمبادرة الفرنسية) names the other party when no other one is named.

Layout (session 21): this module keeps ``assign``, the order the rules run in, and the rules only it calls; the
rest live by concern in ``speech_clauses`` (speech verbs and the clause region), ``argument_clues`` (the
``Arguments`` record and the clues all rules share), ``context_countries`` (the sentence's one country),
``verb_subjects``, ``object_recipients``, ``attack_roles``, ``meeting_guests`` and ``statement_parties``.
"""
from __future__ import annotations

import re
from dataclasses import replace
from typing import Optional

from hadath.document import Actor, Document
from hadath.events import victim_parties
from hadath.events.argument_clues import (ACCUSED_TYPES, Arguments, CONFRONT_TYPES, COUNT_WORDS, DAY_WORDS, DEFINITE,
                                          FORCE_HEADS, GROUP_HEADS, MEMBER_NOUNS, OPEN_QUOTES, PASSIVE_AUX,
                                          RECIPROCAL_TYPES, RECIP_PREPS, SIGNING_CODES, TRANSFER_TYPES, actors_in,
                                          after_owner_word, coordinated_group, merge_adjacent, nisba_countries,
                                          prep_before, sentence_tokens, tok_of, victim_noun)
from hadath.events.attack_roles import (DEATH_WORDS, STRIKE_NOUNS, VICTIM_ACT_NOUNS, VICTIM_BLIND_TYPES, VICTIM_NOUNS,
                                        agent_of_act_noun, agent_of_deadly_operation, announced_victims,
                                        claimant_of_attack, coordinated_after_place, count_is_object_of_svo,
                                        count_patient, counted_party, exchanged_attack, fired_from,
                                        hit_before_act_noun, is_consequence_verb, launcher_of_weapon, origin_territory,
                                        owner_of_target, place_adjective, raw_passive_alqi, struck_place,
                                        struck_place_after, subject_of_complement, svo_victims,
                                        target_hit_with_victims, territory_of, victim_of_condemned_act, victim_subject,
                                        victims_dropped, when_attacker)
from hadath.events.context_countries import (STATE_SECTORS, article_country, implied_people, is_domestic_party,
                                             sentence_country, with_context_country)
from hadath.events.doc_index import token_at
from hadath.events.force_parties import airspace_owner, forces_in_trigger, sender_before
from hadath.events.meeting_guests import (HOME_HOSTING_PATTERNS, HOSTING_PATTERNS, call_roles, guest_after_adverbial,
                                          guest_after_semicolon, guest_list, host_at_home, received_relative)
from hadath.events.object_recipients import (COLLECTIVE_ADDRESSEES, RELATION_TYPES, attributive, condemned_perpetrator,
                                             find_recipient, object_after_relative, owner_of_attack_noun,
                                             prefer_specific, relations_partner)
from hadath.events.partitive_parties import MEMBER_HEADS as PARTY_MEMBER_HEADS
from hadath.events.partitive_parties import (counted_victims_party, is_generic, name_partitive_parties,
                                             names_victim_act, party_behind)
from hadath.events.relative_clauses import (PREP_PRONOUNS, RELATIVES, STANCE_ACCORD_NOUNS, doer_named, is_accord_noun,
                                            points_back, subject_after)
from hadath.events.speech_clauses import COMPLEMENTIZERS, QUOTED, clause_region, is_noun_trigger, verb_triggers
from hadath.events.statement_parties import (RESPONSIBLE_VERBS, TOPIC_PREPS, accused_party, counterpart_in_frame,
                                             court_referral, holder_of_responsibility, joined_description,
                                             named_addressee, protesters_of_state, speaker_as_pronoun_object,
                                             speaker_resumes, subject_after_destination)
from hadath.events.triggers import TriggerMatch
from hadath.events.verb_subjects import (ARMED_SECTORS, FORCE_SECTORS, HOSTED_OPENERS, PASSIVE_PRONE_TYPES, find_agent,
                                         find_subject, initial_verb_subject, released_topic, semicolon_subject)
from hadath.events.wordlists import words
from hadath.text.normalize import normalize_word
from hadath.events.speech_clauses import is_speech, note_verb_triggers  # noqa: F401 (stage.py imports them from here)


AUX_REACH = 4  # "تم، الأحد، ترحيل": a day word between commas may part تم from its verbal noun


def _passive_aux_before(toks, k: int, first: int) -> bool:
    """تم / جرى right before token k, or parted from it only by punctuation and day words (تم، الأحد، ترحيل)."""
    for j in range(k - 1, max(first, k - 1 - AUX_REACH) - 1, -1):
        if toks[j].norm in PASSIVE_AUX:
            return True
        if not (toks[j].is_punct or toks[j].norm in DAY_WORDS):
            return False
    return False


def _dedupe(actors: list[Actor]) -> list[Actor]:
    seen, out = set(), []
    for a in actors:
        key = (a.start, a.end, a.country)  # a dual or group mention stands for several parties
        if key not in seen:
            seen.add(key)
            out.append(a)
    return out


def _apposed(doc: Document, actors: list[Actor], pool: list[Actor], res: Arguments) -> list[Actor]:
    """``الرئيس الحسن واتارا رئيس جمهورية كوت ديفوار``: a person with no country followed (within three words)
    by a title with one takes that title's actor."""
    out = []
    for a in actors:
        if not a.country and a.kind in ("person", "title"):
            nxt = [b for b in pool if b.start >= a.end and b.country and b.kind in ("person", "title") and
                   len(doc.text[a.end:b.start].split()) <= 3 and not any(c in doc.text[a.end:b.start] for c in ".:؛")]
            if nxt and prep_before(doc, nxt[0], 0) is None:
                res.rules.append(f"apposition:{a.text}->{nxt[0].text}")
                out.append(nxt[0])
                continue
        out.append(a)
    return out


BETWEEN = frozenset(normalize_word(w) for w in ("بين", "وبين"))
# a preposition between the trigger and بين hangs the بين phrase on another noun ("دليلا على عمق العلاقات بين X و Y")
BETWEEN_BLOCKERS = words("arguments", "noun_link_preps")


def _between_frame(doc: Document, m: TriggerMatch, after: list[Actor], first: int, free: bool) -> Optional[list]:
    """``(اتصال هاتفي جرى) بين (الرئيسين) X و Y``: the parties named after بين, near the trigger. A verb with its
    own subject (``بحث X ... العلاقات بين البلدين``) keeps it; a noun or a subjectless verb takes the بين parties."""
    toks = doc.tokens
    if not free:
        return None
    for a in after:
        j = tok_of(doc, a)
        if j - m.last > 6:
            return None
        k = next((k for k in range(j - 1, max(first, j - 4) - 1, -1) if toks[k].norm in BETWEEN), None)
        if k is not None and k >= m.last and all(not toks[x].is_punct for x in range(k, j)) and \
                not any(toks[x].norm in BETWEEN_BLOCKERS for x in range(m.last + 1, k)) and \
                not any(b is not a and k < tok_of(doc, b) < j for b in after):
            group = coordinated_group(doc, a, after)
            if len(group) > 1:
                return group
        if prep_before(doc, a, m.last + 1) is None:
            return None
    return None


def _split_parties(group: list[Actor]) -> tuple[list[Actor], list[Actor]]:
    """Coordinated parties of a reciprocal act (اتفقت السعودية ومصر، بين X و Y): the first conjunct (and any other
    mention of its country) is the actor, the others the recipients; one country stays one side."""
    head = group[0]
    if not head.country or len({a.country for a in group if a.country}) < 2:
        return group, []
    side = {a.country for a in group if (a.start, a.end) == (head.start, head.end)}  # a group mention: one side,
    if all((a.start, a.end) == (head.start, head.end) for a in group):
        side = {head.country}  # unless it is alone: "وقعت الكوريتان" are the two parties
    actor = [a for a in group if a.country in side]
    return actor, [a for a in group if a.country not in side]


def _enclose_quotes(doc: Document, pool: list[Actor], res: Arguments) -> list[Actor]:
    """``اتهمت «حماس» إسرائيل``، ``شنه «داعش»``: a name set in quotation marks stands where the quoted phrase
    stands, so word distances and the preposition before it are counted from the opening mark; the mention is
    given back its own span once the roles are chosen (``_unquote``)."""
    toks = doc.tokens
    out = []
    for a in pool:
        i = tok_of(doc, a)
        if not (0 < i < len(toks) and toks[i - 1].norm in OPEN_QUOTES):  # no opening mark before: the test fails
            out.append(a)
            continue
        j = token_at(doc, a.end - 1, 0, len(toks))
        if 0 < i and j + 1 < len(toks) and toks[i].start == a.start and toks[j].end == a.end and \
                toks[i - 1].norm in OPEN_QUOTES and toks[j + 1].norm in CLOSE_QUOTES:
            lo, hi = toks[i - 1].start, toks[j + 1].end
            res.quoted[(lo, hi)] = (a.start, a.end)
            a = replace(a, text=doc.text[lo:hi], start=lo, end=hi)
        out.append(a)
    return out


CLOSE_QUOTES = frozenset('"»”')


def _unquote(doc: Document, actors: list[Actor], res: Arguments) -> list[Actor]:
    """The mentions of a role with their own spans again (without the quotation marks around them)."""
    out = []
    for a in actors:
        span = res.quoted.get((a.start, a.end))
        out.append(replace(a, text=doc.text[span[0]:span[1]], start=span[0], end=span[1]) if span else a)
    return out


def assign(doc: Document, m: TriggerMatch) -> Arguments:
    """Actor and recipient of the trigger (see the module docstring for the rules)."""
    res = _assign(doc, m)
    if res.quoted:
        res.actor, res.recipient = _unquote(doc, res.actor, res), _unquote(doc, res.recipient, res)
    return res


def _counted(doc: Document, a: Actor) -> bool:
    """A mention right after a number or a count word (13 مسلحا، خمسة جنود، عشرات المسلحين)."""
    i = tok_of(doc, a)
    return i > 0 and (doc.tokens[i - 1].norm.isdigit() or doc.tokens[i - 1].norm in COUNT_WORDS)


def _partitive_actor(doc: Document, m: TriggerMatch, actor: list[Actor], pool: list[Actor],
                     res: Arguments) -> list[Actor]:
    """The actor named by a partitive من (مسلحون من جماعة X هاجموا). Before a clash or attack noun, counted men of a
    named party (قتل 13 مسلحا من X في مواجهات) are the casualties a passive verb reported, not the noun's actor."""
    if is_noun_trigger(m):
        casualties = [a for a in actor if _counted(doc, a) and party_behind(doc, a, pool) is not None]
        if casualties:
            res.rules.append(f"partitive-casualties-not-actor={casualties[0].text}")
        return [a for a in actor if all(a is not c for c in casualties)]
    return name_partitive_parties(doc, actor, pool, res.rules)


LED_BY = frozenset(normalize_word(w) for w in "بقيادة وبقيادة".split())


def _leader_of_coalition(doc: Document, a: Actor, pool: list[Actor]) -> bool:
    """``التحالف العربي بقيادة السعودية``، ``قوات التحالف الدولي بقيادة الولايات المتحدة``: the state leading a
    countryless coalition right before it describes the coalition; the coalition is the party (the news gold codes
    it with no country)."""
    toks = doc.tokens
    i = tok_of(doc, a)
    if i < 2 or toks[i - 1].norm not in LED_BY:
        return False
    return any(b.kind in ("igo", "group", "body") and not b.country and
               token_at(doc, b.end - 1, 0, len(toks)) == i - 2 for b in pool)


_LED_COALITION = re.compile(r"(?:^|\s)(?:ال)?تحالف(?:\s+\S+)?\s+(?:الذي\s+)?[تي]قوده\s")


def _coalition_led_by_relative(a: Actor) -> Actor:
    """``مقاتلات التحالف الذي تقوده السعودية``، ``تحالف تقوده الولايات المتحدة``: one mention naming the coalition
    by the state that leads it is the coalition, which the news gold codes with no country, as after بقيادة
    (round 18a)."""
    if a.country and _LED_COALITION.search(normalize_word(a.text) + " "):
        return replace(a, country=None)
    return a


def _subject_set_off_by_commas(doc: Document, m: TriggerMatch, r: Actor, pool: list[Actor],
                               end: int) -> Optional[list[Actor]]:
    """``دعا وزير حقوق الإنسان اليمني، عز الدين الأصبحي، مفوض الأمم المتحدة``: a verb followed by a title the
    lexicon does not know, then a name set off by commas, then the object: the name is the subject. Returns the
    object (possibly empty) when the frame holds, else None (round 18a)."""
    toks = doc.tokens
    if not m.head_tag or m.head_tag == "pass" or "noverb" in m.pattern.roles:
        return None
    i, j = tok_of(doc, r), token_at(doc, r.end - 1, 0, len(toks))
    if i < 1 or j + 1 >= min(end, len(toks)) or toks[i - 1].text not in ("،", ",") or \
            toks[j + 1].text not in ("،", ","):
        return None
    title = list(range(m.last + 1, i - 1))
    if not 1 <= len(title) <= 6 or any(toks[k].is_punct for k in title) or \
            any(a.start < r.start and a.end > toks[m.last].end and not is_generic(a) for a in pool if a is not r):
        return None
    obj = next((a for a in pool if a.start > r.end and tok_of(doc, a) - (j + 1) <= 4), None)
    if obj is None or prep_before(doc, obj, j + 2) is not None:
        return []
    return [obj]


WHAT = frozenset(normalize_word(w) for w in "ما بما لما".split())

DOING_AUX = frozenset(normalize_word(w) for w in "تقوم يقوم قامت قام ستقوم سيقوم".split())


def _doer_of_object_act(doc: Document, m: TriggerMatch, end: int, res: Arguments) -> list[Actor]:
    """``رفض X ما تردده إدارة أوباما``، ``انتقدت X الزيارة التي من المزمع أن تقوم بها موغيريني``: the one who says
    what is rejected (ما + a verb whose pronoun points back), or who makes the visit or step criticised (التي ...
    تقوم بها Y), is the recipient of the stance (round 18a)."""
    toks = doc.tokens
    own = {a.country for a in res.actor if a.country}
    spans = {(a.start, a.end) for a in res.actor}
    hi = min(end, len(toks), m.last + 28)
    pool = [a for a in merge_adjacent(doc, actors_in(doc, toks[m.last].end, toks[hi - 1].end))
            if (a.start, a.end) not in spans and a.country]
    for k in range(m.last + 1, hi - 1):
        if toks[k].is_punct and toks[k].text not in ("،", ","):
            return []
        n, nxt = toks[k].norm, toks[k + 1].norm
        doer = None
        if n in WHAT and len(nxt) >= 4 and nxt.endswith(("ه", "ها")) and not toks[k + 1].is_punct and \
                nxt not in PREP_PRONOUNS:
            doer = k + 2  # ما تردده Y
        elif n in RELATIVES:
            v = next((j for j in range(k + 1, min(hi - 1, k + 6)) if toks[j].norm in DOING_AUX and
                      toks[j + 1].norm in ("بها", "به")), None)
            if v is not None:
                doer = v + 2  # التي (من المزمع أن) تقوم بها Y
        if doer is None:
            continue
        a = next((a for a in pool if tok_of(doc, a) >= doer), None)
        if a is not None and (tok_of(doc, a) - doer > 7 or any(toks[j].is_punct for j in range(doer, tok_of(doc, a)))):
            a = None  # the doer is the first party after the verb, a title of a few words before it at most
        if a is not None and a.country not in own:
            res.rules.append(f"recipient:doer-of-object-act={a.text}")
            return [a]
        return []
    return []


OBJECT_PRONOUN_WORDS = frozenset(normalize_word(w) for w in "إياه إياها إياهم إياهما إياهن".split())


def antecedent_of_object_pronoun(doc: Document, m: TriggerMatch, actor: list[Actor]) -> list[Actor]:
    """``خطف مقاتلين سوريين ...، متهمة إياهم بالتعاون``: the one a trigger's separate object pronoun (إياه، إياهم)
    points back to is the nearest party before it in the sentence that is not the actor and not governed by a
    preposition (round 18a)."""
    toks = doc.tokens
    if not any(toks[k].norm in OBJECT_PRONOUN_WORDS for k in range(m.first, min(len(toks), m.last + 3))):
        return []
    sent = doc.sentences[m.sentence]
    lo = sent.token_start
    spans = {(a.start, a.end) for a in actor}
    for a in reversed(merge_adjacent(doc, actors_in(doc, toks[lo].start, m.start))):
        if a.end > m.start or (a.start, a.end) in spans or is_generic(a) or not a.country:
            continue
        if prep_before(doc, a, lo) is not None:
            continue
        return [a]
    return []


RETAKE_WORDS = frozenset(normalize_word(w) for w in (
    "استعادة لاستعادة واستعادة استعاد استعادت واستعاد واستعادت تستعيد يستعيد تحرير لتحرير وتحرير حرر حررت "
    "انتزاع لانتزاع انتزع انتزعت استرجاع لاسترجاع استرداد لاسترداد").split())

_RETAKE_STOPS = frozenset(".!?؟:؛;")


def _retaken_from(doc: Document, m: TriggerMatch, pool: list[Actor], end: int) -> list[Actor]:
    """``شنت X هجوما لاستعادة قاعدة العند، من المتمردين الحوثيين``: the side a place is retaken from (``من Y``
    after a retaking word at or after the attack) is the one attacked (round 18a)."""
    toks = doc.tokens
    hi = min(end, len(toks))
    r = next((k for k in range(m.first, min(hi, m.last + 4)) if toks[k].norm in RETAKE_WORDS), None)
    if r is None:
        return []
    for k in range(r + 1, min(hi, r + 14)):
        if toks[k].is_punct and toks[k].text in _RETAKE_STOPS:
            return []
        if toks[k].norm not in ("من", "ومن") or (k + 1 < hi and toks[k + 1].norm in ("قبل", "بينها", "بينهم", "جديد")):
            continue
        a = next((a for a in pool if k < tok_of(doc, a) <= k + 2 and a.start >= toks[k].end), None)
        if a is not None and (a.country or a.sector in ARMED_SECTORS) and not is_generic(a):
            return [a]
        return []
    return []


def _assign(doc: Document, m: TriggerMatch) -> Arguments:
    toks = doc.tokens
    first, end, speech, comp, self_ref = clause_region(doc, m)
    res = Arguments(region=(first, end))
    raw_lo = toks[first].start if first < len(toks) else m.start
    raw_hi = toks[end - 1].end if end - 1 < len(toks) and end > first else m.end
    pool = _enclose_quotes(doc, merge_adjacent(doc, actors_in(doc, raw_lo, raw_hi)), res)
    pool = [a for a in pool if not _leader_of_coalition(doc, a, pool)]  # "التحالف بقيادة السعودية": the coalition acts
    pool = [_coalition_led_by_relative(a) for a in pool]  # "التحالف الذي تقوده السعودية": likewise
    place_adj = [a for a in pool if m.pattern.type == "ASSAULT" and place_adjective(doc, a, res)]
    pool = [a for a in pool if all(a is not b for b in place_adj)]
    if speech is not None:
        sent = doc.sentences[m.sentence]
        spk = [a for a in actors_in(doc, toks[sent.token_start].start, toks[comp].start)]
        spk_after = [a for a in spk if a.start >= toks[speech].end]
        # "قال حلفاء غربيون لتركيا إنهم": the one addressed (after ل) is not the speaker
        addressed = [a for a in spk_after if prep_before(doc, a, speech + 1) in ("ل", "لـ")]
        if addressed:
            # a newspaper or an agency (قال لصحيفة X، لوكالة Y) reports the statement; it is no party to it
            res.addressee = next((a for a in addressed if a.sector not in NEWS_SECTORS), None)
            spk_after = [a for a in spk_after if all(a is not b for b in addressed)]
            spk = [a for a in spk if all(a is not b for b in addressed)]
        res.speaker = (spk_after or spk or [None])[0]
        if toks[speech].norm in QUOTED:
            quoted = [a for a in spk if a.end <= toks[speech].start]
            res.speaker = quoted[-1] if quoted else None
        res.speech_verb = toks[speech].norm
    pattern = m.pattern
    after = [a for a in pool if a.start >= m.end]
    # an agent mention may start inside a trigger ending in its head noun (برصاص + "رصاص فلسطيني")
    agent = find_agent(doc, m, [a for a in pool if a.start >= m.end or (m.start < a.start < m.end < a.end)],
                        first, res)
    subject = find_subject(doc, m, pool, first, speech, self_ref, res, agent)
    carried = semicolon_subject(doc, m, subject, res)
    if carried is not None:  # "أدان X الهجوم؛ وطالب الحكومة الليبية بـ": X goes on, the government is the object
        subject = carried
        pool = sorted(pool + [carried], key=lambda a: a.start)
    if speaker_resumes(doc, m, speech, subject, res):
        subject = res.speaker  # "قال كيري إن مصر دفعت ثمنا باهظا،وأدان اغتيال ...": Kerry condemned
        res.rules.append("subject:speaker-resumes")
    if "host" in m.pattern.roles and res.speaker is not None and subject is not res.speaker and \
            any(toks[k].norm in HOSTED_OPENERS for k in range(max(first, m.first - 3), m.first)):
        subject = res.speaker  # "قال X إن ...، وذلك على هامش مؤتمر صحفي جمعه مع Y": X held it, not the clause's subject
        res.rules.append("subject:speaker-hosts-it")
    if subject is not None and is_consequence_verb(doc, m) and subject.sector not in ARMED_SECTORS and \
            res.rules and res.rules[-1] in ("subject:clause-subject", "subject:before"):
        res.rules.append(f"consequence-not-subject:{subject.text}")  # "دان X التفجير ... وأسفر عن مقتل"
        subject = None
    if subject is not None and announced_victims(doc, m, subject, res):
        subject = None  # "أعلن الجيش التركي مقتل ثلاثة جنود": the one announcing the deaths did not kill
    hit_subject = subject if subject is not None and hit_before_act_noun(doc, m, subject, res) else None
    if hit_subject is not None:
        subject = None  # "ثلاثة جنود سعوديين أصيبوا في هجوم": those hurt, not the attackers
    if subject is not None and hit_subject is None and released_topic(doc, m, subject, res):
        hit_subject, subject = subject, None  # "إن فرنسية خطفت ... أطلق سراحها": she was released
        res.rules.append("passive:released-topic")
    active_verb = m.head_tag in ("perf", "impf", "juss") and "patient" not in pattern.roles
    if agent is not None and active_verb and subject is not None and \
            any(r in res.rules for r in ("subject:vso", "subject:in-frame", "subject:speaker-own-act")) and \
            tok_of(doc, agent) - token_at(doc, subject.end - 1, 0, len(toks)) > 3:
        res.rules.append("agent:ignored-active-verb")  # من قبل belongs to a noun after the verb
        agent = None

    # "قالت الشرطة إنه قتل 5": a masculine إنه after a feminine speech verb is the expletive "it is that"
    expletive = speech is not None and toks[speech].norm.endswith("ت") and toks[comp].norm.endswith("ه")
    own_act = "subject:speaker-own-act" in res.rules and self_ref and not expletive
    passive = m.head_tag == "pass" or "patient" in pattern.roles
    if m.head_tag == "pass" and toks[m.first].enclitics and "patient" not in pattern.roles:
        passive = False
        res.rules.append("active:object-pronoun")
    elif m.head_tag == "pass" and "patient" not in pattern.roles and "subject:speaker-own-act" in res.rules and \
            subject is not None and not is_generic(subject) and (own_act or not count_patient(doc, m)):
        passive = False  # "قال الحلف إنه قتل عددا من ...": the speaker's own act, in the active
        res.rules.append("active:speaker-own-act")
    if passive and "subject:vso-instrument-of" in res.rules and "patient" not in pattern.roles:
        passive = False  # "قتل رصاص الجيش فلسطينيا": fire does the killing, the verb is active
        res.rules.append("active:instrument-subject")
    if m.first > first and _passive_aux_before(toks, m.first, first):
        passive = True
        res.rules.append("passive:تم")
    if count_patient(doc, m) and not own_act and not count_is_object_of_svo(res) and \
            not subject_of_complement(doc, m, subject):
        passive = True  # ("أعلن الجيش أنه اعتقل خمسة مسلحين": the speaker's own act takes the count as object)
        res.rules.append("passive:verb-then-count")
    if raw_passive_alqi(doc, m):
        passive = True
        res.rules.append("passive:ألقي-القبض")
    if passive and "passive:تم" in res.rules and subject is not None and subject is res.speaker and \
            "subject:speaker-own-act" in res.rules:
        if pattern.type in PASSIVE_PRONE_TYPES and subject.sector in FORCE_SECTORS and agent is None and \
                pattern.mode != "abduct":  # "قالت الشرطة إنه تم اختطاف ضابط": the police do not kidnap
            agent = subject  # "أعلنت الشرطة أنه تم القبض على X": the police report their own arrest
            res.rules.append("passive:تم-by-the-speaker")
        else:
            res.rules.append("passive:تم-not-the-speaker")
        subject = None  # "قال مصدر إنه تم القبض على X": the one reporting the arrest is not the one arrested
    if passive and expletive and subject is res.speaker and "subject:speaker-own-act" in res.rules:
        subject = None  # "قالت الشرطة إنه قتل 5 أشخاص": the speaker reports the killing, it is not its victim
        res.rules.append("passive:expletive-not-the-speaker")

    call = call_roles(doc, m, res)
    if call is not None:
        res.actor = call[0]
        if call[1]:
            res.recipient = call[1]
            return res
        recipient, _ = find_recipient(doc, m, pool, [], {id(a) for a in res.actor}, res)
        res.recipient = _not_self(res.actor, prefer_specific(
            [a for a in recipient if a.country not in {x.country for x in res.actor} or not a.country], res), res)
        return res
    received = received_relative(doc, m, after, end)
    if received is not None:
        res.actor, res.recipient = received
        res.rules.append("received:تلقاه-X-من-Y")
        return res
    # the bayna frame: بين X و Y -> the first party is the actor, the others the recipients
    # (a verb with its own subject, even before it, keeps it: "الجامعة تحتج على مفاوضات بين X و Y")
    between = _between_frame(doc, m, after, first, subject is None or
                             not (any(r in res.rules for r in ("subject:vso", "subject:in-frame")) or
                                  m.head_tag in ("perf", "impf", "juss")))
    if between is not None:
        res.actor, res.recipient = _split_parties(between)
        res.rules.append("actors:بين")
        return res

    subj_group = coordinated_group(doc, subject, pool, allied=pattern.type in ("ASSAULT", "COERCE")) \
        if subject is not None else []
    taken = {id(a) for a in subj_group}
    if agent is not None:
        taken.add(id(agent))
    recipient, from_actor = find_recipient(doc, m, pool, subj_group, taken, res)
    if subject is None and not passive and agent is None and recipient and \
            initial_verb_subject(doc, m, pool, first, recipient[0], res):
        subj_group = coordinated_group(doc, recipient[0], pool)
        taken |= {id(a) for a in subj_group}
        res.rules[-1] = "subject:clause-initial-verb"  # it was read as the object only for its distance
        recipient, from_actor = find_recipient(doc, m, pool, subj_group, taken, res)
    if subject is None and not passive and agent is None and recipient and pattern.type == "CONSULT" and \
            res.rules[-1:] in (["recipient:prep-الي"], ["recipient:prep-الى"]) and \
            subject_after_destination(doc, m, first, recipient[0]):
        subj_group, recipient = recipient, []  # "وصل إلى القاهرة أمير دولة الكويت": the visitor follows the city
        res.rules[-1] = "subject:after-destination"
    actor = subj_group
    if res.subject_body is not None and len(actor) == 1 and actor[0].country is None:
        actor = [replace(actor[0], country=res.subject_body.country, sector=res.subject_body.sector)]
        res.rules.append(f"actor:body-of-office={res.subject_body.text}")
    if "from" in pattern.roles and from_actor is None and pattern.type in TRANSFER_TYPES:
        from_actor = _supplier_place(doc, m, [x.country for x in subj_group + recipient], res)
    if "from" in pattern.roles and from_actor is not None:
        recipient, actor = (subj_group or recipient), [from_actor]
        res.rules.append("actor:from-من")
    if agent is not None:
        if actor and not recipient:
            recipient = actor
        actor = [agent]
        passive = True
    elif passive and actor and "passive:verb-then-count" in res.rules and agent_of_act_noun(doc, actor[0], m):
        res.rules.append("passive:agent-of-act-noun")  # "قتل 12 ... خلال هجوم قوات X": X's act hit the count
    elif passive and not actor and recipient and "passive:verb-then-count" in res.rules and \
            agent_of_act_noun(doc, recipient[0], m):
        actor, recipient = recipient, []
        res.rules.append("passive:agent-of-act-noun")
    elif passive and actor and "subject:trigger-phrase-nationality" in res.rules and pattern.type in ("ASSAULT", "AID"):
        res.rules.append("passive:strike-nationality-stays-actor")  # "قتلوا في غارات أمريكية": the US struck
    elif passive and actor:
        if not recipient and "passive:تم" not in res.rules and victim_parties.counted_people_after_subject(doc, actor):
            res.rules.append("active:counted-people-after-subject")  # "اختطف تنظيم داعش أكثر من 30 من أبناء X"
        elif not recipient:
            recipient, actor = actor, []
            res.rules.append("passive:subject-is-recipient")
        elif target_hit_with_victims(pattern, res):
            actor, recipient = [], actor
            res.rules.append("passive:target-is-hit-not-agent")
        elif "passive:تم" not in res.rules and victim_parties.counted_object_after_subject(doc, actor, recipient):
            res.rules.append("active:counted-object-after-subject")  # "خطف تنظيم داعش نحو 230 مدنيا"
        else:
            actor, recipient = recipient, actor
            res.rules.append("passive:swap")
    if "passive:swap" in res.rules and len(actor) == 1 and pattern.type == "ASSAULT" and owner_of_target(doc, actor[0]):
        # "قتل ستة في تفجير استهدف مركزا للشرطة": the police's post was hit (named victims stay the ones hit:
        # "قتل 14 جنديا أفغانيا في غارة أمريكية على حاجز للجيش")
        actor, recipient = [], [a for a in recipient if not is_generic(a)] or actor
        res.rules.append("passive:owner-of-target-not-agent")
    if not recipient and pattern.type == "ASSAULT" and victim_noun(doc, m):
        inner = [a for a in pool if m.start < a.start < m.end and a.country and all(a is not b for b in actor)]
        if inner:  # "مقتل ثلاثة جنود أتراك": the nationality of the dead named inside the trigger
            recipient = inner[:1]
            res.rules.append("recipient:victims-in-trigger")
    if not actor and pattern.type in ("AID", "ASSAULT"):
        owner = next((a for a in after if tok_of(doc, a) - m.last <= 3 and after_owner_word(doc, tok_of(doc, a), m.last + 1)),
                     None)
        if owner is not None:  # "طائرة مساعدات تابعة للصليب الأحمر": the carrier's owner gave or struck
            actor = [owner]
            recipient = [a for a in recipient if a is not owner]
            res.rules.append("actor:owner-of-carrier")
    if not actor and pattern.type == "ASSAULT":
        origin = fired_from(doc, m, after)
        if origin is not None:  # "سقطت قذائف أطلقت من الجانب اليمني": the side they were fired from
            actor = [origin]
            recipient = [a for a in recipient if a is not origin]
            res.rules.append("actor:fired-from")
    if not actor and pattern.type == "ASSAULT":
        launcher = launcher_of_weapon(doc, m, after, end)
        if launcher is not None:  # "قتل 18 شخصا في سقوط صاروخ أطلقته قوات النظام": who fired it attacked
            actor = [launcher]
            recipient = [a for a in recipient if a is not launcher] or struck_place_after(doc, m, launcher) \
                or struck_place(doc, m, None)
            res.rules.append(f"actor:launcher-of-weapon={launcher.text}")
    if not actor and pattern.type == "ASSAULT":
        origin = origin_territory(doc, m, end, res)
        if origin is not None:  # "سقوط مقذوف من داخل الأراضي اليمنية": the side it came from fired it
            actor = [origin]
            recipient = recipient or struck_place(doc, m, origin)
    if passive and not actor and pattern.type == "COERCE":
        police = next((a for a in pool if a.sector == "COP" and a.country), None)
        if police is not None:  # "وألقي القبض على X بعد تبادل إطلاق النار مع رجال الأمن السعودي": they arrested
            actor = [police]
            recipient = [r for r in recipient if r.sector != "COP"]
            res.rules.append("passive:arrest-by-named-police")
    strikes = [a for a in recipient if a.kind == "asset" and a.country and a.sector == "MIL" and
               normalize_word(a.text).split()[0].lstrip("وب") in STRIKE_NOUNS]
    if pattern.type == "ASSAULT" and strikes and all(is_generic(a) for a in actor):
        actor, recipient = strikes[:1], [a for a in recipient if a is not strikes[0]]
        res.rules.append(f"actor:strike-not-recipient={strikes[0].text}")  # "قتلوا خلال قصف مدفعي سعودي"
    victims = svo_victims(doc, m, pool, first) if pattern.type == "ASSAULT" and \
        all(is_generic(a) for a in recipient) else None
    if victims is not None:  # "260 مقاتلا من حزب X قتلوا خلال الغارات التركية": the subject was killed
        actor = [a for a in actor if (a.start, a.end) != (victims.start, victims.end)]  # a copy of it, too
        recipient, passive = [victims], True
        res.rules.append(f"passive:svo-victims={victims.text}")
    if not recipient and "passive:verb-then-count" in res.rules and pattern.type in ("ASSAULT", "COERCE"):
        counted = counted_party(doc, m, after, {id(a) for a in actor})
        if counted is not None:  # "قتل أمس سبعة من عناصر الشرطة الأفغانية": the police were hit
            recipient = [counted]
            res.rules.append(f"recipient:counted-party={counted.text}")
    if pattern.type == "ASSAULT" and len(recipient) == 1:
        more = coordinated_after_place(doc, recipient[0], pool, end)
        if more is not None:  # "مواقع داعش في سوريا ومتمردي حزب X في شمال العراق": a second target
            recipient = recipient + [more]
            res.rules.append(f"recipient:coordinated-after-place={more.text}")
    if not recipient and pattern.type == "ASSAULT":
        land = territory_of(doc, m, end, res)
        if land is not None:  # "نفذت غارة في الأراضي السورية": the territory's country is hit
            recipient = [land]
    if hit_subject is not None and not recipient:
        recipient = [hit_subject]
    if not actor and pattern.type == "ASSAULT" and victim_noun(doc, m):
        attacker = when_attacker(doc, m, after, end)
        if attacker is not None:  # "مقتل ثلاثة جنود حين فتح عناصر من X النار": X attacked
            actor = [attacker]
            recipient = [a for a in recipient if a is not attacker]
            res.rules.append(f"actor:attacker-of-when-clause={attacker.text}")
    if pattern.type == "ASSAULT" and all(is_generic(a) for a in actor):
        op = agent_of_deadly_operation(doc, m, pool, end)
        if op is not None:  # "لقي X مصرعهم في اشتباكات مع Y"، "قتل X بعملية نفذتها Y": Y did it, X were hit
            agent_of_op, victims = op
            rest = [a for a in recipient if a is not agent_of_op and not is_generic(a)]
            recipient = ([victims] if victims is not None else []) or rest or \
                [a for a in actor if a is not agent_of_op and not is_generic(a)]
            actor = [agent_of_op]
            res.rules.append(f"actor:agent-of-deadly-operation={agent_of_op.text}")
    if pattern.type == "ASSAULT" and (not actor or all(is_generic(a) for a in actor)) and \
            any(toks[k].norm.lstrip("وف").startswith(DEATH_WORDS) for k in range(m.first, m.last + 1)):
        owner = owner_of_attack_noun(doc, m, pool, end)
        if owner is not None:  # "قتل 13 شخصا ... خلال هجوم انتقامي لجماعة X": X's attack killed them
            actor = [owner]
            recipient = [a for a in recipient if a is not owner]
            res.rules.append(f"actor:owner-of-attack-noun={owner.text}")
    if passive and (not actor or all(is_generic(a) for a in actor)) and pattern.type == "ASSAULT":
        # (the strike may start inside a wide trigger: "قتل 9 جنود أمس في [غارة أمريكية]")
        weapon = next((a for a in pool if (a.start >= m.end or m.start < a.start < m.end < a.end) and
                       a.kind == "asset" and a.country and a.sector == "MIL"
                       and tok_of(doc, a) - m.last <= 15 and all(a is not r for r in recipient)), None)
        if weapon is not None:  # "قتل 30 مسلحا خلال الغارات الجوية التركية": the strikes' country did it
            actor = [weapon]
            res.rules.append("passive:agent-is-national-strike")
    if not recipient and actor and victim_subject(doc, m, res):
        perp = condemned_perpetrator(doc, m, after, first, {id(a) for a in actor})
        recipient, actor = actor, (coordinated_group(doc, perp, pool) if perp is not None else [])
        passive = True
        res.rules.append("passive:killed-subject" + ("+perpetrator" if perp is not None else ""))
    elif not recipient and active_verb and pattern.type in CONFRONT_TYPES:
        perp = condemned_perpetrator(doc, m, after, first, {id(a) for a in actor})
        if perp is not None:
            recipient = coordinated_group(doc, perp, pool)
            res.rules.append("recipient:perpetrator-of-object")
    if passive and m.head_tag == "pass" and agent is None and \
            ("subject:vso" in res.rules or "subject:complement-svo" in res.rules or
             "subject:vso-after-adverbial" in res.rules) and \
            "recipient:object" in res.rules and "passive:تم" not in res.rules and \
            "passive:verb-then-count" not in res.rules and \
            not _casualty_verb_joined(doc, m, actor):  # "قتل 8 حوثيين ... خلال تطهير قوات X": the count is hit
        actor, recipient = recipient, actor  # a passive verb takes no direct object: قتل [X] [Y] is active
        passive = False
        res.rules.append("active:verb-subject-object")
    if not recipient and pattern.type in RELATION_TYPES:
        subj_end = max([-1] + [token_at(doc, x.end - 1, 0, len(toks)) for x in actor if x.start >= m.end])
        partner = relations_partner(doc, m, pool, {a.country for a in actor if a.country}, subj_end)
        if partner:
            recipient = partner
            res.rules.append("recipient:relations-partner")
    own = {a.country for a in actor if a.country}
    if recipient and len(own) > 1 and (pattern.type in RECIPROCAL_TYPES or pattern.cameo in SIGNING_CODES) and \
            {a.country for a in recipient} <= own:
        recipient = []  # "توصلت X و Y إلى اتفاق يسمح لطائرات X": the parties are the coordinated pair
        res.rules.append("reciprocal:recipient-already-a-party")
    if (pattern.type in RECIPROCAL_TYPES or pattern.cameo in SIGNING_CODES) and len(own) > 1 and recipient and \
            all(is_generic(r) for r in recipient):
        recipient = []  # "اتفق X ونظيره Y على وقف تدفق المقاتلين": the unnamed object is no third party
        res.rules.append("reciprocal:unnamed-object-dropped")
    exchanged = exchanged_attack(doc, m, first)
    if not recipient and (pattern.type in RECIPROCAL_TYPES or pattern.cameo in SIGNING_CODES or exchanged) and \
            len(actor) > 1:
        actor, recipient = _split_parties(actor)
        if recipient:
            res.rules.append("reciprocal:first-conjunct-actor" + (":exchange" if exchanged else ""))
    elif not actor and (pattern.type in RECIPROCAL_TYPES or pattern.cameo in SIGNING_CODES) and len(recipient) > 1 \
            and "recipient:object" in res.rules and not passive:
        actor, recipient = _split_parties(recipient)  # "اتفق وزيرا خارجية مصر والأردن": a dual in construct
        if recipient:
            res.rules.append("reciprocal:dual-construct")
    if not actor and recipient and pattern.type == "MOBILIZE" and is_noun_trigger(m) and \
            "recipient:prep-ل" in res.rules and toks[m.last].norm[:1] == "ل" and toks[m.last].norm[1:] in FORCE_HEADS:
        actor, recipient = recipient, []  # "انتشار واسع لقوات الجيش": the forces deployed, they are no recipient
        res.rules.append("actor:forces-of-deployment-noun")
    forces = forces_in_trigger(doc, m, pool, actor)
    if forces is not None:  # "كشف مسؤول يمني عن وصول قوات إماراتية": the forces deployed, not the reporter
        actor, recipient = [forces], [r for r in recipient if r is not forces]
        res.rules.append("actor:forces-in-deployment-noun")
    sender = sender_before(doc, m, pool, actor)
    if sender is not None:  # "ان بلاده لن ترسل قوات برية": the forces sent are no subject
        actor, recipient = [sender], [r for r in recipient if r is not sender]
        res.rules.append("actor:sender-of-forces")
    owner = None if recipient else airspace_owner(doc, m)
    if owner is not None:  # "انتهاكه لسيادة الأجواء اللبنانية": Lebanon's airspace
        recipient = [owner]
        res.rules.append("recipient:airspace-owner")
    res.passive = passive
    actor_countries = {a.country for a in actor if a.country}
    if len({a.country for a in recipient if a.country} - actor_countries) and actor_countries:
        kept = [a for a in recipient if a.country not in actor_countries]
        if len(kept) < len(recipient):
            res.rules.append("recipient:partner-not-self")
        recipient = kept
    # "قتل 13 مسلحا من ميليشيات X": the bare counted men stand for the party named after من
    # (a quoted name after من, مسلحون من جماعة "X", is looked up by its own span: the lookup skips the marks)
    own_spans = _unquote(doc, pool, res)
    actor = _partitive_actor(doc, m, actor, own_spans, res)
    recipient = name_partitive_parties(doc, recipient, own_spans, res.rules)
    # (counted after the verb's own subject when it follows the verb: اعتقلت الشرطة أمس 12 من أعضاء X)
    after_subject = max([m.last] + [token_at(doc, a.end - 1, 0, len(toks)) for a in actor
                                    if a.start >= m.end and tok_of(doc, a) == m.last + 1])
    victims = counted_victims_party(doc, after_subject, own_spans) \
        if pattern.type in ("ASSAULT", "COERCE") and names_victim_act(doc, m.first, m.last) else None
    if victims is not None:  # "مقتل 110 من عناصر تنظيم داعش": the party whose men are counted was hit
        actor = [a for a in actor if (a.start, a.end) != (victims.start, victims.end)]
        recipient = [victims]
        res.rules.append(f"recipient:counted-victims-of={victims.text}")
    sent_country = sentence_country(doc, m)
    if sent_country is None and any(is_domestic_party(a) for a in actor + recipient):
        # "المقاومة دفعت بتعزيزات" in a sentence naming no country: the country the article was just speaking of
        here = article_country(doc, m)
        actor = [with_context_country(a, here, res) if is_domestic_party(a) else a for a in actor]
        recipient = [with_context_country(a, here, res) if is_domestic_party(a) else a for a in recipient]
    # the GSR leaves protesters countryless; civilians do not arrest or sanction (a "subject" there is a target)
    # (unnamed civilians as an attack's "subject" are its victims: "قتل سبعة مدنيين عندما فجر انتحاري نفسه")
    civil = False if pattern.type in ("COERCE", "SANCTION", "ASSAULT") else "crowd" if pattern.type != "PROTEST" \
        else True
    # "قال مسؤولون خليجيون لمصر إنهم ...": the country of the one addressed is not the speaker's
    actor_country = None if res.addressee is not None and res.addressee.country == sent_country else sent_country
    actor = [with_context_country(a, actor_country, res, civil=civil)
             for a in _apposed(doc, _dedupe(actor), pool, res)]
    recipient = [with_context_country(a, sent_country, res) for a in _apposed(doc, _dedupe(recipient), pool, res)]
    if pattern.type == "ASSAULT" and sent_country:  # "قتل خمسة جنود في هجوم جنوب شرق تركيا": that state's soldiers
        recipient = [replace(a, country=sent_country) if is_generic(a) and a.sector == "MIL" else a for a in recipient]
    if pattern.type == "ASSAULT" and all(is_generic(a) for a in actor):
        claimant = claimant_of_attack(doc, m, end)
        if claimant is not None:  # "قتل 20 في تفجير ...، وتبنى تنظيم X الهجوم": X is the attacker
            actor = [claimant]
            recipient = [a for a in recipient if a is not claimant]
    if place_adj and all(is_generic(a) for a in recipient):
        recipient = place_adj[:1]  # "قرب مدينة جازان السعودية": the place's country, when no one else is hit
        res.rules.append(f"recipient:country-of-place={place_adj[0].text}")
    if pattern.type == "PROTEST" and not actor and sent_country:
        actor = implied_people(doc, m, sent_country, res)
    actor = [a for a in actor if not attributive(doc, a, res)]
    recipient = [a for a in recipient if not attributive(doc, a, res)]
    if not actor and speech is not None and res.speaker is not None and pattern.type in SPEECH_ACT_TYPES and \
            res.speaker.country and m.first - first <= 6 and all(r.country != res.speaker.country or not r.country for r in recipient):
        actor = [res.speaker]  # "قال X إن ... رفض/مطالبة ...": an unowned demand or refusal is the speaker's
        res.rules.append("actor:speaker-of-speech-act")
    res.actor = prefer_specific(actor, res)
    spans = {(a.start, a.end, a.country) for a in res.actor}  # a dual mention stands for two parties
    recipient = _not_self(res.actor, [a for a in recipient if (a.start, a.end, a.country) not in spans], res,
                          pattern.type == "REQUEST")
    if pattern.type == "ACCUSE" and res.actor and not recipient and "subject:in-frame" in res.rules and \
            toks[m.first].norm in RESPONSIBLE_VERBS:
        recipient = counterpart_in_frame(doc, m, res.actor, pool, res)  # "حمّل X نظيره Y المسؤولية"
    if pattern.type == "ACCUSE" and res.actor and not recipient and "subject:in-frame" in res.rules and \
            (toks[m.first].norm in RESPONSIBLE_VERBS or joined_description(doc, m)):
        res.actor, recipient = holder_of_responsibility(doc, m, res), res.actor
    if pattern.type in ("REQUEST", "CONSULT") and res.actor:
        named = named_addressee(doc, m, pool, res)
        if named is not None:  # "طلب X من الأردن بذل مساعيه لدى أنقرة"، "يلتقي X نظراءه في دول مجلس التعاون"
            recipient = [named]
    if pattern.type == "ACCUSE" and recipient and res.rules[-1:] == ["recipient:object"] and \
            victim_of_condemned_act(doc, recipient[0]):
        res.rules.append(f"recipient:victim-not-accused={recipient[0].text}")
        recipient = []  # "أدان اغتيال النائب العام": the one killed is not the one accused
    if pattern.type in VICTIM_BLIND_TYPES and res.actor and recipient:
        recipient = victims_dropped(doc, m, recipient, res)  # "أدان جريمة استشهاد طفل فلسطيني إثر استهداف X"
    if pattern.type in ("COERCE", "ASSAULT") and all(is_generic(r) for r in recipient):
        member = _member_of(doc, m, pool, res)
        if member is not None:  # "اعتقلت قياديا كبيرا في حركة الحوثي": the movement's man was arrested
            recipient = [member]
    if pattern.type in ACCUSED_TYPES and res.actor and not passive:
        accused = accused_party(doc, m, pool, res)
        if accused is not None:  # "أدانت X التصريحات التي أدلى بها Y"، "وحملت Y المسؤولية": Y is the one accused
            recipient = [accused]
        elif court_referral(doc, m):
            recipient = []  # "سلم X المحكمة تقريرا عن جريمة بحق عائلة": neither the court nor the victims are accused
    if pattern.type == "COERCE" and res.actor:
        recipient = protesters_of_state(doc, res.actor, recipient, res)
    if not recipient and pattern.type in OBJECT_NATIONALITY_TYPES and res.actor:
        recipient = _owner_of_object(doc, m, end, res.actor, res)
    if not recipient and pattern.type in NATIONAL_OBJECT_TYPES and res.actor:
        recipient = _national_of_object(doc, m, end, res.actor, res)
    if not recipient and pattern.type in STANCE_TYPES and res.actor:
        recipient = _parties_of_object(doc, m, end, pool, res)
    if pattern.type in PEOPLE_TARGET_TYPES and all(is_generic(r) for r in recipient):
        recipient = _people_of_place(doc, m, end, res) or recipient  # "على سكان حلب": not just "سكان"
    recipient = [_member_antecedent(doc, m, r, res) for r in recipient]
    own_statement = own_act or (self_ref and not expletive and not res.actor and m.first - first <= 3)
    if not recipient and res.addressee is not None and own_statement and pattern.type in ADDRESSED_TYPES and \
            all(res.addressee.country != a.country for a in res.actor if a.country):
        recipient = [res.addressee]  # "قال حلفاء لتركيا إنهم يؤيدون حقها": the speaker's act towards the addressee
        res.rules.append("recipient:addressee-of-statement")
    if not recipient and pattern.type == "SANCTION" and pattern.mode == "withdraw" and res.actor:
        recipient = _posted_in(doc, m, end, res)  # "استدعت X سفيرها في طهران": the state it is recalled from
    res.recipient = prefer_specific(recipient, res)
    if pattern.type not in UNNAMED_PARTY_TYPES and res.actor and res.recipient and \
            all(is_generic(a) for a in res.recipient):
        res.recipient = []  # "أدان العمل الإرهابي"، "طالب المسؤولين": an unnamed party is no recipient
        res.rules.append("recipient:unnamed-dropped")
    guest = guest_after_adverbial(doc, m, pool, end, res) or guest_after_semicolon(doc, m, res)
    if guest:  # "استقبل X ... في مكتبه، أمس، وزير خارجية Y": Y is the one received
        res.recipient = guest
    if not res.recipient:
        res.recipient = object_after_relative(doc, m, pool, end, res)
    if not res.recipient and res.actor and pattern.type in CONFRONT_TYPES | {"REQUEST"}:
        res.recipient = _sides_of_conflict(doc, m, end, pool, res)
    if not res.recipient and res.actor and pattern.type == "REQUEST":
        res.recipient = _party_of_demanded_act(doc, m, end, pool, res)  # "دعا X إلى إنهاء الحصار الأميركي"
    if not res.recipient and pattern.type == "SUPPORT" and res.actor:
        res.recipient = _doer_of_praised_role(doc, m, end, pool, res)
    if not res.recipient and pattern.type in STANCE_TYPES and res.actor:
        res.recipient = _maker_of_object(doc, m, end, res)  # "رحبت X بالإصلاحات التي قدمها Y"
    if not res.recipient and pattern.type in ACCUSED_TYPES and res.actor:
        res.recipient = _doer_of_condemned_act(doc, m, end, res)  # "أدانت X قيام Y بخطف مدنيين"
    if not res.recipient and pattern.type in STANCE_TYPES and res.actor:
        res.recipient = _doer_of_object_act(doc, m, end, res)  # "رفض X ما تردده Y"، "الزيارة التي تقوم بها Y"
    if m.pattern.id in HOSTING_PATTERNS and len(res.recipient) == 1:
        res.recipient = res.recipient + guest_list(doc, res.recipient[0], pool, end, res)
    if pattern.type == "MOBILIZE" and res.recipient:
        res.recipient = _mobilized_against(doc, m, res)
    if all(is_generic(a) for a in res.actor) and len(res.recipient) == 1 and not res.passive:
        named = _subject_set_off_by_commas(doc, m, res.recipient[0], pool, end)
        if named is not None:  # "دعا وزير حقوق الإنسان اليمني، X، مفوض الأمم المتحدة": X calls on the UN
            res.actor, res.recipient = [res.recipient[0]], named
            res.rules.append(f"subject:set-off-by-commas={res.actor[0].text}")
    if not res.recipient and res.actor:
        res.recipient = antecedent_of_object_pronoun(doc, m, res.actor)  # "متهمة إياهم": the ones named before
    if not res.recipient and res.actor and speech is not None and pattern.type == "REQUEST":
        res.recipient = speaker_as_pronoun_object(doc, m, speech, res)  # "قال X إن Y طلبت منه": X was asked
    if not res.recipient and res.actor and pattern.type == "ASSAULT":
        res.recipient = _retaken_from(doc, m, pool, end)  # "لاستعادة قاعدة العند من الحوثيين": they are attacked
    if m.pattern.id in HOME_HOSTING_PATTERNS and m.head_tag:
        res.actor = host_at_home(doc, m, res) or res.actor
    return res


# types whose unnamed targets (مدنيين، متظاهرين، إرهابيا) stay: attacks, protests and arrests are coded by sector
UNNAMED_PARTY_TYPES = frozenset(("ASSAULT", "PROTEST", "COERCE"))


NEWS_SECTORS = frozenset(("MED", "JRN"))

ANAPHORIC_STATES = frozenset(normalize_word(w) for w in "البلد الدولة البلاد المملكة".split())


COORDINATED_CASUALTY_VERBS = words("arguments", "coordinated_casualty_verbs")


def _casualty_verb_joined(doc: Document, m: TriggerMatch, objects: list[Actor]) -> bool:
    """"قتل شرطي وأصيب ثلاثة آخرون عندما أطلق مسلحان النار": a casualty verb joined by و between the killing verb and
    the party read as its object makes both verbs passive; that party is the attacker named later, not an object."""
    if not objects:
        return False
    stop = min(a.start for a in objects)
    toks = doc.tokens
    k = m.last + 1
    while k < len(toks) and toks[k].start < stop:
        if toks[k].norm in COORDINATED_CASUALTY_VERBS:
            return True
        k += 1
    return False


def _member_antecedent(doc: Document, m: TriggerMatch, r: Actor, res: Arguments) -> Actor:
    """``دعوا البلد العضو في حلف الأطلسي``: "the member state of X" is a country named before in the sentence
    (the last country mention before the trigger, the addressee first), not X itself."""
    toks = doc.tokens
    i = tok_of(doc, r)
    if i < 1 or toks[i - 1].norm not in ANAPHORIC_STATES or not normalize_word(r.text).startswith(("العضو", "عضو")):
        return r
    sent = doc.sentences[m.sentence]
    prior = [a for a in actors_in(doc, sent.start, m.start) if a.kind == "country" and a.country]
    ante = res.addressee if res.addressee is not None and res.addressee.country else (prior[-1] if prior else None)
    if ante is None:
        return r
    res.rules.append(f"recipient:member-state={ante.text}")
    return ante


# acts a speaker may state to the one addressed (support, demands, promises, warnings, rejections)
ADDRESSED_TYPES = frozenset(("SUPPORT", "REQUEST", "AGREE", "COOPERATE", "AID", "THREATEN", "REJECT", "ACCUSE"))


PEOPLE_TARGET_TYPES = frozenset(("ASSAULT", "COERCE", "AID"))

PEOPLE_OF = frozenset(normalize_word(w) for w in (
    "مواطني سكان أهالي اهالي أبناء ابناء لمواطني لسكان لأهالي لاهالي لأبناء لابناء").split())

SUPPLIER_REACH = 14  # "تسلمت مصر أول ثلاث من 24 طائرة «رافال»، كانت قد طلبتها في فبراير من فرنسا"

SUPPLIER_STOPS = frozenset(".!?؟:؛;")


def _supplier_place(doc: Document, m: TriggerMatch, own: list, res: Arguments) -> Optional[Actor]:
    """``تسلمت مصر طائرات من طراز «رافال» من فرنسا``: the actor layer reads a country after من as a place (an
    origin), so a receiving frame (role ``from``) finds no giver among the actors; the first country named right
    after من, in the same sentence and within reach, is the state that gave or sold (the subject, the recipient)."""
    toks = doc.tokens
    places = getattr(doc, "places", []) or []
    hi = min(len(toks) - 1, m.last + SUPPLIER_REACH)
    for k in range(m.last + 1, hi):
        if toks[k].norm in SUPPLIER_STOPS:
            break
        if toks[k].norm != "من":
            continue
        nxt = toks[k + 1]
        place = next((p for p in places if p.start == nxt.start and p.country), None)
        if place is not None and place.country not in own:
            res.rules.append(f"actor:from-place={place.country}")
            return Actor(place.text, place.start, place.end, place.text, place.text, place.country, "GOV",
                         kind="implied")
    return None


def _people_of_place(doc: Document, m: TriggerMatch, end: int, res: Arguments) -> list[Actor]:
    """``أعدم 2070 من مواطني نينوى``، ``مساعدات لسكان حلب``: the people of a place, right after the trigger, are
    its country's people."""
    toks = doc.tokens
    for k in range(m.last + 1, min(end, m.last + 7)):
        if toks[k].is_punct or toks[k].norm in COMPLEMENTIZERS:
            break
        if toks[k].norm not in PEOPLE_OF or k + 1 >= len(toks):
            continue
        nxt = toks[k + 1]
        place = next((p for p in getattr(doc, "places", []) or [] if p.start == nxt.start and p.country), None)
        if place is not None:
            res.rules.append(f"recipient:people-of-place={place.country}")
            return [Actor(place.text, place.start, place.end, place.text, place.text, place.country, None,
                          kind="implied")]
        break
    return []


SPEECH_ACT_TYPES = frozenset(("REQUEST", "REJECT", "ACCUSE", "THREATEN"))

SELF_KINDS = ("country", "poss", "capital", "seat")


def _not_self(actor: list[Actor], recipient: list[Actor], res: Arguments, asked: bool = False) -> list[Actor]:
    """A recipient that only restates the actor (رفض مصر after الخارجية المصرية; بلاده; the same person) is no
    second party: actor == recipient only when a distinct body of the same country is named (police vs
    protesters; ``asked``: the legislature, even named by its seat, that a government's demand is addressed to: دعا
    أوباما الكونغرس; not its praise or rejection, which the gold leaves domestic acts out of)."""
    own = {a.country for a in actor if a.country and (a.sector or "GOV") in STATE_SECTORS | {"MIL"}}
    refs = {a.ref for a in actor if a.ref}
    if not own or not recipient:
        return recipient
    own_legislature = not asked or any(a.sector == "LEG" for a in actor)
    kept = [r for r in recipient if not ((r.ref and r.ref in refs) or
                                         (r.country in own and r.kind.startswith(SELF_KINDS) and
                                          (r.sector != "LEG" or own_legislature)))]
    if len(kept) < len(recipient):
        res.rules.append("recipient:not-the-actor-again")
    return kept


OWNED_TARGET_TYPES = frozenset(("REJECT", "ACCUSE", "PROTEST", "THREATEN"))

# praise, welcome, meetings and agreements name the other party by the nationality of their object (أشاد بالدور
# السعودي، رحب بالمبادرة الفرنسية، استقبل الفريق الفني الإماراتي), as a condemnation does (أدان الاعتداءات
# الإسرائيلية); not the types whose phrase carries the doer's own nationality (غارات إسرائيلية، مساعدات سعودية), nor
# demands, whose content is not the one asked (طالب المجتمع الدولي بوقف الانتهاكات الإسرائيلية)
OBJECT_NATIONALITY_TYPES = OWNED_TARGET_TYPES | frozenset(("SUPPORT", "CONSULT", "AGREE", "COOPERATE"))

# stances towards an act: the parties of the act welcomed, rejected or condemned are the recipients
STANCE_TYPES = frozenset(("SUPPORT", "REJECT", "ACCUSE"))

BAYNA = frozenset(normalize_word(w) for w in "بين وبين".split())


def _parties_of_object(doc: Document, m: TriggerMatch, end: int, pool, res: Arguments) -> list[Actor]:
    """``رحبت X بالاتفاق بين الفصائل الفلسطينية``، ``أدان X الاشتباكات بين Y و Z``: the parties of the act named right
    after the stance verb (within two words, then بين) are its recipients."""
    toks = doc.tokens
    own = {a.country for a in res.actor if a.country}
    lo = max([m.last] + [token_at(doc, a.end - 1, 0, len(toks)) for a in res.actor if a.start >= m.end])
    verbs = verb_triggers(doc)[0]
    for k in range(lo + 1, min(end, lo + 7)):
        if toks[k].is_punct or (k > lo + 3 and k in verbs):
            return []
        if toks[k].norm in BAYNA:
            if k > lo + 3 and not _agreement_between(doc, lo, k):
                return []  # far from the verb only for a named accord: "وافق X أمس على الاتفاق النووي بين"
            after = [a for a in pool if tok_of(doc, a) == k + 1] or \
                (_second_party(doc, k, pool) if _agreement_between(doc, lo, k) else [])
            if not after:
                return []
            parties = [a for a in coordinated_group(doc, after[0], pool) if a.country not in own or not a.country]
            if parties:
                res.rules.append("recipient:parties-of-object-بين")
            return parties
    return []


POSTED_PREPS = frozenset(normalize_word(w) for w in "في فى لدى لدي من".split())


def _posted_in(doc: Document, m: TriggerMatch, end: int, res: Arguments) -> list[Actor]:
    """``استدعت X سفيرها في/لدى طهران``: the place right after the recalled envoy names the other state."""
    toks = doc.tokens
    k = m.last + 1
    if k + 1 >= end or toks[k].norm not in POSTED_PREPS:
        return []
    own = {a.country for a in res.actor}
    p = next((p for p in doc.places if p.start == toks[k + 1].start and p.country and p.country not in own), None)
    if p is None:
        return []
    res.rules.append(f"recipient:envoy-posted-in={p.text}")
    return [Actor.of_place(p)]


def _owner_of_object(doc: Document, m: TriggerMatch, end: int, actor: list[Actor], res: Arguments) -> list[Actor]:
    """``رفض مصر للتدخل الإيراني``، ``أدان الاعتداءات الإسرائيلية``: the country whose act is rejected or condemned
    (a nationality adjective right after the object noun) is the recipient."""
    toks = doc.tokens
    nis = nisba_countries()
    lo = max([m.last] + [token_at(doc, a.end - 1, 0, len(toks)) for a in actor if a.start >= m.end])
    verbs = verb_triggers(doc)[0]
    if m.pattern.type == "ACCUSE" and lo + 1 < len(toks) and toks[lo + 1].norm in VICTIM_ACT_NOUNS:
        return []  # "أدان اغتيال السفير الروسي": the nationality of the one killed, not of the accused
    for k in range(lo + 1, min(end, lo + 5)):
        t = toks[k]
        if t.is_punct or t.norm in COMPLEMENTIZERS or t.norm in RECIP_PREPS or t.norm == "في":
            break  # "أدان الهجوم على السفارة الأردنية": the adjective of the target, not of the condemned act
        if k in verbs and m.pattern.type not in OWNED_TARGET_TYPES:
            break  # "رحبت X بالقرار ودعت الحكومة السودانية": the next verb's own object
        c = nis.get(t.norm)
        if c and c not in {a.country for a in actor} and k > lo + 1 and toks[k - 1].norm.startswith(DEFINITE):
            res.rules.append(f"recipient:owner-of-object:{t.text}")
            return [Actor(t.text, t.start, t.end, t.text, t.text, c, None, kind="nationality")]
    return []


# acts done to people or goods whose nationality their object phrase may give (اعتقل تونسيا، يفرج عن «سعودي»، أوقفت
# استيراد منتجات الدواجن الأمريكية، طلبت الإفراج عن الإيراني فلان)
NATIONAL_OBJECT_TYPES = frozenset(("COERCE", "RETREAT", "SANCTION", "REQUEST"))
NATIONAL_OBJECT_PREPS = words("arguments", "national_object_preps")
NATIONAL_OBJECT_REACH = 6  # "طلبت الأمم المتحدة الأربعاء الإفراج غير المشروط عن الإيراني"
QUOTE_MARKS = frozenset("«»\"“”'")


def _national_of_object(doc: Document, m: TriggerMatch, end: int, actor: list[Actor], res: Arguments) -> list[Actor]:
    """``أفرج الأمن الكويتي عن «سعودي»``، ``أوقفت الصين استيراد منتجات الدواجن الأمريكية``: an arrest, release, ban
    or demand whose object phrase (within a few words, through عن/على) carries a nationality word (an adjective
    agreeing with its noun, or a nationality noun standing alone) is done to that country's people or goods. Not
    the actor's own nationality (a domestic act), and not past a clause, a place (في) or another preposition."""
    if any(r.startswith("recipient:none") for r in res.rules):
        return []  # "دعا X المجتمع الدولي إلى إلزام الحكومة الإسرائيلية": the addressee is named and is no party
    toks = doc.tokens
    nis = nisba_countries()
    own = {a.country for a in actor}
    lo = max([m.last] + [token_at(doc, a.end - 1, 0, len(toks)) for a in actor if a.start >= m.end])
    verbs = verb_triggers(doc)[0]
    if m.pattern.type == "REQUEST" and any(toks[k].norm in COLLECTIVE_ADDRESSEES for k in range(m.first + 1, lo + 1)):
        return []  # "طالب X المجتمع الدولي بوقف ...": inside a wide frame, the one asked is the collective
    for k in range(lo + 1, min(end, lo + 1 + NATIONAL_OBJECT_REACH)):
        t = toks[k]
        if t.text in QUOTE_MARKS:
            continue
        if (m.pattern.type == "REQUEST" and t.norm in COLLECTIVE_ADDRESSEES) or \
                (not nis.get(t.norm) and any(a.start == t.start for a in doc.actors)):
            break  # "طالب X المجتمع الدولي بوقف الانتهاكات الإسرائيلية": an addressee is named; the rest is the act
        if t.is_punct or t.norm in COMPLEMENTIZERS or t.norm in RELATIVES or k in verbs or \
                (t.norm in RECIP_PREPS and t.norm not in NATIONAL_OBJECT_PREPS) or t.norm == "في":
            break
        c = nis.get(t.norm)
        if not c or c in own or c in ("IGO", "NGO"):
            continue
        prev = next((toks[x] for x in range(k - 1, lo, -1) if toks[x].text not in QUOTE_MARKS), None)
        definite = t.norm.startswith(DEFINITE)
        if prev is not None and prev.norm not in NATIONAL_OBJECT_PREPS and \
                prev.norm.startswith(DEFINITE) != definite and nis.get(prev.norm) is None:
            continue  # "منتجات الدواجن الأمريكية" agrees; an adjective of another phrase does not
        res.rules.append(f"recipient:national-of-object={c}")
        return [Actor(t.text, t.start, t.end, t.text, t.text, c, None, kind="nationality")]
    return []


RANK_ADJECTIVES = frozenset(normalize_word(w) for w in "كبيرا كبير بارزا بارز رفيعا رفيع آخر اخر".split())


def _member_of(doc: Document, m: TriggerMatch, pool: list[Actor], res: Arguments) -> Optional[Actor]:
    """``اعتقلت قياديا كبيرا في حركة الحوثي``: a member noun right after the verb (or its subject), behind a count or a
    rank adjective, then في/من + a named party: that party is the one hit."""
    toks = doc.tokens
    lo = max([m.last] + [token_at(doc, a.end - 1, 0, len(toks)) for a in res.actor if a.start >= m.end]) + 1
    hi = min(res.region[1], lo + 4)
    for k in range(lo, hi):
        if toks[k].is_punct:
            return None
        if toks[k].norm not in MEMBER_NOUNS:
            continue
        x = k + 1
        while x < len(toks) and toks[x].norm in RANK_ADJECTIVES:
            x += 1
        if x + 1 < len(toks) and toks[x].norm in ("في", "من"):
            y = x + 1  # "عنصرا من مسلحي ميليشيا X": a head noun of the party's men may come first
            while y < min(len(toks) - 1, x + 3) and toks[y].norm in PARTY_MEMBER_HEADS and \
                    not any(a.start == toks[y].start for a in pool):
                y += 1
            a = next((a for a in pool if a.start == toks[y].start and a.country is not None or
                      (a.start == toks[y].start and a.kind == "group")), None)
            if a is None and toks[y].norm in GROUP_ANAPHORS:
                a = _group_antecedent(doc, m, pool, toks[y])
            if a is not None and not is_generic(a):
                res.rules.append(f"recipient:member-of={a.text}")
                return a
        return None
    return None


SIDES_NOUNS = frozenset(normalize_word(w) for w in "أطراف الأطراف طرفي لأطراف للأطراف بأطراف".split())

CONFLICT_NOUNS = frozenset(normalize_word(w) for w in "الصراع النزاع الأزمة الحرب القتال".split())


DEMANDED_ACT_OPENERS = words("arguments", "demanded_act_openers")

MAX_BEFORE_DEMAND = 8  # "دعت الوزيرة X الجمعة مجددا إلى": the rest of the subject and adverbs before the act

MAX_INTO_DEMAND = 9  # "إلى اعتماد مقاربة جديدة لحل الأزمة في سوريا": a party a few words into the act


def _opens_demanded_act(tok) -> bool:
    """``إلى`` or a verbal noun with ب (بإنهاء، بالإفراج) opens what a call asks for."""
    return tok.norm in DEMANDED_ACT_OPENERS or (tok.norm.startswith("ب") and len(tok.norm) > 4)


def _party_of_demanded_act(doc: Document, m: TriggerMatch, end: int, pool: list[Actor],
                           res: Arguments) -> list[Actor]:
    """``دعا X إلى إنهاء الحصار الأميركي``، ``طالب X بإنهاء النزاع في جنوب السودان``: a call that names no addressee
    concerns the first party with a country inside the act it asks for (the news gold codes that party as the
    recipient; the actor's own country too). Not after a collective addressee (see _collective_addressee_before)."""
    toks = doc.tokens
    taken = {(a.start, a.end) for a in res.actor}
    lo = max([m.last] + [token_at(doc, a.end - 1, 0, len(toks)) for a in res.actor if a.start >= m.end])
    inside = [k for k in range(m.first + 1, m.last + 1) if toks[k].norm in DEMANDED_ACT_OPENERS]
    opener = inside[0] if inside and lo == m.last else \
        next((k for k in range(lo + 1, min(end, lo + 1 + MAX_BEFORE_DEMAND)) if _opens_demanded_act(toks[k])), None)
    if opener is None or "recipient:none-after-collective-addressee" in res.rules or \
            any(toks[k].norm in COLLECTIVE_ADDRESSEES for k in range(m.first + 1, opener)) or \
            any(toks[k].is_punct for k in range(m.last + 1, opener)):
        return []  # "دعا X المجتمع الدولي إلى إلزام Y": the collective is the one asked, Y is asked nothing
    for k in range(opener + 1, min(end, opener + 1 + MAX_INTO_DEMAND)):
        if (toks[k].is_punct and toks[k].text not in OPEN_QUOTES | CLOSE_QUOTES) or toks[k].norm in VICTIM_NOUNS:
            return []  # "دعت X إلى الرد على مقتل شاب Y": a call about a killing asks nothing of the victim's side
        a = next((a for a in pool if tok_of(doc, a) == k and (a.start, a.end) not in taken), None) or \
            _country_place_at(doc, k)
        if a is not None and a.country and not is_generic(a):
            res.rules.append(f"recipient:party-of-demanded-act={a.text}")
            return [a]
    return []


def _country_place_at(doc: Document, k: int) -> Optional[Actor]:
    """A country named as a place at token k (لحل الأزمة في سوريا): the state the demanded act is about; a city
    (عقد مؤتمر في جنيف) is only where it would happen."""
    tok = doc.tokens[k]
    p = next((p for p in doc.places if tok.start <= p.start < tok.end and p.country and
              (p.feature or "").startswith("PCL")), None)
    return None if p is None else Actor.of_place(p)


def _sides_of_conflict(doc: Document, m: TriggerMatch, end: int, pool: list[Actor], res: Arguments) -> list[Actor]:
    """``فرض عقوبات على أطراف الصراع الليبي``، ``دعا أطراف النزاع اليمني إلى``: the sides of a country's conflict
    are that country's parties."""
    toks = doc.tokens
    nis = nisba_countries()
    own = {a.country for a in res.actor if a.country}
    for k in range(m.first + 1, min(end, m.last + 8, len(toks) - 2)):
        if toks[k].is_punct and k > m.last:
            return []
        if toks[k].norm in SIDES_NOUNS and toks[k + 1].norm in CONFLICT_NOUNS:
            w = toks[k + 2]
            c = nis.get(w.norm)
            if w.norm == "في" and k + 3 < len(toks):  # "طرفي النزاع في ليبيا"
                p = next((p for p in doc.places if p.start == toks[k + 3].start and p.country), None)
                a = Actor.of_place(p) if p else None
                if a is not None and a.country not in own:
                    res.rules.append(f"recipient:sides-of-conflict={a.text}")
                    return [a]
            if not c or c in own:
                return []
            res.rules.append(f"recipient:sides-of-conflict={w.text}")
            return [Actor(w.text, w.start, w.end, w.text, w.text, c, None, kind="nationality")]
    return []


ROLE_DOER_VERBS = frozenset(normalize_word(w) for w in (
    "تضطلع يضطلع اضطلعت اضطلع تقوم يقوم قامت قام لعبته لعبها تلعبه يلعبه تبذلها يبذلها بذلتها بذلها تبذله يبذله "
    "بذلته بذله قدمتها قدمها تقدمها يقدمها").split())

ROLE_NOUNS = frozenset(normalize_word(w) for w in (
    "الدور بالدور للدور دور الجهود بالجهود للجهود جهود المساعي بالمساعي الجهد بالجهد").split())


def _doer_of_praised_role(doc: Document, m: TriggerMatch, end: int, pool: list[Actor], res: Arguments) -> list[Actor]:
    """``أعرب عن تقديره للدور الذي تضطلع به دول مجلس التعاون``، ``أشاد بالجهود التي تبذلها السعودية``: the one whose
    role or efforts are praised is the one supported. Its own conditions (vs ``_maker_of_object``): a role noun
    before the relative, a closed list of role verbs (some with the pronoun on به), the doer right after."""
    toks = doc.tokens
    own = {a.country for a in res.actor if a.country}
    for k in range(m.last + 1, min(end, m.last + 10, len(toks) - 3)):
        if toks[k].is_punct:
            return []
        if toks[k].norm not in ROLE_NOUNS or toks[k + 1].norm not in RELATIVES or \
                not points_back(toks[k + 2], ROLE_DOER_VERBS):
            continue
        j = subject_after(toks, k + 2)
        a = doer_named(doc, pool, j, j)
        if a is not None and a.country and a.country not in own and not is_generic(a):
            res.rules.append(f"recipient:doer-of-praised-role={a.text}")
            return [a]
        return []
    return []


GROUP_ANAPHORS = frozenset(normalize_word(w) for w in "الحركة التنظيم الجماعة الحزب".split())


def _group_antecedent(doc: Document, m: TriggerMatch, pool: list[Actor], word) -> Optional[Actor]:
    """``وقبض على قيادي في الحركة المتطرفة``: "the movement" is the movement named before in the sentence (the last
    one whose name opens with that noun, else the last armed group)."""
    sent = doc.sentences[m.sentence]
    prior = [a for a in pool if sent.start <= a.start and a.end <= word.start and a.country and not is_generic(a)]
    head = word.norm[2:]
    same = [a for a in prior if normalize_word(a.text).split()[0].lstrip("وبل") in (head, "ال" + head)]
    armed = [a for a in prior if a.sector in ARMED_SECTORS]
    return (same or armed or [None])[-1]


CONFRONT_PURPOSES = frozenset(normalize_word(w) for w in (
    "لمواجهة لقتال لمحاربة لمكافحة لصد للتصدي لملاحقة لمهاجمة لمطاردة ومواجهة وقتال").split())


def _mobilized_against(doc: Document, m: TriggerMatch, res: Arguments) -> list[Actor]:
    """A deployment's recipient is the one it is aimed at (``حشد قواته ضد X``، ``لمواجهة X``) or sent to; an
    unnamed trainer (``جنودا دربهم التحالف``) and the country of the base the forces are posted in (``في قاعدة
    أنجرليك بجنوب تركيا``) are no party to it. The actor's own side stays (the gold keeps domestic foes)."""
    toks = doc.tokens
    kept = []
    for r in res.recipient:
        j = tok_of(doc, r)
        words = [toks[k].norm for k in range(max(m.last + 1, j - 2), j)]
        if prep_before(doc, r, m.last + 1) == "ضد" or any(w in CONFRONT_PURPOSES or w == "ضد" for w in words):
            kept.append(r)
            continue
        if not r.country:
            continue
        posted = next((k for k in range(j - 1, max(m.last, j - 6), -1) if toks[k].norm == "في"
                       or toks[k].is_punct), None)
        if posted is not None and not toks[posted].is_punct:
            continue
        kept.append(r)
    if len(kept) < len(res.recipient):
        res.rules.append("recipient:deployment-aimed-at-no-one")
    return kept


# ---- parties round 17a: the maker of the thing welcomed, rejected or criticised ----

def _maker_of_object(doc: Document, m: TriggerMatch, end: int, res: Arguments) -> list[Actor]:
    """``رحبت X بالإصلاحات التي قدمها رئيس الوزراء Y``، ``رفض X القرار الذي اتخذته حكومة Y``: the one who made the
    object (the subject of a relative clause whose verb points back to it with a pronoun) is the recipient. Its own
    conditions (vs ``_doer_of_praised_role`` and ``implied_parties._author_of_praised_step``): any verb with an
    object pronoun, as the first relative after the subject, and a doer within four words with no place or topic
    between (the stance verbs have many more objects than praise has)."""
    toks = doc.tokens
    _, hi = sentence_tokens(doc, m)
    hi = min(hi, end if end > m.last else hi)
    own = {a.country for a in res.actor if a.country}
    verbs = verb_triggers(doc)[0]
    sent = doc.sentences[m.sentence]
    actors = [a for a in actors_in(doc, sent.start, sent.end) if a.start >= m.end]
    lo = max([m.last] + [token_at(doc, a.end - 1, 0, len(toks)) for a in res.actor if a.start >= m.end])
    for k in range(lo + 1, min(hi, lo + 11)):
        t = toks[k]
        if t.is_punct and (t.norm in "()" or t.norm in "،," and k + 1 < hi and toks[k + 1].norm.startswith("ب")):
            continue  # "رحبت بعثة الأمم المتحدة لمساعدة العراق (يونامي)، بالإصلاحات": the subject's own aside
        if t.is_punct or k in verbs:
            return []
        if t.norm not in RELATIVES:
            continue
        if k + 1 >= hi or not points_back(toks[k + 1]):
            return []
        a = doer_named(doc, actors, k + 2, k + 5, keep=lambda a: a.country and a.country not in own)
        if a is None:
            return []
        if any(toks[x].is_punct or toks[x].norm in TOPIC_PREPS for x in range(k + 2, tok_of(doc, a))) or \
                prep_before(doc, a, k + 2) is not None:
            return []  # "اتخذته في الأمم المتحدة": a place or topic, not the maker
        res.rules.append(f"recipient:maker-of-object={a.text}")
        return [a]
    return []


def _agreement_between(doc: Document, lo: int, k: int) -> bool:
    """An accord noun between the stance verb (its subject) and ``بين``: ``صادق على الاتفاق النووي المبرم بين``.
    The stance rule's own nouns (truces, memoranda) and prefixes (ب، ل، و) differ from the endorsed-deal rule's
    (``implied_parties._parties_of_deal``)."""
    return any(is_accord_noun(doc.tokens[x].norm, STANCE_ACCORD_NOUNS, "بلو") for x in range(lo + 1, k))


def _second_party(doc: Document, k: int, pool: list[Actor]) -> list[Actor]:
    """``بين القوى العالمية وإيران``: the first party has no actor; the coordinated one (و + actor) still counts."""
    toks = doc.tokens
    for a in pool:
        j = tok_of(doc, a)
        if k + 1 < j <= k + 4 and toks[j].norm.startswith("و") and \
                not any(toks[x].is_punct for x in range(k + 1, j)):
            return [a]
    return []


DOING_NOUNS = frozenset(normalize_word(w) for w in "قيام بقيام لقيام وقيام".split())


def _doer_of_condemned_act(doc: Document, m: TriggerMatch, end: int, res: Arguments) -> list[Actor]:
    """``أدانت X حادثة قيام تنظيم داعش بخطف مدنيين``: the one named after ``قيام`` did the act condemned, so it is
    the one accused (a group with no country counts too)."""
    toks = doc.tokens
    _, hi = sentence_tokens(doc, m)
    own = {a.country for a in res.actor if a.country}
    lo = max([m.last] + [token_at(doc, a.end - 1, 0, len(toks)) for a in res.actor if a.start >= m.end])
    sent = doc.sentences[m.sentence]
    actors = [a for a in actors_in(doc, sent.start, sent.end) if a.start >= m.end and a not in res.actor]
    for k in range(lo + 1, min(hi, end if end > lo else hi, lo + 7)):
        if toks[k].is_punct and toks[k].norm not in "،,":
            return []
        if toks[k].norm not in DOING_NOUNS:
            continue
        for a in actors:
            j = tok_of(doc, a)
            if k < j <= k + 3 and not is_generic(a) and (a.country is None or a.country not in own) and \
                    all(toks[x].is_punct or toks[x].norm in GROUP_HEADS for x in range(k + 1, j)):
                res.rules.append(f"recipient:doer-of-condemned-act={a.text}")
                return [a]
        return []
    return []

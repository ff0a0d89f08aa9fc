"""One real event reported twice (lede and body, or two triggers in one sentence) becomes one event.

Events merge when they have the same type and aux class (planned vs. not), their actor and recipient countries
do not conflict (overlap, or one side empty), their dates agree (equal, or one unknown), and - across sentences -
they share at least one actor or recipient country. Two reports of one sentence whose actors are different
parties named by different mentions stay two events (``distinct_in_sentence``), and an event never takes in a
report distinct from one it already holds. The first report keeps its trigger; the others become
``mentions``; missing actors, recipients, date, place and quantities are filled from the merged reports (but not
with a vague party of no country, مسلحين، متطرفين, found in another sentence: ``_vague_elsewhere``, nor with the
home country where another sentence's arrest happened: ``_home_place_elsewhere``, nor with the two sides of
fighting another sentence - or a later clause of the same one, حيث تدور مواجهات بين X و Y - reports:
``_background_clash``; nor, beside a target that is a named group of no state, with the country where a report of
the same sentence happened: ``_place_fallback``).
Casualties reported beside the attack that caused them in one clause ("قتل جنود في غارة"، "شن هجوما أسفر عن
مقتل") are that attack whatever parties each report found (``casualties_of``); words in data/merge_words.yaml.
Within one sentence, a re-mention dated from another clause and naming no party of its own (في أحدث هجوم، في هجمات
تبنى بعضها) is not kept apart by its guessed date (``_re_mention``).
"""
from __future__ import annotations

from dataclasses import replace
from typing import Optional

from hadath.document import Event, Mention, Span
from hadath.events.arguments import is_generic
from hadath.events.place_parties import stateless_group
from hadath.events.wordlists import raw_words, words
from hadath.text.normalize import normalize_word


NEARBY_CHARS = 700
CASUALTY_PATTERNS = frozenset(raw_words("merge", "casualty_patterns"))
CASUALTY_PASSIVE_PATTERNS = frozenset(raw_words("merge", "casualty_passive_patterns"))
CAUSE_WORDS = words("merge", "cause_words")
OUTCOME_WORDS = words("merge", "outcome_words")
CLAUSE_BREAKS = words("merge", "clause_breaks")
CLASH_PATTERNS = frozenset(raw_words("merge", "clash_patterns"))
BACKGROUND_CLAUSE_WORDS = words("merge", "background_clause_words")
CASUALTY_GAP_WORDS = 12  # casualties and the attack that caused them are told in one stretch of a clause


def _countries(actors) -> set:
    return {a.country for a in actors if a.country}


def _specific(actors) -> int:
    return sum(bool(a.sector) + bool(a.country) + (a.name != a.text) for a in actors)


def _compatible(a: set, b: set) -> bool:
    return not a or not b or bool(a & b)


def _equal_or_empty(a: Optional[set], b: Optional[set]) -> bool:
    """None = nobody named on that side (compatible with anything)."""
    return a is None or b is None or a == b


def _aux_class(aux: str) -> str:
    return "future" if aux == "future" else "negated" if aux == "negated" else "hypothetical" \
        if aux == "hypothetical" else "real"


def _anaphoric(e: Event) -> bool:
    """A bare definite verbal noun (الزيارة، الهجوم) names an event already reported, whatever its own aux."""
    t = e.trigger.text.strip()
    return getattr(e, "head_tag", None) == "" and " " not in t and \
        t.replace("أ", "ا").replace("إ", "ا").startswith(("ال", "وال", "بال", "لل", "فال"))


def can_merge(a: Event, b: Event, same_sentence: bool) -> bool:
    if a.type != b.type:
        return False
    if _aux_class(a.aux) != _aux_class(b.aux) and not (same_sentence and (_anaphoric(a) or _anaphoric(b))):
        return False
    if _dates_differ(a, b) and not (same_sentence and (_re_mention(a, b) or _re_mention(b, a))):
        return False
    aa, ba = _countries(a.actor), _countries(b.actor)
    ar, br = _countries(a.recipient), _countries(b.recipient)
    # the roles may be swapped between reports (X met Y / Y received X)
    straight = _compatible(aa, ba) and _compatible(ar, br)
    crossed = a.type == "CONSULT" and _compatible(aa, br) and _compatible(ar, ba)
    if not (straight or crossed):
        return False
    if not crossed and a.actor and b.actor and not ({x.country for x in a.actor} & {x.country for x in b.actor}):
        return False  # a state's army and an unnamed bomber both act: a party without a country is a party too
    if same_sentence:
        return True
    # across sentences: the same parties in the same (or, for a meeting, swapped) roles, one side possibly
    # missing from one report; two reports whose known parties differ are usually two events
    if (aa | ar) and (ba | br):
        # a side counts as known when the report names anyone there, even without a country
        ka, kb = (aa if a.actor else None), (ba if b.actor else None)
        kr, ks = (ar if a.recipient else None), (br if b.recipient else None)
        same = _equal_or_empty(ka, kb) and _equal_or_empty(kr, ks)
        swapped = a.type == "CONSULT" and _equal_or_empty(ka, ks) and _equal_or_empty(kr, kb)
        # "بحث الوزيران" (both parties as actors) reports the meeting "X met Y"
        reciprocal = (not ar or not br) and (aa | ar) == (ba | br)
        if not (same or swapped or reciprocal):
            return False
    if not (aa | ar) or not (ba | br):  # an argument-less report near the other one ("سيتم بحث ...")
        na, nb = _names(a), _names(b)
        if na and nb and not (na & nb):
            return False  # two reports naming different parties without countries (المعارضة / جنود)
        last = max([a.sentence.start] + [m.sentence.start for m in a.mentions])
        return abs(b.sentence.start - last) < NEARBY_CHARS
    shared = (aa | ar) & (ba | br)
    return bool(shared)


def _dates_differ(a: Event, b: Event) -> bool:
    """Whether both reports carry a date and the dates are not the same day."""
    return bool(a.date and b.date and a.date.value and b.date.value and a.date.value != b.date.value)


GUESSED_DATE_NOTES = ("date: same-sentence", "date: publication-date")
GUESSED_DATE_NOTE = "merge: a date taken from another clause keeps no report of one sentence apart"


def _guessed_date(e: Event) -> bool:
    """A date found outside the report's own clause (another clause's أمس، منذ الأسبوع الماضي، the publication
    day) is a guess: a bare re-mention of the attack (في أحدث هجوم، في هجمات تبنى بعضها) takes whatever date is
    nearest, and it does not make the re-mention another event of its sentence."""
    return any(x in GUESSED_DATE_NOTES for x in e.explanation)


def _re_mention(again: Event, first: Event) -> bool:
    """``again`` re-mentions the act ``first`` reports in its sentence: its date is a guess and it names no party
    ``first`` does not name by the same mention (a report of the casualties by their own words is no re-mention)."""
    return _guessed_date(again) and _spans(again.actor + again.recipient) <= _spans(first.actor + first.recipient)


def pattern_id(e: Event) -> str:
    """The trigger pattern's id of an event made by a lexicon rule (``rule:assault.rasas`` -> ``assault.rasas``)."""
    return e.source.split(":", 1)[-1]


def is_casualty_report(e: Event) -> bool:
    """A report of deaths or wounds (لقي مصرعه، مقتل X، قُتل جندي): it names victims, not who attacked."""
    pid = pattern_id(e)
    return e.type == "ASSAULT" and (pid in CASUALTY_PATTERNS or (
        pid in CASUALTY_PASSIVE_PATTERNS and any("passive:" in x for x in e.explanation)))


def _gap_words(e: Event, first: Span, second: Span) -> Optional[list]:
    """The normalized words between two triggers of one sentence; None across a sentence-like break."""
    gap = e.sentence.text[first.end - e.sentence.start:second.start - e.sentence.start]
    if first.end > second.start or any(c in gap for c in ".؛;:«»\"()"):
        return None
    return [normalize_word(w.strip("،,")) for w in gap.split() if w.strip("،,")]


def casualties_of(casualty: Event, attack: Event) -> bool:
    """``casualty`` reports the deaths or wounds of the ``attack`` reported beside it in one clause: "قتل جندي
    في هجوم"، "لقي 10 مصرعهم وأصيب آخرون في غارات"، "شن غارات أسفرت عن مقتل 5". The two are one event, whatever
    parties each found on its own (a casualty verb has no agent; its parser often takes one from nearby)."""
    if casualty.type != "ASSAULT" or attack.type != "ASSAULT" or casualty.sentence.start != attack.sentence.start \
            or not is_casualty_report(casualty) or is_casualty_report(attack):
        return False
    if casualty.trigger.start < attack.trigger.start:
        gap = _gap_words(casualty, casualty.trigger, attack.trigger)
        first = normalize_word(attack.trigger.text.split()[0]) if attack.trigger.text.split() else ""
        caused = bool(gap) and gap[-1] in CAUSE_WORDS or (
            gap is not None and first.startswith("ب") and not _verb_headed_ids().get(pattern_id(attack)))
    else:
        gap = _gap_words(casualty, attack.trigger, casualty.trigger)
        head = [normalize_word(w) for w in casualty.trigger.text.split()[:1]]
        caused = gap is not None and bool(set(gap + head) & OUTCOME_WORDS)
    return caused and len(gap) <= CASUALTY_GAP_WORDS and not (set(gap) & CLAUSE_BREAKS)


def _attack_parties(keep: Event, attack: Event, casualty: Event) -> None:
    """The merged report of an attack and its casualties: the attack names the attacker (never one of the
    casualties); the casualties, when named with a country, are the target, else the attack's target."""
    # "قتل جنود في انفجار عبوة": a victim named before the attack's word is a casualty, though
    # the attack's parser took it for the doer; "برصاص الجيش" names its doer after the word
    victims = {(r.start, r.end, r.country) for r in casualty.recipient
               if r.start < attack.trigger.start and casualty.trigger.start < attack.trigger.start}
    doers = [[a for a in side if (a.start, a.end, a.country) not in victims]
             for side in (attack.actor, casualty.actor)]
    keep.actor = doers[0] or doers[1]  # "قتل X في غارة أمريكية": the casualty report's agent phrase
    actor_spans = {(a.start, a.end, a.country) for a in keep.actor}
    named = [r for r in casualty.recipient if (r.start, r.end, r.country) not in actor_spans]
    # the casualties named with their country are the target; else the attack's own target (or its place)
    # (or a named group of no state whose men they are: "مقتل 110 من عناصر تنظيم داعش في غارات")
    keep.recipient = named if _countries(named) or any(stateless_group(r) for r in named) else \
        list(attack.recipient or named)
    keep.recipient = [r for r in keep.recipient if (r.start, r.end, r.country) not in actor_spans]
    keep.explanation.append("merge: casualties of the attack reported beside them (its doer, their side)")


def _names(e: Event) -> set:
    return {x.name for x in e.actor + e.recipient}


def _victims(e: Event) -> set:
    """Spans a report names as the one its act was done to by its grammar (passive, نجا X من: the patient).
    The patient of a passive comes after its verb (قُتل اثنان، أسفرت عن قتل 25 من عناصر داعش); a party named
    before it (أعلن داعش مسؤوليته عن هجوم ... فيما قتل اثنان) is another clause's, taken by a loose parse."""
    if not any("passive:" in x for x in e.explanation):
        return set()
    return {(r.start, r.end, r.country) for r in e.recipient if r.start >= e.trigger.start}


def _vague(parties) -> bool:
    """Parties naming nobody in particular: bare sector terms of no country (قوات، مسلحون). A named group of
    no country (داعش، القاعدة) is a party: a place's country in another report does not replace it."""
    return bool(parties) and all(is_generic(p) for p in parties)


def _vague_elsewhere(keep: Event, other: Event, parties) -> bool:
    """Parties naming nobody in particular (مسلحين، متطرفين) found by a report in another sentence: the gold
    leaves an unnamed side empty, so they do not fill a side this report left empty."""
    return keep.sentence.start != other.sentence.start and _vague(parties)


def _stateless_group(a) -> bool:
    """A named group of no country (داعش، القاعدة): a party in its own right, not a vague one."""
    return not a.country and a.kind == "group"


def _adds_countryless(held, offered) -> bool:
    """A target named with its country (حزب العمال الكردستاني، الجيش) is not replaced by another report's "more
    specific" one that adds a party of no country: that report (قصف داعش وحزب العمال الكردستاني) names the wider
    campaign's targets, not this attack's."""
    return bool(held) and all(r.country for r in held) and any(not r.country for r in offered)


PLACE_RECIPIENT_NOTE = "recipient: country where it happened"
# acts whose target, when nobody is named, is the country where they happen (the news gold convention for attacks
# and protests); for the others (an arrest at home) that country says where, not whom
PLACE_TARGET_KEPT_TYPES = frozenset(raw_words("merge", "place_target_types"))


def _home_place_elsewhere(keep: Event, other: Event) -> bool:
    """``other``, in another sentence, has as its only target the country where it happened, which is the country
    of ``keep``'s own actor: a state's arrest at home (اعتقلت وحدات خاصة ... بمدينة منزل بورقيبة) names no detainee
    there, so the place is no target of ``keep`` (the gold leaves unnamed detainees empty)."""
    if keep.sentence.start == other.sentence.start or keep.type in PLACE_TARGET_KEPT_TYPES:
        return False
    if not any(x.startswith(PLACE_RECIPIENT_NOTE) for x in other.explanation):
        return False
    home = _countries(keep.actor)
    return bool(home) and all(r.kind == "place" and r.country in home for r in other.recipient)


def _place_fallback(other: Event, r, keep: Event) -> bool:
    """``r`` is the country where ``other`` happened, its target only because it named none (قتل 25 من داعش
    وأصيب 30 في الفلوجة): beside a report whose target is a named group of no state (داعش، القاعدة) it adds no
    target - the group is the party hit, the place only says where (session 31)."""
    return r.kind == "place" and any(x.startswith(PLACE_RECIPIENT_NOTE) for x in other.explanation) and \
        bool(keep.recipient) and all(map(_stateless_group, keep.recipient))


def _background_clash(keep: Event, other: Event) -> bool:
    """``other``, in another sentence, reports fighting between two sides (المعارك بين المتمردين وقوى الأمن):
    the war's background, whose two sides are no doer or target of the one act ``keep`` reports."""
    if pattern_id(other) not in CLASH_PATTERNS or len(other.actor) < 2:
        return False
    return keep.sentence.start != other.sentence.start or _background_clause(keep, other)


def _background_clause(keep: Event, other: Event) -> bool:
    """Within one sentence, fighting told in a clause after the act (انفجار عبوة قرب العريش حيث تجري مواجهات
    بين قوات الامن والمتطرفين) is the setting, not the act's doer and target (session 31)."""
    if other.trigger.start <= keep.trigger.start:
        return False
    gap = keep.sentence.text[keep.trigger.end - keep.sentence.start:other.trigger.start - keep.sentence.start]
    return bool({normalize_word(w.strip("،,")) for w in gap.split()} & BACKGROUND_CLAUSE_WORDS)


def _absorb(keep: Event, other: Event) -> None:
    if _background_clash(keep, other):
        other = replace(other, actor=[], recipient=[])  # still one event told twice: only its parties stay out
    # "نجا X من محاولة اغتيال استهدفت موكبه": the survivor named by a patient report is no actor of the other
    hit = _victims(other) & {(a.start, a.end, a.country) for a in keep.actor}
    if hit:
        moved = [a for a in keep.actor if (a.start, a.end, a.country) in hit]
        keep.actor = [a for a in keep.actor if (a.start, a.end, a.country) not in hit]
        keep.recipient = keep.recipient + [a for a in moved if all(a is not r for r in keep.recipient)]
        keep.explanation.append("merge: the victim of a patient report is no actor")
    keep.mentions.append(Mention(Span(other.trigger.text, other.trigger.start, other.trigger.end), other.sentence))
    keep.mentions.extend(other.mentions)
    # the more specific report of the same parties wins (العراق -> الرئيس العراقي برهم صالح)
    if other.actor and _countries(other.actor) == _countries(keep.actor) and \
            _specific(other.actor) > _specific(keep.actor) and not _vague_elsewhere(keep, other, other.actor):
        keep.actor = other.actor
    if other.recipient and _countries(other.recipient) >= _countries(keep.recipient) and \
            _specific(other.recipient) > _specific(keep.recipient) and \
            not _vague_elsewhere(keep, other, other.recipient) and \
            not any(map(_stateless_group, keep.recipient)) and \
            not _adds_countryless(keep.recipient, other.recipient) and \
            not _home_place_elsewhere(keep, other):  # داعش is not made more specific by "العراق"
        keep.recipient = other.recipient
    # a mention already known as this event's recipient (the one killed) is not its actor in another report
    # ("وقتل جندي ... في هجوم": the noun report's nearest-noun subject is the victim)
    held = {(r.start, r.end, r.country) for r in keep.recipient}
    other_actor = [a for a in other.actor if (a.start, a.end, a.country) not in held]
    if _vague_elsewhere(keep, other, other_actor):
        other_actor = []  # "مسلحين" of another sentence names no one this report left out
    if not keep.actor and other_actor:
        keep.actor = other_actor
    elif other_actor and _countries(other_actor) and not _countries(keep.actor) and \
            not (_countries(other_actor) & _countries(keep.recipient)):
        keep.actor = other_actor  # a report naming the country beats one naming only "نشطاء"
    elif other.actor and _countries(other.actor) > _countries(keep.actor) and _countries(keep.actor) and \
            keep.sentence.start == other.sentence.start:
        keep.actor = other.actor  # "X" vs "X و Y": the coordinated report names every party
    if not keep.recipient and other.recipient and _home_place_elsewhere(keep, other):
        keep.explanation.append("merge: the home country where another sentence's act happened is no target")
    vague = _vague(keep.recipient) and _countries(other.recipient)
    if (not keep.recipient or vague) and other.recipient and not _vague_elsewhere(keep, other, other.recipient) \
            and not _home_place_elsewhere(keep, other):
        # a report naming the target's country beats one naming only "قوات" without a country
        rec = [r for r in other.recipient if all(r.country != a.country or not r.country for a in keep.actor)]
        keep.recipient = rec or keep.recipient
    elif other.recipient:
        have = {(r.start, r.end) for r in keep.recipient}
        known = {r.country for r in keep.recipient} | {a.country for a in keep.actor}
        for r in other.recipient:
            if (r.start, r.end) not in have and r.country and r.country not in known and \
                    keep.sentence.start == other.sentence.start and not _place_fallback(other, r, keep):
                keep.recipient.append(r)
    # the richest date: a known one, then one with an end (a two-day visit) when the start agrees
    if keep.date and other.date and keep.date.value == other.date.value and other.date.end_value and \
            not keep.date.end_value:
        keep.date = other.date
    if (keep.date is None or not keep.date.value) and other.date and other.date.value:
        keep.date = other.date
    keep.date = keep.date or other.date
    # a mention is never both actor and recipient of one event; the actor's own country standing as the other
    # party (domestic_parties.own_country_party: a state's own press or people, X -> X) is no mention of its own
    actor_spans = {(a.start, a.end, a.country) for a in keep.actor}  # a dual mention stands for two parties
    keep.recipient = [r for r in keep.recipient if (r.start, r.end, r.country) not in actor_spans or
                      r.kind == "implied"]
    keep.location = keep.location or other.location
    if not keep.quantities:
        keep.quantities = other.quantities
    if not keep.mode and other.mode:
        keep.mode = other.mode
    keep.confidence = min(0.99, max(keep.confidence, other.confidence) + 0.05)
    keep.explanation.append(f"merged with the report at {other.trigger.start}-{other.trigger.end} "
                            f"({other.trigger.text!r}, {other.source})")


def _spans(actors) -> set:
    return {(x.start, x.end) for x in actors}


def distinct_in_sentence(a: Event, b: Event) -> bool:
    """Two reports of one type in one sentence that are two events: each names its own actor (different
    mentions of different parties, none shared and none the other's recipient) - "تواصلت المواجهات بين قوات
    المعارضة وداعش ... وأكد أن فصائل المعارضة قتلت 15 عنصرا". A verb and its verbal noun for one act share
    their actor, or one names none; at least one report must be verb-headed."""
    if a.sentence.start != b.sentence.start or a.trigger.start == b.trigger.start:
        return False
    verbs = _verb_headed_ids()
    if not (verbs.get(pattern_id(a)) or verbs.get(pattern_id(b))):
        return False
    parties = lambda xs: {x.country for x in xs}  # noqa: E731 - a party without a country counts too
    if a.actor and b.actor and not (_spans(a.actor) & _spans(b.actor)) and parties(a.actor) != parties(b.actor) \
            and not (_spans(a.actor) & _spans(b.recipient)) and not (_spans(b.actor) & _spans(a.recipient)):
        return True  # two mentions of one party (طائرات التحالف ... طائرات التحالف) are one side
    # different targets of one side are left merged: "دعا X الحزب إلى ... وحث الحكومة على" is one request
    # to one country in the gold, and splitting by recipient lowered the validation figure
    return False


def _verb_headed_ids() -> dict:
    from hadath.events.triggers import load_lexicon

    return _verb_headed(load_lexicon())


def merge_events(events: list[Event]) -> list[Event]:
    """Merge repeated reports; keeps document order of the first report of each event."""
    out: list[Event] = []
    # id(kept event) -> the reports merged into it, as they were; None while the event is only itself, unchanged
    # (it is its own snapshot then: most events never merge, so none is copied for them)
    members: dict = {}
    for ev in events:
        target = None
        link = None
        for kept in out:
            same = kept.sentence.start == ev.sentence.start
            link = _casualty_link(kept, ev) if same else None
            if link:
                target = kept
                break
            if any(distinct_in_sentence(r, ev) for r in members.get(id(kept)) or [kept]):
                continue
            if can_merge(kept, ev, same):
                target = kept
                if same:
                    break
        if target is None:
            out.append(ev)
            members[id(ev)] = None
            continue
        guessed = _dates_differ(target, ev)
        group = (members.pop(id(target), None) or [_snapshot(target)]) + [_snapshot(ev)]
        # within one sentence the richer report leads
        if target.sentence.start == ev.sentence.start and _richness(ev) > _richness(target):
            idx = out.index(target)
            out[idx] = ev
            _absorb(ev, target)
            members[id(ev)] = group
        else:
            _absorb(target, ev)
            members[id(target)] = group
        if link:
            _attack_parties(ev if any(x is ev for x in out) else target, *link)
        elif guessed:
            (ev if any(x is ev for x in out) else target).explanation.append(GUESSED_DATE_NOTE)
    return out


def _casualty_link(kept: Event, ev: Event) -> Optional[tuple]:
    """(attack, casualty) as they were when one reports the casualties of the other in one clause."""
    if _aux_class(kept.aux) != _aux_class(ev.aux):
        return None
    if kept.date and ev.date and kept.date.value and ev.date.value and kept.date.value != ev.date.value:
        return None
    if casualties_of(kept, ev):
        return _snapshot(ev), _snapshot(kept)
    if casualties_of(ev, kept):
        return _snapshot(kept), _snapshot(ev)
    return None


def _snapshot(e: Event) -> Event:
    """The report as it was before merging (merging fills in parties from the other reports)."""
    from dataclasses import replace

    return replace(e, actor=list(e.actor), recipient=list(e.recipient), mentions=[])


def _richness(e: Event) -> tuple:
    """Verb-headed reports lead over noun-headed ones, then the one with more arguments."""
    from hadath.events.triggers import load_lexicon

    pid = pattern_id(e)
    verb = _verb_headed(load_lexicon()).get(pid, False)
    return (verb, bool(e.actor) + bool(e.recipient), e.confidence)


_VERB_HEADED: dict = {}  # id(lexicon) -> (lexicon, {pattern id: head slot is a verb})


def _verb_headed(lex) -> dict:
    """Pattern id -> whether its head is a verb, built once per lexicon (ids are unique in a lexicon)."""
    hit = _VERB_HEADED.get(id(lex))
    if hit is None or hit[0] is not lex:
        hit = (lex, {p.id: p.slots[0].kind == "verb" for p in lex.patterns})
        _VERB_HEADED[id(lex)] = hit
    return hit[1]

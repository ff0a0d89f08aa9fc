"""Parties of a withdrawal, flight or surrender at home, and of a truce declared by a countryless coalition.

The news gold codes a country's own forces or rebels withdrawing, fleeing or surrendering inside that country as
X -> X when the armed other side (the resistance, the army) is named in the sentence (الحوثيون انسحبوا من قعطبة بعد
إنذار المقاومة: YEM -> YEM), and X -> - when no other side is named (فرت الميليشيات باتجاه المدينة). A counted
partitive subject (عشرون من مسلحي الحوثي استسلموا) names the one who withdraws, which the subject rules miss. A truce
declared by a countryless coalition (أعلن التحالف هدنة) concerns the one country the places of its sentence, or of
the sentences just before it, name (None -> YEM). Session 31. Words: data/retreat_parties_words.yaml.
"""
from __future__ import annotations

from typing import Optional

from hadath.document import Actor, Document, Event
from hadath.events.argument_clues import actors_in
from hadath.events.doc_index import token_index
from hadath.events.place_parties import NON_STATE_CODES, vague
from hadath.events.wordlists import raw_words, words

COUNTS = words("retreat_parties", "retreat_counts")
COUNT_FILLERS = words("retreat_parties", "count_fillers")
ARMED_SECTORS = frozenset(raw_words("retreat_parties", "armed_sectors"))
PARTITIVE_GAP = 6  # "عشرات المقاتلين من ميليشيات الحوثي وصالح فروا": the counted phrase ends at the verb
HOME_MODES = ("withdraw", "disarm")
ALLY_WORDS = words("retreat_parties", "ally_words")
CLAUSE_WORDS = words("retreat_parties", "clause_words")
BARE_FIGHTERS = words("retreat_parties", "bare_fighters")
LEADER_WORDS = words("retreat_parties", "leader_words")


def _norm(t: str) -> str:
    return " ".join(t.replace("أ", "ا").replace("إ", "ا").replace("آ", "ا").split())


def _is_count(tok) -> bool:
    n = tok.norm[1:] if tok.norm[:1] == "و" and tok.norm[1:] in COUNTS else tok.norm
    return n in COUNTS or any(ch.isdigit() for ch in tok.norm) or n == "ما"


def _counted_before_of(doc: Document, k: int) -> bool:
    """Token k is the partitive من and a count (past a filler or two) stands before it."""
    toks = doc.tokens
    j = k - 1
    while j >= 0 and k - j <= 3 and toks[j].norm in COUNT_FILLERS:
        j -= 1
    return j >= 0 and _is_count(toks[j])


def partitive_subject(doc: Document, ev: Event) -> bool:
    """``عشرون من مسلحي الحوثي استسلموا`` / ``استسلام أعداد كبيرة من ميليشيات الحوثي``: the counted men's party
    withdraws or surrenders. Takes it as the actor when none was found (moving it from the recipient, where the
    noun's من put it)."""
    if ev.actor or ev.mode not in HOME_MODES:
        return False
    toks = doc.tokens
    sent = ev.sentence
    ti = token_index(toks, ev.trigger.start)
    te = token_index(toks, ev.trigger.end - 1)
    named = [a for a in actors_in(doc, sent.start, sent.end) if a.country]
    # before the trigger: COUNT من [heads] ACTOR (و ACTOR) trigger
    before = [a for a in named if a.end <= ev.trigger.start and
              token_index(toks, a.start) >= ti - PARTITIVE_GAP]
    if before:
        first = min(before, key=lambda a: a.start)
        gap = doc.text[max(a.end for a in before):ev.trigger.start].strip()
        k = token_index(toks, first.start) - 1
        while k > 0 and toks[k].norm in ("عناصر", "مسلحي", "مقاتلي", "قوات", "ميليشيات", "مليشيات", "افراد"):
            k -= 1
        if gap == "" and k > 0 and toks[k].norm in ("من", "ومن") and _counted_before_of(doc, k):
            ev.actor = sorted(before, key=lambda a: a.start)
            ev.recipient = [r for r in ev.recipient if all(r.start != a.start for a in ev.actor)]
            ev.explanation.append("actor: the party of the counted men before the withdrawal or surrender "
                                  + ", ".join(f"{a.text!r}" for a in ev.actor))
            return True
    # a noun with its count inside or right after: استسلام أعداد كبيرة من X
    k = te + 1
    if not _is_count(toks[te]) and k < len(toks) and _is_count(toks[k]):
        k += 1
    elif not _is_count(toks[te]):
        return False
    while k < len(toks) and toks[k].norm in COUNT_FILLERS:
        k += 1
    if k >= len(toks) or toks[k].norm not in ("من",):
        return False
    after = [r for r in ev.recipient if r.country and token_index(toks, r.start) <= k + 3 and r.start > toks[k].start]
    if not after:
        return False
    ev.actor = after
    ev.recipient = [r for r in ev.recipient if r not in after]
    ev.explanation.append("actor: the party of the counted men after the surrender noun "
                          + ", ".join(f"{a.text!r}" for a in after))
    return True


def _ally_or_clause(doc: Document, ev: Event, a: Actor) -> bool:
    """Candidate a is no other side: joined to the actor by و (انسحب مسلحو الحوثيين وقوات صالح), its patron or
    companion (الذي عينه الحوثيون، برفقة قيادات التمرد، التابعين للحوثيين), or named across a reported or
    contrasted clause (مؤكدا أن العديد من المسلحين بدأوا بالانسحاب، فيما أكد سكان أن الحوثيين: another event's party)."""
    toks = doc.tokens
    i = token_index(toks, a.start)
    if any(toks[j].norm in ALLY_WORDS for j in range(max(0, i - 2), i)):
        return True
    for b in ev.actor:
        lo, hi = (b.end, a.start) if b.end <= a.start else (a.end, b.start)
        gap = doc.text[lo:hi].strip(" ،,")
        if gap in ("", "و") or (hi - lo < 40 and len(gap.split()) <= 2 and gap.startswith("و")):
            return True
    lo, hi = (a.end, ev.trigger.start) if a.end <= ev.trigger.start else (ev.trigger.end, a.start)
    return any(toks[j].norm in CLAUSE_WORDS for j in range(token_index(toks, lo), token_index(toks, hi)))


def home_other_side(doc: Document, ev: Event) -> bool:
    """A country's forces or rebels withdrawing or fleeing at home with an armed other side of the same country
    named in the sentence (the resistance, the loyal army): X -> X."""
    if ev.mode not in HOME_MODES or not vague(ev.recipient) or ev.aux in ("negated", "hypothetical"):
        return False
    own = {a.country for a in ev.actor if a.country}
    if len(own) != 1 or own & NON_STATE_CODES or not any((a.sector or "") in ARMED_SECTORS for a in ev.actor):
        return False  # an armed party withdraws (not a source misread as the subject: أبلغت مصادر عن فرار)
    (country,) = own
    texts = {_norm(a.text) for a in ev.actor}
    for a in actors_in(doc, ev.sentence.start, ev.sentence.end):
        if a.country != country or (a.sector or "") not in ARMED_SECTORS or _norm(a.text) in texts or \
                _norm(a.text) in BARE_FIGHTERS or any(a.ref and a.ref == b.ref for b in ev.actor) or \
                any(b.start <= a.start < b.end or a.start <= b.start < a.end for b in ev.actor) or \
                _ally_or_clause(doc, ev, a):
            continue
        ev.recipient = [a]
        ev.explanation.append(f"recipient: the armed other side at home {a.text!r} ({country})")
        return True
    return False


def _place_country(doc: Document, start: int, end: int) -> Optional[str]:
    """The one state country of the places named in [start, end), if exactly one; not a leader's (الذي تقوده
    السعودية)."""
    toks = doc.tokens
    found = {p.country for p in getattr(doc, "places", None) or () if p.country and start <= p.start < end and
             not any(toks[j].norm in LEADER_WORDS for j in range(max(0, token_index(toks, p.start) - 2),
                                                                  token_index(toks, p.start)))}
    found -= NON_STATE_CODES
    return next(iter(found)) if len(found) == 1 else None


def coalition_truce(doc: Document, ev: Event) -> bool:
    """A truce declared by a countryless party (the coalition) with no other party concerns the one country whose
    places its sentence, or failing that one of the three sentences before it, names (places, not parties: the
    coalition's leader, الذي تقوده السعودية, is not where the truce holds)."""
    if ev.mode != "ceasefire" or not ev.actor or any(a.country for a in ev.actor) or not vague(ev.recipient) or \
            ev.aux in ("negated", "hypothetical"):
        return False
    idx = [i for i, s in enumerate(doc.sentences) if s.start <= ev.trigger.start < s.end]
    if not idx:
        return False
    country = None
    for k in range(idx[0], max(-1, idx[0] - 4), -1):
        country = _place_country(doc, doc.sentences[k].start, doc.sentences[k].end)
        if country:
            break
    if not country:
        return False
    ev.recipient = [Actor(country, ev.trigger.start, ev.trigger.start, country, None, country, None, kind="implied")]
    ev.explanation.append(f"recipient: a countryless party's truce in the country the text places it ({country})")
    return True


def retreat_parties(doc: Document, ev: Event) -> None:
    """The rules above, for a RETREAT event (called from implied_parties.recipient_from_place)."""
    if ev.type != "RETREAT" or ev.aux in ("negated", "hypothetical"):
        return
    partitive_subject(doc, ev)
    home_other_side(doc, ev) or coalition_truce(doc, ev)

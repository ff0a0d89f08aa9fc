"""The two sides of a clash noun (session 31): ``اشتباكات عنيفة بين قوات النظام وحزب الله من جهة، وجبهة
النصرة من جهة أخرى``، ``معارك ضارية بين القوات الكردية والجيش الإيراني``، ``مواجهات بينها وبين شبان فلسطينيين``.

The argument rules read a bare clash noun's بين list as neither actor nor recipient, so such a candidate stayed
too weak to be coded. The news gold codes the side listed first as the actor and the other as the recipient.
Read when the candidate is built (``stage.build_event``), like ``meeting_parties.listed_sides``.
"""
from __future__ import annotations

from typing import Optional

from hadath.document import Actor, Document, Event
from hadath.events.doc_index import token_index
from hadath.events.wordlists import words

CLASH_NOUNS = words("clash_sides", "clash_nouns")
GAP_WORDS = words("clash_sides", "clash_gap_words")
STOP_WORDS = words("clash_sides", "clash_stop_words")
MODIFIERS = words("clash_sides", "clash_modifier_words")
SUPPORT = words("clash_sides", "clash_support_words")
CONTINUED = words("clash_sides", "clash_continued")
BACK_REFERENCES = words("clash_sides", "clash_back_references")
GAP = 4  # "اشتباكات عنيفة دارت (أمس)، بين": adjectives, an occurrence verb and a time may come first
MARKER_REACH = 30  # tokens after بين where "من جهة" or a second "وبين" marks where the second side starts
BETWEEN = "بين"
BETWEEN_PRONOUNS = frozenset(("بينها", "بينه", "بينهم", "بينهما"))


def _clash_noun(doc: Document, ev: Event) -> Optional[int]:
    """The index of the last clash noun token inside the trigger, else None."""
    toks = doc.tokens
    first = token_index(toks, ev.trigger.start)
    last = token_index(toks, ev.trigger.end - 1)
    found = None
    for k in range(first, min(last + 1, len(toks))):
        if toks[k].norm in CLASH_NOUNS:
            found = k
    return found


def _between(doc: Document, k: int, stop: int) -> Optional[int]:
    """The بين (or بينها ...) token after the clash noun at k, across a few adjectives, verbs and times."""
    toks = doc.tokens
    j = k + 1
    skipped = 0
    while j < stop and skipped <= GAP:
        t = toks[j]
        if t.norm == BETWEEN or t.norm in BETWEEN_PRONOUNS:
            return j
        if t.is_punct and t.norm in ("(", ")", "،", ","):
            j += 1
            continue
        if t.is_punct or t.norm not in GAP_WORDS:
            return None
        skipped += 1
        j += 1
    return None


def _actor_at(doc: Document, t, sent_start: int, sent_end: int) -> list[Actor]:
    return [a for a in doc.actors if t.start <= a.start < t.end and sent_start <= a.start < sent_end]


def _named_group(a: Actor) -> bool:
    """A group the lexicon names (جبهة النصرة، تنظيم داعش), not a bare term (الشبان، المسلحين)."""
    return a.kind == "group" and not (a.ref or "").startswith("term:")


def _split_mode(toks, b: int, stop: int) -> str:
    """"jiha" when the list marks its sides by من جهة، "bein" by a second وبين, else "waw" (the first و party)."""
    for j in range(b + 1, min(stop, b + 1 + MARKER_REACH)):
        if toks[j].norm == "من" and j + 1 < stop and toks[j + 1].norm == "جهة":
            return "jiha"
        if toks[j].norm == "وبين":
            return "bein"
    return "waw"


def clash_sides(doc: Document, ev: Event) -> Optional[tuple[list[Actor], list[Actor]]]:
    """(actor, recipient) from the بين list after a clash noun in the trigger, else None. Both sides must name a
    party (of a country, or a named group) and one of them a known country; a back reference (بين الطرفين) or a
    single side gives None. The argument rules' joint actors (actors:بين) stay unless من جهة or وبين marks the
    sides, and a definite noun counts only after a verb of continuing fighting (تواصلت المواجهات بين)."""
    k = _clash_noun(doc, ev)
    if k is None:
        return None
    toks = doc.tokens
    if toks[k].proclitics and any(p.text == "ال" for p in toks[k].proclitics) and \
            not (k > 0 and toks[k - 1].norm in CONTINUED):
        return None  # في المعارك بين ...: a definite noun mostly refers back to fighting already reported
    stop = min(len(toks), token_index(toks, ev.sentence.end - 1) + 1)
    b = _between(doc, k, stop)
    if b is None or any(a.start < toks[b].start for a in ev.recipient):
        return None  # a recipient of its own (اشتباكات مع داعش) stays; one read inside the list is replaced
    sides: list[list[Actor]] = [[], []]
    side = 0
    if toks[b].norm in BETWEEN_PRONOUNS:  # مواجهات بينها وبين الشبان: the first side is the one just named
        own = [a for a in ev.actor if a.start < ev.trigger.start]
        before = [a for a in doc.actors if ev.sentence.start <= a.start < ev.trigger.start]
        sides[0] = own or before[-1:]
        if not sides[0] or b + 1 >= stop or toks[b + 1].norm != "وبين":
            return None
        side, j = 1, b + 2
        mode = "bein"
    else:
        if b + 1 < stop and toks[b + 1].norm in BACK_REFERENCES:
            return None
        mode = _split_mode(toks, b, stop)
        if sum(a.start > toks[b].start for a in ev.actor) >= 2 and mode == "waw" and not ev.recipient:
            return None  # the argument rules' joint actors (actors:بين) stay unless the list marks its sides
        j = b + 1
    modifier = support = False
    jiha_seen = False
    while j < stop:
        t = toks[j]
        if t.norm == "من" and j + 1 < stop and toks[j + 1].norm == "جهة":
            if jiha_seen or side == 1:
                break  # من جهة أخرى: the list is over
            jiha_seen, side, modifier, support = True, 1, False, False
            j += 2
            continue
        if t.is_punct:
            if t.norm in ("«", "»", '"', "(", ")", "“", "”"):
                j += 1
                continue
            modifier = support = False
            nxt = toks[j + 1] if j + 1 < stop else None
            if nxt is not None and (nxt.norm.startswith("و") or (mode == "jiha" and side == 1 and not sides[1])):
                j += 1
                continue
            break
        if t.norm in STOP_WORDS:
            break
        if t.norm == "وبين" and mode == "bein":
            side, modifier, support = 1, False, False
            j += 1
            continue
        if t.norm in MODIFIERS:
            modifier = True
            j += 1
            continue
        if t.norm in SUPPORT:
            support = True
            j += 1
            continue
        waw = any(m.text == "و" for m in t.proclitics)
        if waw and modifier:
            modifier = False  # المناهضة لنظام طهران والجيش الإيراني: a modifier governs one noun
        if mode == "waw" and side == 0 and sides[0] and not support and waw:
            side = 1  # والمتمردين، ومقاتلي حركة طالبان: the second conjunct, its party named here or just after
        found = _actor_at(doc, t, ev.sentence.start, ev.sentence.end)
        if found and not modifier:
            for a in found:
                if all(a.start != x.start for x in sides[side]):
                    sides[side].append(a)
        j = max(j + 1, token_index(toks, max(a.end for a in found) - 1) + 1) if found else j + 1
    if not all(any(a.country or _named_group(a) for a in side_) for side_ in sides) or \
            not any(a.country for a in sides[0] + sides[1]):
        return None  # each side names a party (a bare الفصائل or الشبان of no country is too vague)
    return sides[0], sides[1]

"""Places that stand for parties, and the clues the implied-party modules share.

An attack, protest or condolence that names no party is read against the country where it happens (a bombing in
Baghdad hits IRQ, unnamed protesters in Times Square are USA): the place finders live here, with the sector
sets, the vague-party test and the nationality table that the attack, domestic and group rules read too, so
those modules depend on this one and not on each other.
"""
from __future__ import annotations

from functools import lru_cache

from hadath.document import Actor, Document, Event
from hadath.events.doc_index import token_at
from hadath.events.wordlists import words
from hadath.text.normalize import normalize_word


PEOPLE_NOUNS = words("implied_parties", "people_nouns")

# unnamed foreigners arrested or deported (ترحل الصين 9 سائحين أجانب) are no people of the acting state
FOREIGNER_WORDS = frozenset(normalize_word(w) for w in "أجانب الأجانب أجنبيا أجنبيين أجنبيتين أجنبية".split())


CONFLICT_TYPES = frozenset(("ASSAULT", "COERCE"))
NON_STATE_CODES = frozenset(("IGO", "NGO", "KUR", "IMG", "MNC"))
STATE_SECTORS = frozenset(("GOV", "COP", "JUD", "MIL", "LEG"))
IRREGULAR_SECTORS = frozenset(("REB", "UAF", "INS", "CRM"))
CIVILIAN_SECTORS = frozenset(("CVL", "EDU", "REL", "JRN", "ACT", "HRI", "LAB", "BUS", "HLH", "AGR"))


def vague(actors) -> bool:
    """Only bare sector terms without a country (أشخاص، مدنيين): no named party."""
    return all(not a.country and (a.ref or "").startswith("term:") for a in actors)


@lru_cache(maxsize=1)
def singular_nationalities() -> dict:
    """Singular nationality adjectives of the actor lexicon (كويتي -> KWT)."""
    from hadath.actors.lexicon import default_lexicon
    return {f: e.country for e in default_lexicon().entries
            if e.kind == "nationality" and e.number == "singular" and e.country for f in e.forms}


# dead or wounded reported in the sentence (the people an attack on its own soil hits)
CASUALTY_WORDS = frozenset(normalize_word(w) for w in (
    "قتل قتلا قتلوا مقتل قتيلا قتلى قتيل مصرع مصرعهم مصرعه حتفهم حتفه أصيب أصيبوا إصابة اصابة جرح جرحى جريحا "
    "جريح").split())
CASUALTY_PREFIXES = ("و", "ب", "وب")  # "ما تسبب بمقتل 31 شخصا", "وبمقتل": the dead after a clitic


def casualty_word(norm: str) -> bool:
    """A word reporting dead or wounded, bare or behind و / ب."""
    return norm in CASUALTY_WORDS or any(norm.startswith(p) and norm[len(p):] in CASUALTY_WORDS
                                         for p in CASUALTY_PREFIXES)


PLACE_AFTER_CHARS = 60  # "تجمع متظاهرون في شارع تايمز سكوير بنيويورك": where they gathered follows them closely


def place_after(doc: Document, start: int, stop: int, right_after: bool = False):
    """The first place with a country a little after ``start``, introduced by في or ب (in). ``right_after`` (for
    people named by a bare term: المواطنين في محافظة أسوان، العاملين بمدينة عدن): only the first such place counts,
    and only behind في or ب and at most a place noun."""
    for p in sorted(getattr(doc, "places", None) or (), key=lambda p: p.start):
        if not (start <= p.start < min(stop, start + PLACE_AFTER_CHARS)) or not p.country:
            continue
        if right_after:
            return p if _right_behind_in(doc.text[start:p.start].split(), doc.text[p.start:p.start + 1]) else None
        before = doc.text[max(0, p.start - 4):p.start]
        if before.endswith(("في ", "ب", "وفي ")):
            return p
    return None


def _right_behind_in(words: list, first_char: str) -> bool:
    """The words between people and a place are only في or ب and at most a place noun (or the place carries ب)."""
    if not words:
        return first_char == "ب"
    return len(words) <= 2 and (words[0] in ("في", "وفي") or words[0].startswith("ب"))


PARTNER_WORDS = frozenset(normalize_word(w) for w in "مع ومع حدود الحدود".split())


def sentence_country_places(doc: Document, ev: Event) -> list:
    """The places with a country in the event's sentence, not counting a border partner (قرب الحدود مع سوريا)."""
    toks = doc.tokens
    found = []
    for p in getattr(doc, "places", None) or ():
        if not (ev.sentence.start <= p.start < ev.sentence.end) or not p.country:
            continue
        i = token_at(doc, p.start, 0, len(toks))
        if any(toks[k].norm in PARTNER_WORDS for k in range(max(0, i - 2), i)):
            continue
        found.append(p)
    return found


def sole_sentence_place(doc: Document, ev: Event):
    """The first place of the sentence when all its places with a country lie in one country (وشهدت مدينة الحديدة
    احتجاجات، حيت مدينة فيرغسون ... في الولايات المتحدة); none when it names two countries or none."""
    found = sentence_country_places(doc, ev)
    if len({p.country for p in found}) != 1:
        return None
    return min(found, key=lambda p: p.start)


def _place_party(loc) -> Actor:
    """A place standing for its country's people or authorities."""
    return Actor.of_place(loc)


def protesters_of_place(doc: Document, ev: Event) -> None:
    """Unnamed protesters (متظاهرون، محتجون، مئات المصلين), or a protest with no one named, with no nationality are
    people of the country where they protest, as the news gold codes them (protesters in Times Square: USA);
    unplaced, the place after them in the sentence (في / ب); with no one named, the one country whose places the
    sentence names; never a country named as a party elsewhere (هاتفين الموت لأمريكا)."""
    if not vague(ev.actor) or any(a.sector not in CIVILIAN_SECTORS for a in ev.actor):
        return
    loc = ev.location
    if loc is None and ev.actor:
        loc = place_after(doc, ev.actor[-1].end, ev.sentence.end)
    elif loc is None:
        # no one named ("شهدت مدينة الحديدة احتجاجات"): the sentence's places are the protest's (named protesters
        # placed nowhere near stay countryless, as the GSR coders leave them)
        loc = sole_sentence_place(doc, ev)
        if loc is not None and vague(ev.recipient):
            # no place phrase the location layer tied to the protest: against that country's authorities
            ev.recipient = [_place_party(loc)]
            ev.explanation.append(f"recipient: protest in the sentence's one country {loc.text!r} ({loc.country})")
    if loc is None or not loc.country:
        return
    if not ev.actor and _foreign_target(ev, loc.country):
        return  # "تظاهر مئتا شخص في بروكسل للتنديد بالغارات التركية": who protests abroad is not said
    ev.actor = [_place_party(loc)]
    ev.explanation.append(f"actor: unnamed protesters in {loc.text!r} ({loc.country})")


def _foreign_target(ev: Event, country: str) -> bool:
    """A named target in another country than the protest's place."""
    named = {a.country for a in ev.recipient if a.country}
    return bool(named) and named != {country}


SUICIDE_STEM = "انتحار"  # انتحاري، انتحاريين، هجوم انتحاري: the one who blows himself up


def suicide_bomber(a: Actor) -> bool:
    """An unnamed suicide bomber (فجر انتحاري نفسه، هجوم نفذه انتحاريان): always the attacker, never the group hit."""
    return (a.ref or "").startswith("term:") and SUICIDE_STEM in a.text


def stateless_group(a: Actor) -> bool:
    """A named armed group the lexicon gives no country (تنظيم داعش، تنظيم القاعدة), not a bare term (مسلحون)."""
    return not a.country and a.sector in IRREGULAR_SECTORS and not (a.ref or "").startswith("term:")


def sole_country_place(doc: Document, ev: Event):
    """An attack the places layer could not place (انفجار في بلدة سروج بجنوب شرق تركيا، في العاصمة الصومالية مقديشو:
    the place is too far from its preposition) and with no named attacker, or only a stateless group (تبنى داعش
    الانفجار الذي هز مدينة الرمادي العراقية): when the sentence names places of one country only, not counting a border
    partner (قرب الحدود مع سوريا), the attack happened there (an air force's strikes on a group abroad are the
    group's, not the country's; with no attacker named, an unnamed suicide bomber is that attacker, no group hit)."""
    attackers = {(a.start, a.end) for a in ev.actor}
    if any(ev.sentence.start <= a.start < ev.sentence.end and (a.country in NON_STATE_CODES or a.sector in
                                                                 IRREGULAR_SECTORS)
           and not within_attacker(a, attackers) and not (not ev.actor and suicide_bomber(a))
           for a in doc.actors or ()):
        return None  # strikes on a group's positions (مواقع لتنظيم داعش في سوريا) are the group's, not the country's
    own = {a.country for a in ev.actor}
    found = sentence_country_places(doc, ev)
    countries = {p.country for p in found}
    if len(countries) != 1 or countries & own:
        return None
    return found[0]


def within_attacker(a, attackers: set) -> bool:
    """A group that is (part of) the attack's own actor (قصفت ميليشيات الحوثي محافظة X) is no target group."""
    return any(s <= a.start and a.end <= e or a.start <= s and e <= a.end for s, e in attackers)


def foreign_soil_place(doc: Document, ev: Event):
    """A state's attack or restriction abroad on no one named, placed by no phrase near the trigger (أطلقت البحرية
    الإسرائيلية النار على الصيادين قبالة سواحل قطاع غزة): the one foreign country the sentence's places lie in. A
    place that is also named as a party (يهتفون ضد الولايات المتحدة) says what the act is about, not where it is."""
    loc = sole_country_place(doc, ev)
    if loc is None or any(a.start < loc.end and loc.start < a.end and a.kind == "country" for a in doc.actors or ()):
        return None
    return loc


def own_soil_place(doc: Document, ev: Event):
    """An attack by a state's forces or a group of one country that kills unnamed people, placed by no phrase near
    the trigger, in a sentence naming places of that same country only (غارات نفذها الجيش السوري على قرية ... في
    محافظة حلب، تفجير نفذه حزب العمال الكردستاني في إقليم أغري بشرق تركيا): the people hit are that country's."""
    own = {a.country for a in ev.actor if a.country and a.country not in NON_STATE_CODES}
    if len(own) != 1:
        return None
    inside = [a for a in doc.actors or () if ev.sentence.start <= a.start < ev.sentence.end]
    named_ends = [a.end for a in inside if not (a.ref or "").startswith("term:")]
    unnamed = [a for a in inside if (a.ref or "").startswith("term:")
               and not any(0 <= a.start - e <= 3 for e in named_ends)]  # not "داعش الإرهابي" (an adjective)
    if any(a.sector in IRREGULAR_SECTORS for a in unnamed):
        return None  # unnamed gunmen or terrorists in the sentence: killed militants give no target
    toks = doc.tokens
    lo, hi = token_at(doc, ev.sentence.start, 0, len(toks)), token_at(doc, ev.sentence.end - 1, 0, len(toks)) + 1
    if not any(casualty_word(toks[k].norm) for k in range(lo, hi)):
        return None  # no one reported killed or wounded: no people hit
    found = sentence_country_places(doc, ev)
    if not found or {p.country for p in found} != own:
        return None
    return min(found, key=lambda p: p.start)


def condoled_country(ev: Event) -> None:
    """Condolences to unnamed victims' families (أعربت روسيا عن تعازيها لأسر ضحايا الهجوم الذي وقع في أبها) go to the
    country where the loss happened, when it is not the mourner's own."""
    if ev.type != "SUPPORT" or (ev.cameo or "")[:3] != "018" or not vague(ev.recipient) or \
            ev.aux in ("negated", "hypothetical") or not ev.actor:
        return
    loc = ev.location
    if loc is None or not loc.country or loc.country in {a.country for a in ev.actor}:
        return
    ev.recipient = [Actor.of_place(loc)]
    ev.explanation.append(f"recipient: condolences for a loss in {loc.text!r} ({loc.country})")


SUPPORTED_PLACE_CHARS = 12  # "اعترفت السويد بدولة فلسطين", "بالشكر إلى إيران": the backed state follows at once
SUPPORTED_PLACE_LEAD = ("ب", "بدولة ", "إلى ", "الى ", "ل", "لدولة ")


def supported_place(doc: Document, ev: Event) -> None:
    """Backing with no party found whose object is a country named as a place or a party inside the frame (اعترفت السويد بفلسطين، أشاد الوزير
    المصري بالسعودية، توجه بالشكر إلى إيران، أعادت افتتاح سفارتها في طهران): the place is the backed state. Only a
    place right behind ب / إلى / ل (في after an embassy) inside the trigger's frame or at once after it or after
    its subject, and not the backer's own country."""
    if ev.type != "SUPPORT" or ev.recipient or not ev.actor:
        return
    own = {a.country for a in ev.actor}
    anchor = max([ev.trigger.end] + [a.end for a in ev.actor if a.start >= ev.trigger.start])
    named = [(p, Actor.of_place(p)) for p in getattr(doc, "places", None) or ()] + [(a, a) for a in doc.actors]
    for p, party in sorted(named, key=lambda pair: pair[0].start):
        if not p.country or p.country in own or not (ev.trigger.start < p.start <= anchor + SUPPORTED_PLACE_CHARS):
            continue
        lead = doc.text[max(ev.trigger.start, p.start - 6):p.start]
        embassy = "سفار" in ev.trigger.text and lead.endswith("في ")  # أعادت افتتاح سفارتها في طهران
        if not (lead.endswith(SUPPORTED_PLACE_LEAD) or embassy) or any(a.start <= p.start < a.end for a in ev.actor):
            continue
        if p.start > anchor and len(doc.text[anchor:p.start].split()) > 2:
            continue
        ev.recipient = [party]
        ev.explanation.append(f"recipient: the backed country named right after the frame, {p.text!r} ({p.country})")
        return

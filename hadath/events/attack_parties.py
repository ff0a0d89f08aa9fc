"""Who did an attack and who it hit, when the parser's subject and object are not the parties.

A reporting source (مصدر عسكري) is no attacker, fire "from Yemeni territory" is Yemen's, a state's forces against
militants at home hit no one the gold names, a bombing's victims' own state is not its bomber, an attack laid at
someone's door (نسبت إلى X) is X's, the body whose aircraft an attack noun is "of" (قصف لطيران X) is its doer.
Kept apart from the place and arrest rules: these read the attack's own sentence for its doer and are run again
after merging (``merged_attack_parties``).
"""
from __future__ import annotations

from dataclasses import replace
from typing import Optional

from hadath.document import Actor, Document, Event
from hadath.events.argument_clues import PLURAL_VICTIM_VERBS
from hadath.events.claimed_attacks import claimed_attack, source_parties
from hadath.events.doc_index import token_at
from hadath.events.merge import is_casualty_report, pattern_id
from hadath.events.place_parties import (CONFLICT_TYPES, IRREGULAR_SECTORS, NON_STATE_CODES, STATE_SECTORS,
                                         casualty_word, sentence_country_places, sole_country_place,
                                         singular_nationalities,
                                         stateless_group, vague, within_attacker)
from hadath.events.wordlists import raw_words, words
from hadath.text.normalize import normalize_word, peel_forms


MILITANT_WORDS = words("implied_parties", "militant_words")
MILITANT_STEMS = tuple(words("implied_parties", "militant_stems"))


def raid_at_home(ev: Event, country: str) -> bool:
    """A search raid or security sweep (COERCE seize 170) by a state's own forces at home naming no target: the gold
    leaves the side empty (نفذت وحدات من الجيش اللبناني عمليات دهم في منطقة البقاع), the place is not its target."""
    return ev.type == "COERCE" and ev.cameo == "170" and bool(ev.actor) and \
        all(a.country == country for a in ev.actor)


def group_hit_abroad(doc: Document, ev: Event, country: str) -> bool:
    """A state's attack abroad that names a stateless armed group in its sentence, not as the attacker (أعلن الجيش
    البريطاني مقتل القيادي البارز بتنظيم القاعدة في ضربة جوية في ليبيا): the strike hit that group, not the country
    it fell in, as the news gold codes it. Called before the place's country is given as the target."""
    own = {a.country for a in ev.actor}
    if ev.type != "ASSAULT" or not own or None in own or country in own or own & NON_STATE_CODES:
        return False
    attackers = {(a.start, a.end) for a in ev.actor}
    group = next((a for a in doc.actors or () if ev.sentence.start <= a.start < ev.sentence.end and
                  stateless_group(a) and not within_attacker(a, attackers)), None)
    if group is None:
        return False
    ev.recipient = [group]
    ev.explanation.append(f"recipient: a state's strike abroad hits the group named {group.text!r}, not {country}")
    return True


def home_fight_on_militants(doc: Document, ev: Event, country: str) -> bool:
    """A state's own forces attacking on their own soil in a sentence that names militants or terrorists (قتل
    أربعة مسلحين في اشتباكات مع القوات، دمرت قوات الأمن البؤر الإرهابية) hit those unnamed militants, not their own
    country: the news gold leaves such a target empty. Attacks at home on civilians keep the country."""
    if ev.type != "ASSAULT" or not ev.actor or \
            not all(a.country == country and a.sector in STATE_SECTORS for a in ev.actor):
        return False
    return _names_militants(doc, ev)


def security_operation_actor(doc: Document, ev: Event, country: str) -> bool:
    """An attack with no attacker found, in a sentence that names militants, a security operation and a state
    security body of the country where it happens (أعلنت وزارة الداخلية عن مقتل عنصر إرهابي أثناء عملية أمنية في
    بنزرت، عملية للوحدات الأمنية التونسية أسفرت عن مقتل أحد الإرهابيين): that body fought them, and the militants are no party (the news
    gold: TUN -> none). The body comes before the trigger (after it, it is often the target: هجمات على قوات الأمن);
    one with no stated country is the place's (domestic actors take the story's country). Without an operation
    noun, a body that announces the militants' deaths (قال المتحدث العسكري إن 88 إرهابيا قتلوا) fought them too."""
    if ev.type != "ASSAULT" or ev.actor or not vague(ev.recipient) or ev.aux in ("negated", "hypothetical"):
        return False
    body = next((a for a in doc.actors or () if ev.sentence.start <= a.start < ev.trigger.start and
                 a.sector in STATE_SECTORS and a.kind != "place" and a.country in (None, country)), None)
    if body is None or not _names_militants(doc, ev) or \
            not (_names_operation(doc, ev) or (_announces(doc, body) and _militant_victims(doc, ev))):
        return False
    ev.actor = [body if body.country else replace(body, country=country)]
    ev.recipient = []
    ev.unnamed_target = True
    ev.explanation.append(f"actor: a security operation against militants by {body.text!r} ({country}); "
                          "recipient: none")
    return True


SECURITY_OPERATION_NOUNS = words("implied_parties", "security_operation_nouns")
ANNOUNCE_VERBS = words("implied_parties", "announce_verbs")
VICTIM_WINDOW = 3  # tokens after the trigger (or before a plural قتلوا) naming the dead militants (88 إرهابيا وتكفيريا قتلوا)


def _announces(doc: Document, body: Actor) -> bool:
    """The body is the subject of an announcing verb right before it (أعلنت وزارة الداخلية، قال المتحدث العسكري):
    a state body announcing militants killed reports its own operation, unlike a source (مصدر عسكري)."""
    i = token_at(doc, body.start, 0, len(doc.tokens))
    if i < 1:
        return False
    verb = doc.tokens[i - 1].norm
    return verb in ANNOUNCE_VERBS or (verb[:1] in "وف" and verb[1:] in ANNOUNCE_VERBS)


def _militant_victims(doc: Document, ev: Event) -> bool:
    """A militant word right after the trigger (مقتل عنصر إرهابي) or right before a plural victim verb (88 إرهابيا
    قتلوا): the dead are the militants, not soldiers killed in a militants' attack (مقتل جنديين في هجوم لمسلحين),
    and not the militant who acts (متشدد طعن ستة أشخاص)."""
    toks = doc.tokens
    lo = token_at(doc, ev.trigger.start, 0, len(toks))
    hi = token_at(doc, ev.trigger.end - 1, 0, len(toks))
    window = range(hi + 1, min(len(toks), hi + VICTIM_WINDOW + 1))
    if lo < len(toks) and toks[lo].norm.lstrip("و") in PLURAL_VICTIM_VERBS:
        window = range(max(0, lo - VICTIM_WINDOW), lo)
    return any(toks[k].norm in MILITANT_WORDS or any(s in toks[k].norm for s in MILITANT_STEMS)
               for k in window if ev.sentence.start <= toks[k].start < ev.sentence.end)


def _names_operation(doc: Document, ev: Event) -> bool:
    """The sentence names a security operation (عملية أمنية، حملة، مداهمة; a ب/ل/و/ف prefix stripped)."""
    return any(t.norm in SECURITY_OPERATION_NOUNS or (t.norm[:1] in "بلوف" and t.norm[1:] in SECURITY_OPERATION_NOUNS)
               for t in doc.tokens if ev.sentence.start <= t.start < ev.sentence.end)


def _names_militants(doc: Document, ev: Event) -> bool:
    """The sentence names militants or terrorists (not as a named party's epithet)."""
    return any((t.norm in MILITANT_WORDS or any(m in t.norm for m in MILITANT_STEMS)) and
               not _epithet_of_named(doc, k)
               for k, t in enumerate(doc.tokens) if ev.sentence.start <= t.start < ev.sentence.end)


def _epithet_of_named(doc: Document, k: int) -> bool:
    """A militant word right after a named party (تنظيم «داعش» الإرهابي) is that party's epithet: the sentence may
    still be about civilians killed in a village the group holds, so it does not make the target militants."""
    j = k - 1
    while j >= 0 and doc.tokens[j].is_punct and j >= k - 2:
        j -= 1
    if j < 0:
        return False
    at = doc.tokens[j].start
    return any(a.start <= at < a.end and a.kind != "place" for a in doc.actors or ())


REPORTING_SOURCE_HEADS = words("implied_parties", "reporting_source_heads")


def reporting_source(a: Actor) -> bool:
    """A mention headed by a source word (مصدر عسكري مالي، مصادر أمنية، المرصد السوري لحقوق الإنسان)."""
    head = normalize_word(a.text.split()[0]) if a.text.split() else ""
    return head in REPORTING_SOURCE_HEADS or (head[:1] in "وفل" and head[1:] in REPORTING_SOURCE_HEADS)


def reporting_sources(ev: Event) -> None:
    """The source that reports an attack (قتل أربعة ... حسب مصدر عسكري مالي، أفاد المرصد السوري بمقتل) is not its
    attacker. Only attacks: an arrest reported by a state's source is often that state's (قال مصدر عسكري في اليمن
    إنه تم القبض على ...), and a source as the recipient was kept (its country is often the place's)."""
    if ev.type != "ASSAULT":
        return
    kept = [a for a in ev.actor if not reporting_source(a)]
    if len(kept) < len(ev.actor):
        ev.explanation.append("actor: a reporting source is no attacker -> dropped")
        ev.actor = kept


TERRITORY_NOUNS = words("implied_parties", "territory_nouns")
TERRITORY_ORIGIN_PREPS = words("implied_parties", "territory_origin_preps")
TERRITORY_INSIDE = words("implied_parties", "territory_inside_words")


def _territory_origin(doc: Document, ev: Event) -> Optional[tuple]:
    """``(country, token)`` of "من (داخل) الأراضي <nationality>" in the event's sentence: where the fire came from."""
    toks = doc.tokens
    n = len(toks)
    lo, hi = token_at(doc, ev.sentence.start, 0, n), token_at(doc, ev.sentence.end - 1, 0, n) + 1
    nat = singular_nationalities()
    for k in range(lo, min(hi, n) - 2):
        if toks[k].norm not in TERRITORY_ORIGIN_PREPS:
            continue
        j = k + 1 + (toks[k + 1].norm in TERRITORY_INSIDE)
        if j + 1 < min(hi, n) and toks[j].norm in TERRITORY_NOUNS and nat.get(toks[j + 1].norm) \
                and nat[toks[j + 1].norm] not in NON_STATE_CODES:
            return nat[toks[j + 1].norm], toks[j + 1]
    return None


def fire_from_territory(doc: Document, ev: Event) -> None:
    """An attack with no named attacker whose fire came "من (داخل) الأراضي اليمنية" (shells falling on a border town)
    is that country's: the news gold codes cross-border fire by the territory it comes from. The arguments layer
    reads the phrase right after the trigger (``attack_roles.origin_territory``); this finds it anywhere in the
    sentence (وأصيب آخر من جراء سقوط مقذوفات عسكرية من الأراضي اليمنية) once no attacker was found."""
    if ev.type != "ASSAULT" or not vague(ev.actor) or ev.aux in ("negated", "hypothetical") \
            or any(a.sector in IRREGULAR_SECTORS for a in ev.actor):
        return  # a named party (داعش) or unnamed gunmen fired it
    found = _territory_origin(doc, ev)
    if found is None:
        return
    iso, tok = found
    ev.actor = [Actor(tok.text, tok.start, tok.end, iso, None, iso, None, kind="implied")]
    ev.explanation.append(f"actor: fire from the territory of {iso} ({tok.text!r})")


def local_state_forces(doc: Document, ev: Event) -> None:
    """A bare state body as the doer of an attack or arrest (اشتباكات مع قوات الأمن في رفح، اعتقلت الشرطة رجلا في
    بلدة ميلو) is the force of the country where it acts: the event's place, or the one country of its sentence's
    places (the news conventions: domestic actors take the story's country). Bare people (جنود، أفراد شرطة) are
    no body: as an attack's actor they are its victims misread (``unnamed_parties``)."""
    if ev.type not in CONFLICT_TYPES or not ev.actor or ev.aux in ("negated", "hypothetical") or \
            not all(_bare_state_body(a) for a in ev.actor):
        return
    loc = ev.location
    if loc is not None and loc.country:
        country = loc.country
    else:
        found = {p.country for p in sentence_country_places(doc, ev)}
        if len(found) != 1:
            return
        country = next(iter(found))
    if country in NON_STATE_CODES or _other_state_named(doc, ev, country):
        return
    ev.actor = [replace(a, country=country) for a in ev.actor]
    ev.explanation.append(f"actor: bare state forces of the country where they act ({country})")


def passive_arrest_state(doc: Document, ev: Event) -> None:
    """An arrest or expulsion told with no doer (اعتقل 30 طالبا في نيروبي، تم في الدوحة ترحيل عامل) is made by the
    authorities of the country where it happens: the event's place, or the one country of its sentence's places (the
    news conventions: arrests are domestic, state -> same state), unless a state of another country is named."""
    if ev.type != "COERCE" or ev.actor or ev.aux in ("negated", "hypothetical") or \
            not (ev.mode in ("arrest", "deport") or (ev.cameo or "")[:3] in ("173", "174")):
        return
    loc = ev.location
    if loc is None or not loc.country:
        found = sentence_country_places(doc, ev)
        if len({p.country for p in found}) != 1:
            return
        loc = found[0]
    if loc.country in NON_STATE_CODES or _other_state_named(doc, ev, loc.country):
        return
    ev.actor = [replace(Actor.of_place(loc), sector="GOV")]
    ev.explanation.append(f"actor: an arrest or expulsion with no doer, by the state where it happens ({loc.country})")


def _bare_state_body(a: Actor) -> bool:
    """A definite bare body of a state (الشرطة، قوات الأمن، القوات), not an indefinite head cut from a longer name
    (قوات الحركة الشعبية) or a count of people (أفراد شرطة)."""
    return not a.country and a.sector in STATE_SECTORS and (a.ref or "").startswith("term:body:") and \
        any(w.startswith("ال") for w in a.text.split())


def _other_state_named(doc: Document, ev: Event, country: str) -> bool:
    """A government or country of another country named in the sentence (مصدر في وزارة الداخلية الطاجيكستانية ...
    يحاربون في سوريا): whose forces act is then unclear."""
    return any(ev.sentence.start <= a.start < ev.sentence.end and a.country and a.country != country and
               a.country not in NON_STATE_CODES and (a.sector == "GOV" or a.kind == "country")
               for a in doc.actors or ())


MILITANT_OBJECT_GAP = 3  # tokens between the attacker (or a verb after it) and its object (قتلت الشرطة الليلة الماضية إرهابيا)


def state_on_unnamed_militants(doc: Document, ev: Event) -> bool:
    """A state's forces' own active attack on unnamed gunmen or terrorists (قتلت قوات الأمن إرهابيا، قصفت طائرات الجيش
    مواقع متشددين): the news gold leaves the target empty, as for ``home_fight_on_militants``; the bare term is no
    party. The object follows the attacker (or a verb after it) closely: a term further off may be among other dead
    (قتلت القوات 143 شخصا، بينهم 19 مسلحا و124 مدنيا). Not when the voice was turned (جنديان قتلا في كمين نصبه
    مسلحون: the gunmen attacked) nor when the sentence names a stateless group the militants may belong to (مسلحين
    ينتمون إلى تنظيم داعش: the gold codes the group's null country)."""
    if not ev.actor or getattr(ev, "passive", False) or \
            not all(a.country and a.country not in NON_STATE_CODES and a.sector in STATE_SECTORS and
                    (a.ref or "").startswith("term:body:") for a in ev.actor):
        return False  # only a state body (القوات، الشرطة، الجيش X), not counted soldiers (جنديين) or a government
    attackers = {(a.start, a.end) for a in ev.actor}
    if any(ev.sentence.start <= a.start < ev.sentence.end and stateless_group(a) and not within_attacker(a, attackers)
           for a in doc.actors or ()):
        return False
    toks = doc.tokens
    after = token_at(doc, max([ev.trigger.end] + [a.end for a in ev.actor]) - 1, 0, len(toks)) + 1
    if not all(after <= token_at(doc, a.start, 0, len(toks)) <= after + MILITANT_OBJECT_GAP for a in ev.recipient):
        return False
    ev.explanation.append("recipient: unnamed militants hit by a state's forces ("
                          + ", ".join(a.text for a in ev.recipient) + ") -> none")
    ev.recipient = []
    return True


def unnamed_parties(ev: Event, doc: Optional[Document] = None) -> bool:
    """Bare terms as an attack's parties. An unnamed armed attacker (انتحاري، مسلحون) stays the actor, a party with
    no country (as the GSR coders code an unidentified source); bare soldiers or people as the actor are the
    attack's victims misread (قتل أربعة جنود في هجوم بعبوة ناسفة) and are dropped. Unnamed gunmen or terrorists hit
    by a named party (قتلت الشرطة إرهابيا) end the place rules (True), and a state's forces' target is emptied
    (``state_on_unnamed_militants``); unnamed people or soldiers hit take
    the place's country (the caller's next step)."""
    if ev.actor and vague(ev.actor) and not any(a.sector in IRREGULAR_SECTORS for a in ev.actor):
        ev.explanation.append("actor: bare term, no attacker (" + ", ".join(a.text for a in ev.actor) + ") -> none")
        ev.actor = []
    if not ev.recipient or not vague(ev.recipient):
        return False
    # (with no named attacker either, the attack only has its place: "Attacks with no named perpetrator")
    irregular = bool(ev.actor) and all(a.sector in IRREGULAR_SECTORS and "انتحار" not in a.text for a in ev.recipient)
    if irregular:
        if doc is not None:
            state_on_unnamed_militants(doc, ev)
        return True
    ev.explanation.append("recipient: unnamed (" + ", ".join(a.text for a in ev.recipient) + ") -> none")
    ev.recipient = []
    return False


# --- a killing's manner (قتل عشرة صيادين ذبحا، قتل طفل حرقا): the victims before it are no attackers ------------
MANNER_MASDARS = words("implied_parties", "manner_masdars")
MANNER_GAP = 10  # "بقتل عشرة من صيادي السمك النيجيريين ذبحا": the killing verb and its object before the manner


def _killing_before(doc: Document, ev: Event) -> Optional[int]:
    """The token of a killing word (قتل، بقتل، مقتل) a few words before a manner masdar trigger (ذبحا، حرقا), in the
    same clause."""
    toks = doc.tokens
    n = len(toks)
    j = token_at(doc, ev.trigger.start, 0, n)
    if ev.trigger.end > toks[j].end or toks[j].norm not in MANNER_MASDARS:
        return None
    for k in range(j - 1, max(token_at(doc, ev.sentence.start, 0, n), j - MANNER_GAP) - 1, -1):
        if toks[k].is_punct:
            return None
        if casualty_word(toks[k].norm):
            return k
    return None


def manner_of_killing(doc: Document, ev: Event) -> bool:
    """A manner masdar (ذبحا، حرقا، شنقا) coded as an attack of its own reads the killing's victims, just before
    it, as its subject: they are the ones hit, and the attacker is the party named before the killing word
    (قام عناصر من جماعة X بقتل عشرة صيادين نيجيريين ذبحا -> X hits NGA)."""
    if ev.type != "ASSAULT":
        return False
    k = _killing_before(doc, ev)
    if k is None:
        return False
    kill = doc.tokens[k]
    victims = [a for a in ev.actor if kill.end <= a.start < ev.trigger.start]
    if not victims or len(victims) != len(ev.actor):
        return False
    before = [a for a in doc.actors or () if ev.sentence.start <= a.start and a.end <= kill.start and a.country]
    ev.recipient = victims
    ev.actor = before[-1:]
    attacker = f"the attacker {before[-1].text!r}" if before else "no attacker named"
    ev.explanation.append(f"actor/recipient: a killing's manner; the party before it is the killed, {attacker}")
    return True


BOMBING_NOUNS = words("implied_parties", "bombing_nouns")
PASSIVE_CASUALTY_PATTERNS = frozenset(raw_words("implied_parties", "passive_casualty_patterns"))
VICTIM_SIDE_SECTORS = frozenset({"GOV", "MIL", "COP"})
PLACE_ACTOR_KINDS = frozenset({"place", "country", "capital"})
INSURGENT_SECTORS = frozenset({"REB", "OPP", "UAF"})
FIRE_OF_WORDS = words("implied_parties", "fire_of_words")


def _bombing_words(doc: Document, ev: Event) -> bool:
    """The event's sentence speaks of a bomb going off (تفجير، انفجار، عبوة ناسفة، سيارة مفخخة، انتحاري)."""
    return any(ev.sentence.start <= t.start < ev.sentence.end and
               not BOMBING_NOUNS.isdisjoint(peel_forms(t.norm, preps="بل", article=True)) for t in doc.tokens)


def _reports_bombing(doc: Document, ev: Event) -> bool:
    """The event itself, or a report merged into it from its own sentence, is the blast or its dead (انفجار قنبلة،
    قتل ستة ... في انفجار), not an attack by a named force beside a bombing (الغارات التي شنها الطيران التركي ... هجوم
    بسيارة مفخخة)."""
    if is_casualty_report(ev) or pattern_id(ev) in PASSIVE_CASUALTY_PATTERNS:
        return True
    toks, n = doc.tokens, len(doc.tokens)
    spans = [ev.trigger] + [m.trigger for m in ev.mentions if m.sentence.start == ev.sentence.start]
    return any(not BOMBING_NOUNS.isdisjoint(peel_forms(toks[k].norm, preps="بل", article=True))
               for s in spans for k in range(token_at(doc, s.start, 0, n), token_at(doc, s.end - 1, 0, n) + 1)
               if k < n)


def _named_shooter(doc: Document, ev: Event) -> bool:
    """An actor named right after a fire-of word (قتل خمسة مدنيين برصاص الشرطة، أصيب بنيران الجيش): the text names
    who shot, so a bombing beside it does not make the victims' side of it."""
    toks = doc.tokens
    for a in ev.actor:
        k = token_at(doc, a.start, 0, len(toks))
        if k > 0 and toks[k].start == a.start and toks[k - 1].norm in FIRE_OF_WORDS:
            return True
    return False


def _home_insurgents_named(doc: Document, ev: Event, hit: set) -> bool:
    """An armed group named in the sentence (حركة طالبان، حزب العمال الكردستاني، تنظيم داعش) or unnamed rebels of the
    hit state itself (المتمردين الأكراد): the bombing may be theirs, and the sentence names its doer."""
    return any(ev.sentence.start <= a.start < ev.sentence.end and a.sector in INSURGENT_SECTORS and
               (a.country in hit or not (a.ref or "").startswith("term:")) for a in doc.actors or ())


def _victims_state_party(a: Actor, hit: set) -> bool:
    """A party of the hit side's state: its forces or government (الشرطة، قوات الأمن، جنديين تركيين) or its country
    or city named as a place (أفغانستان، بغداد)."""
    return a.country in hit and (a.sector in VICTIM_SIDE_SECTORS or (a.sector is None and a.kind in PLACE_ACTOR_KINDS))


def bombing_victims_side(doc: Document, ev: Event) -> None:
    """A bombing's casualty report (قتل ستة من عناصر الشرطة في انفجار قنبلة، أصيب ضابطا شرطة مصريان إثر تفجير عبوة
    ناسفة) names the dead and the place, not the bomber: an actor that is only the victims' own state (its forces,
    country or city) is the side hit, so the bombing keeps no actor rather than a state bombing its own people."""
    if ev.type != "ASSAULT" or not ev.actor or ev.aux in ("negated", "hypothetical") or not _reports_bombing(doc, ev):
        return
    if _named_shooter(doc, ev):
        return
    hit = {a.country for a in ev.recipient if a.country}
    if len(hit) != 1 or not all(_victims_state_party(a, hit) for a in ev.actor) or not _bombing_words(doc, ev):
        return
    if _home_insurgents_named(doc, ev, hit) or _other_state_named(doc, ev, next(iter(hit))):
        return  # Taliban, PKK, ISIS or another state named beside it: the bomber may be named, leave it to them
    ev.actor = []
    ev.explanation.append("actor: the bombing's victims' own state is the side hit, not the bomber -> none")


ATTRIBUTION_VERBS = words("implied_parties", "attribution_verbs")
ATTRIBUTION_PREPS = frozenset(normalize_word(w) for w in ("إلى", "الى", "الي"))
ATTRIBUTION_GAP = 2  # "نسبته السلطات الى التمرد الكردي": the verb, its subject, then إلى (not "نسبت X تصريحات إلى")
NEGATIONS = words("modality", "neg_before") - {"ما", "وما"}  # not the relative ما: وهو ما نسبته السلطات إلى
DOER_GAP_CHARS = 12  # the doer's phrase opens right after إلى (one descriptor word at most: متمردي حزب ...)


def _attribution_target(doc: Document, ev: Event) -> Optional[Actor]:
    """The party named after "نسبت/نسبته ... إلى" following the event's trigger in its sentence."""
    toks = doc.tokens
    for k, t in enumerate(toks):
        if not (ev.trigger.end <= t.start < ev.sentence.end) or t.norm not in ATTRIBUTION_VERBS:
            continue
        if k > 0 and toks[k - 1].norm in NEGATIONS:
            return None  # ولم ينسب الهجوم إلى ...: the text says whose the attack was not
        for j in range(k + 1, min(k + 1 + ATTRIBUTION_GAP, len(toks))):
            if toks[j].norm in ATTRIBUTION_PREPS:
                after = [a for a in doc.actors or () if toks[j].end <= a.start <= toks[j].end + DOER_GAP_CHARS
                         and a.start < ev.sentence.end and a.country]
                return min(after, key=lambda a: a.start) if after else None
        return None
    return None


def attributed_attack(doc: Document, ev: Event) -> None:
    """An attack the text lays at someone's door (هجمات نسبت إلى حزب العمال الكردستاني، هجوم نسبته السلطات إلى التمرد
    الكردي) was done by that party, whoever the parser took as its subject."""
    if ev.type != "ASSAULT" or ev.aux in ("negated", "hypothetical"):
        return
    doer = _attribution_target(doc, ev)
    if doer is None or any(a.country == doer.country and a.start == doer.start for a in ev.actor):
        return
    ev.actor = [doer]
    ev.recipient = [r for r in ev.recipient if (r.start, r.end) != (doer.start, doer.end)]
    ev.explanation.append(f"actor: the attack is attributed to {doer.text!r} (نسب إلى) -> its doer")


def merged_attack_parties(doc: Document, ev: Event) -> None:
    """After merging: a merged report may bring back the blast's victims as its doer, or take a doer other than the
    party the attack is attributed to, or bring the trigger a witnessing place stands before; the three rules run
    again on the merged event, and a country named only as where the named target is leaves the target side; the
    report's source and the attack's claimant are no target (``claimed_attacks``)."""
    attributed_attack(doc, ev)
    bombing_victims_side(doc, ev)
    witnessed_attack(doc, ev)
    place_beside_target(doc, ev)
    force_of_attack(doc, ev)
    source_parties(doc, ev)  # the report's source (حسبما ذكر X) is no side
    claimed_attack(doc, ev)  # a claimant (تبنى X، أعلن X مسؤوليته) is the doer, not the target


LOCATIVE_WORDS = words("implied_parties", "locative_words")
PLACE_NAME_WORDS = 2  # "في المملكة المتحدة وسوريا": the first place's name before the joined one
TARGET_PLACE_GAP = 24  # characters from the named target to its place ("لتنظيم داعش الإرهابي في سوريا")


def _locative(doc: Document, a: Actor, lo: int) -> bool:
    """A country named as where (في سوريا), or joined by و to such a place (في العراق وسوريا)."""
    before = [normalize_word(w) for w in doc.text[lo:a.start].split()][-(PLACE_NAME_WORDS + 2):]
    if before and before[-1] in LOCATIVE_WORDS:
        return True
    joined = doc.text[max(lo, a.start - 1):a.start] == "و" or (before and before[-1] == "و")
    if not joined:
        return False
    head = before[:-1] if before and before[-1] == "و" else before
    return any(w in LOCATIVE_WORDS for w in head[-(PLACE_NAME_WORDS + 1):])


def place_beside_target(doc: Document, ev: Event) -> None:
    """A country the object phrase names only as where the named target is (غارات على تنظيم الدولة الإسلامية في
    العراق وسوريا، مواقع لتنظيم داعش في سوريا والعراق) is no second target: the news gold codes the group alone.
    The target must come just before the place (a place before a misread target, تفجير في العراق أعلن داعش
    مسؤوليته, stays)."""
    if ev.type != "ASSAULT":
        return
    named = [r for r in ev.recipient if r.kind not in ("country", "place") and (r.country or stateless_group(r))]
    if not named:
        return
    lo = ev.sentence.start
    where = [r for r in ev.recipient if r.kind in ("country", "place") and lo <= r.start < ev.sentence.end
             and any(0 <= r.start - t.end <= TARGET_PLACE_GAP for t in named) and _locative(doc, r, lo)]
    if not where:
        return
    ev.recipient = [r for r in ev.recipient if all(r is not w for w in where)]
    ev.explanation.append("recipient: a country named only as where the target is -> none ("
                          + ", ".join(w.text for w in where) + ")")


WITNESS_VERBS = words("implied_parties", "witness_verbs")
WITNESS_GAP = 6  # "شهدت مدينة مروة أقصى شمال الكاميرون هجوما": the verb, the place and its descriptors, the attack


def _witness_subject(doc: Document, ev: Event) -> Optional[tuple]:
    """(first, last) characters of the subject of a witness verb standing before the attack (its trigger or a
    merged report's) in its clause (شهدت تركيا هجوما): the words between the verb and the trigger, with no
    punctuation among them."""
    toks = doc.tokens
    n = len(toks)
    lo = token_at(doc, ev.sentence.start, 0, n)
    for trig in [ev.trigger] + [m.trigger for m in ev.mentions]:
        if not (ev.sentence.start <= trig.start < ev.sentence.end):
            continue
        first = token_at(doc, trig.start, 0, n)
        for k in range(first - 1, max(lo, first - WITNESS_GAP - 1) - 1, -1):
            if toks[k].is_punct:
                break
            if toks[k].norm in WITNESS_VERBS:
                if k + 1 < first:
                    return toks[k].end, trig.start
                break
    return None


def witnessed_attack(doc: Document, ev: Event) -> None:
    """A place that "witnessed" an attack (شهدت تركيا هجوما انتحاريا، شهدت مدينة مروة بالكاميرون هجوما) is where
    it happened and whom it hit, not its doer: the subject of شهد read as the attacker becomes the side hit, and a
    place of a country in that subject gives the recipient when none is named."""
    if ev.type != "ASSAULT" or ev.aux in ("negated", "hypothetical"):
        return
    span = _witness_subject(doc, ev)
    if span is None:
        return
    lo, hi = span
    places = [p for p in getattr(doc, "places", None) or () if lo <= p.start < hi and p.country]
    inside = [a for a in ev.actor if lo <= a.start < hi and a.kind in PLACE_ACTOR_KINDS]
    hit = inside[:1] or [Actor.of_place(p) for p in places[:1]]
    if not hit or not hit[0].country:
        return
    open_target = vague(ev.recipient) or not any(a.country for a in ev.recipient)
    if not inside and not open_target:
        return
    ev.actor = [a for a in ev.actor if a not in inside]
    if open_target:
        ev.recipient = hit
    ev.explanation.append(f"recipient: the place that witnessed the attack {hit[0].text!r} ({hit[0].country})")


OWNED_ATTACK_NOUNS = words("attack_parties", "owned_attack_nouns")
FORCE_OF_ATTACK_HEADS = words("attack_parties", "force_of_attack_heads")
FORCE_NAME_GAP = 3  # "لطيران النظام السوري": the force head, then the party's name within a few words


def _attack_tokens(doc: Document, ev: Event) -> set:
    """Token indices of the event's trigger and of its merged reports' triggers."""
    n = len(doc.tokens)
    out = set()
    for trig in [ev.trigger] + [m.trigger for m in ev.mentions]:
        lo, hi = token_at(doc, trig.start, 0, n), token_at(doc, max(trig.start, trig.end - 1), 0, n)
        out.update(range(lo, hi + 1))
    return out


def _force_owner(doc: Document, ev: Event) -> Optional[Actor]:
    """The party named in ``قصف لطيران X``/``غارات للطائرات الحربية X``: an attack noun of the event, then a ل-phrase
    headed by a weapon arm, then the party with a country."""
    toks = doc.tokens
    own = _attack_tokens(doc, ev)
    mentions = [a for a in doc.actors if a.country and ev.sentence.start <= a.start < ev.sentence.end]
    for k in sorted(own):
        if toks[k].norm not in OWNED_ATTACK_NOUNS or k + 1 >= len(toks):
            continue
        j = k + 1
        if j + 1 < len(toks) and not toks[j].norm.startswith("ل") and not toks[j].is_punct:
            j += 1  # one adjective (قصف جوي لـ)
        w = toks[j].norm
        if not (w.startswith("ل") and (w[1:] in FORCE_OF_ATTACK_HEADS or "ا" + w[1:] in FORCE_OF_ATTACK_HEADS)):
            continue
        hi = toks[min(j + FORCE_NAME_GAP, len(toks) - 1)].end
        for a in mentions:
            if toks[j].start <= a.start <= hi and a.kind not in ("country", "place"):
                return a
    return None


def force_of_attack(doc: Document, ev: Event) -> None:
    """``قتلوا في قصف لطيران النظام السوري``، ``في قصف للطائرات الحربية التركية``: the body whose aircraft or
    artillery an attack noun is "of" (ل) did the attack; the parser reads the ل-phrase as the side hit. When that
    leaves no target, a strike abroad hits the one foreign country the sentence's places lie in (في قصف للطائرات
    الحربية التركية على مناطق جبل قنديل بشمال العراق: TUR -> IRQ), as the place rules would have given it."""
    if ev.type != "ASSAULT" or ev.aux in ("negated", "hypothetical"):
        return
    doer = _force_owner(doc, ev)
    if doer is None or any(a.country == doer.country for a in ev.actor):
        return
    ev.actor = [doer]
    ev.recipient = [r for r in ev.recipient if (r.start, r.end) != (doer.start, doer.end)]
    ev.explanation.append(f"actor: the attack of the aircraft of {doer.text!r} (قصف لطيران X) -> its doer")
    loc = None if ev.recipient else sole_country_place(doc, ev)
    if loc is not None:  # the place rules ran while the doer stood as the target: abroad, the place's country is hit
        ev.recipient = [Actor.of_place(loc)]
        ev.explanation.append(f"recipient: the strike abroad hits the country where it fell {loc.text!r} "
                              f"({loc.country})")

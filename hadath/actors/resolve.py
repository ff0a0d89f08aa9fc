"""Turn lexicon hits into actors: one Actor per title + nationality + name phrase, with coreference.

A phrase starts at a title, body, group, frame or possessive hit and absorbs what news attaches to it, in
order: a nationality or country (الرئيس العراقي، حكومة العراق), an institution after في (المستشار في وزارة
الدفاع), a host after لدى (السفير ... لدى العراق), honorifics, and a name (known to the lexicon, or two or three
plain words / an NER PER entity when the lexicon does not know it). Countries, capitals, IGOs, groups and
people stand alone. Capitals and countries after a locative (في بغداد) and datelines (ايلاف من لندن:) are
places, not actors. Offsets work in the normalized text and are mapped back with ``norm.to_raw``.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import Optional

from hadath.actors.context import (BARE_BODY_FRAME, FORCE_WORDS, PENDING, allied_forces, article_country,
                                    building_names, ethnic_parties, fighters_of, igo_short_forms, located_bodies,
                                    members_of, merge_forces, officials_of, opponents_of, organs_of, owned_businesses,
                                    partisans_of, shared_nationality)
from hadath.actors.coref import UNIQUE_ROLES, CorefState, Person
from hadath.actors.country_groups import expand_country_groups
from hadath.actors.lexicon import Entry, Lexicon
from hadath.actors.match import Match, Matcher
from hadath.actors.named_officials import names_before_titles, office_nouns
from hadath.places.match import is_place_noun
from hadath.text.normalize import normalize_word, peel_forms, strip_al

HEADS = frozenset({"title", "body", "group", "frame", "counterpart", "poss_title", "dual", "asset", "human"})
ORGANISATIONS = frozenset({"IGO", "NGO"})  # subjects that own no state body
ORGANISATION_BODIES = frozenset({"البعثة"})  # a body an international organisation has of its own (its mission)
NEEDS_NATIONALITY = frozenset({"asset", "human"})  # "غارات اسرائيلية", "شاب فلسطيني": actors only with a nationality
STANDALONE = frozenset({"country", "capital", "seat", "igo"})
GENERIC_ROLES = frozenset({"adviser", "official", "spokesperson", "minister", "envoy", "diplomat", None})
HOST_ROLES = frozenset({"ambassador", "envoy", "diplomat"})
BODY_ROLES = frozenset({"leader", "spokesperson"})  # offices that take the body after ل (قائد للجيش، المتحدث الرسمي للجيش)
# a delegation word up to three words before "من X" (وفد، وفدا إعلاميا قدم، الوفد القادم)
DELEGATION = re.compile(r"(?:^|\s)[وفبل]?(?:ال)?وفد(?:ا|ًا|اً)?(?:\s+\S+){0,2}\s+من\s*$")
BARE_COALITION = "igo:Coalition (named by the bare word)"  # igos.tsv: "قوات التحالف التي تقودها X" is X
STATE_PREFIXES = ("دولة ", "جمهورية ", "مملكة ", "المملكة ", "سلطنة ", "امارة ")
HONORIFICS = frozenset({"السير", "السيد", "السيدة", "الشيخ", "الشيخة", "الدكتور", "الدكتورة", "د", "الحاج", "المهندس",
                        "البروفيسور", "الاستاذ", "سمو", "فخامة", "معالي", "سعادة", "آية", "الله", "حجة", "الإسلام"})
LOCATIVES = frozenset({"في", "الى", "من", "داخل", "نحو", "عبر", "انحاء", "حدود", "شمال", "جنوب", "شرق", "غرب", "وسط",
                       "مدينة", "العاصمة", "لدى", "قرب", "بين", "ارجاء", "اراضي", "جنوبي", "شمالي", "شرقي", "غربي"})
COORDINATED_PLACE_LOCATIVES = frozenset(normalize_word(w) for w in ("إلى", "الى", "نحو"))  # destinations
# forms that are also common words: not an actor when an adjective or noun of a construct follows
AMBIGUOUS_BARE = frozenset({"القاعدة", "الدفاع"})
# a body that is also a common noun (النظام العام، النظام الداخلي): an actor only when no definite adjective
# follows, unless that adjective is a nationality (النظام السوري)
AMBIGUOUS_NOUN = frozenset({"النظام", "الادارة"})
QUALIFIED_ONLY = frozenset({"الادارة"})  # "مجلس الادارة": only with a nationality (or in construct: ادارة بوش)
# between a title and its holder's name: "رئيسة الوزراء السابقة، بي نظير بوتو"
FORMER = frozenset({"السابق", "السابقة", "الاسبق", "الراحل", "الراحلة", "المخلوع", "المخلوعة", "المعزول",
                    "المعزولة"})
# adjectives news puts between a head and its nationality; the value refines a GOV head's sector
DESCRIPTORS = {normalize_word(k): v for k, v in {
    "امني": "COP", "امنية": "COP", "امنيون": "COP", "امنيين": "COP", "عسكري": "MIL", "عسكرية": "MIL",
    "عسكريون": "MIL", "عسكريين": "MIL", "رفيع": None, "رفيعو": None, "رفيعي": None, "كبير": None, "كبار": None,
    "بارز": None, "بارزة": None, "سابق": None, "سابقة": None, "سابقون": None, "سابقين": None, "حكومي": None,
    "حكومية": None, "حكوميون": None, "حكوميين": None, "رسمي": None, "رسمية": None, "رسميون": None, "رسميين": None,
    "محلي": None, "محلية": None, "محليون": None, "محليين": None, "سياسي": None, "سياسية": None, "سياسيون": None,
    "سياسيين": None, "دبلوماسي": None, "دبلوماسية": None, "مطلعة": None, "مطلع": None, "قريبة": None}.items()}
PLACE_POPULATION = 5000  # a town this size named "honorific + word" (الشيخ زويد) is read as the town
CITY_POPULATION = 50000  # a place this size or more named right after a construct head gives its country
# given names that begin like the article (إلياس), allowed first in an unknown name
AL_NAMES = frozenset({"الياس", "البرت", "الفريد", "الكسندر", "اليكس", "اليزابيث", "البير", "الين", "الفونسو"})
# the last word of a style before a title (صاحب السمو الملكي الأمير، صاحب الجلالة الملك): not a noun the title
# would qualify as an adjective
STYLE_WORDS = frozenset({"الملكي", "السمو", "الجلالة", "الفخامة", "المعالي", "السعادة", "الدولة"})
# past verbs spelt with a leading ال (التقى المستشار ...): not a definite noun before an adjective
AL_VERBS = frozenset(normalize_word(w) for w in ["التقى", "التقت", "التقيا", "ألغى", "ألغت", "ألقى", "ألقت", "التزم",
                                                  "التزمت", "التمس", "ألحق", "ألزم", "ألزمت", "التحق", "التحقت"])
# "قوات التحالف التي تقودها الولايات المتحدة", "القوات بقيادة ...": the leader's country
LED_BY = (("بقيادة",), ("التي", "تقودها"), ("الذي", "تقوده"), ("الذي", "يقوده"), ("التي", "يقودها"))
# words that never start a person's name after a title
NAME_STOP = frozenset("""
في من الى على عن مع ان او ثم قد لم لن لا ما هذا هذه ذلك تلك التي الذي الذين خلال حول بعد قبل عند منذ حتى كما
اليوم امس غدا يوم اول اخر كل بعض غير بين لدى عبر ضد نحو وقال قال قالت اكد اكدت اعلن اعلنت اعتبر اشار اشارت
شدد بحث دعا يقوم تقوم سيقوم زار يزور التقى استقبل وصل غادر توجه قام ابلغ اوضح اضاف اضافت كان كانت يكون تكون
انه انها بان بأن عليه عليها له لها به بها فيه فيها منه منها عنه عنها الان ايضا نفسه نفسها هو هي هم انهم لقد
الاثنين الثلاثاء الاربعاء الخميس الجمعة السبت الاحد وزير وزيرة رئيس السفير رئيسة بيان تصريح تصريحات كلمة
مدينة منطقة محافظة مقر قصر مبنى موقع مكتب بلدة قرية ولاية اقليم وفدا وفد مجلس جلسة اجتماع اجتماعا عددا عدد حفل
زيارة مؤتمر مؤتمرا رسالة اتصالا اتصال قرارا قرار خطابا خطاب بيانا
""".split())

def definite_adjective(w: str) -> bool:
    """A definite word shaped like an adjective (الأمنية، المشتركة، الخيرية، المؤقتة): what may stand between a
    definite body and its nationality."""
    return w.startswith("ال") and len(w) >= 5 and w.endswith(("ية", "ي", "ة", "ين", "ون")) \
        and w not in NAME_STOP and w not in LOCATIVES and w not in AL_FUNCTION


def _definite_noun(w: str) -> bool:
    """A definite word that may be the genitive of a construct body (سلطات [الأمن]، حكومة [الوحدة])."""
    return w.startswith("ال") and len(w) >= 4 and w not in NAME_STOP and w not in LOCATIVES and w not in AL_FUNCTION


def _portfolio_tail_before_in(words: list[str]) -> bool:
    """The words between an office and "في <country>" that still belong to the office: a coordinated portfolio
    (وزير الأوقاف [والشؤون الدينية]) and السابق ("وزير الأوقاف والإرشاد السابق في جمهورية اليمن" is Yemen's minister).
    Anything else (a name, a verb's object) keeps the country off the office."""
    if len(words) < 2 or len(words) > 5 or words[-1] != "في":
        return False
    body = words[:-1]
    return any(w in FORMER for w in body) and all(
        w in FORMER or (w.startswith("وال") and len(w) >= 5 and w not in NAME_STOP) or definite_adjective(w)
        for w in body)


_BOTH_OF = re.compile(r"(?:^|\s)(?:كلا|كل)\s+من\s*$")
_JOINED_NEXT = re.compile(r"\s+و\S")  # a conjunct after it: "بين X و Y" names two sides


def _normset(words) -> frozenset:
    """Constants are written naturally; matching happens on normalized text (ى -> ي, أ -> ا)."""
    return frozenset(normalize_word(w) for w in words)


HONORIFICS = _normset(HONORIFICS)
LOCATIVES = _normset(LOCATIVES)
NAME_STOP = _normset(NAME_STOP) | {"علي"}  # على and the name علي normalize alike; the preposition is far commoner
_WORD = re.compile(r"[^\W\d_]+")
COMPOUND_FIRST = _normset(["عبد", "أبو", "بن", "ابن", "ولد", "بنت", "آل", "شيخ", "سيد", "محمد", "أحمد", "علي", "حسن",
                           "حسين", "مصطفى", "نور", "سيف", "صلاح", "عز", "نصر", "جمال", "زين"])
MEDIA = _normset(["وكالة", "إذاعة", "صحيفة", "صحف", "قناة", "تلفزيون", "التلفزيون", "شبكة", "موقع", "مجلة", "وسائل",
                  "مراسل", "الصحفيين", "للصحفيين", "مؤتمر", "بيان"])
MEDIA_HEADS = MEDIA | _normset(["جريدة", "فضائية"])
# given names that begin like و/ف + an imperfect verb (فيصل، ويليام), allowed in an unknown name
WF_NAMES = _normset(["فيصل", "فيكتور", "فيليب", "فيديريكا", "فيدل", "فيرناندو", "فيروز", "فينسنت", "ويليام", "ويلسون",
                     "ونستون", "وين", "ويلي", "ويندي", "فيلكس", "فيتالي", "فيكتوريا"])
VERBISH = frozenset({"وت", "وي", "ون", "وب", "فت", "في", "فن"})  # و/ف + imperfect verb or preposition
# "the occupation": in Arabic news always the other side, never the sentence subject's own forces
OCCUPIER = _normset(["الاحتلال", "قوات الاحتلال", "جيش الاحتلال", "سلطات الاحتلال"])
# In Arabic news the unqualified "occupation" (forces, army, authorities) is Israel's; a nationality after it wins.
OCCUPIER_DEFAULT = "ISR"
# an institution named after a person (مركز الملك سلمان، جامعة الملك سعود، مطار الملك خالد): not that person
NAMED_AFTER = _normset(["مركز", "مؤسسة", "جامعة", "مستشفى", "مستشفي", "جائزة", "مدينة", "مطار", "شارع", "طريق", "مجمع",
                        "برنامج", "صندوق", "مكتبة", "كرسي", "معهد", "ميناء", "قاعدة", "كلية", "مسجد", "جسر", "ملعب",
                        "استاد", "قصر", "حي", "مدرسة", "منحة", "وقف", "دارة", "ستاد"])
# nouns whose construct complement names a thing after a country or capital (بحيرة تشاد، مؤتمر القاهرة، إعلان الرياض)
NAME_OF_THING = _normset(["بحيرة", "نهر", "بحر", "خليج", "مضيق", "صحراء", "مؤتمر", "إعلان", "اعلان", "قمة", "اتفاق",
                          "اتفاقية", "مسار", "محادثات", "مفاوضات", "وثيقة", "بروتوكول", "تفاهمات", "مقررات"])
NAME_JOINS = ("عبد", "ابو", "بن", "ابن", "ولد", "ال")  # ال: the family "آل" (آل خليفة)  # a name goes on after these (normalized)
NAME_LINKS = _normset(["ولد", "بن", "ابن", "بنت", "آل", "أبو", "عبد"])  # a word after these belongs to a name
INHERITING_SECTORS = frozenset({"MIL", "COP", "GOV", "LEG", "JUD"})
_PATRONYMIC = frozenset({"بن", "ابن", "بنت", "ولد"})  # a name after these is a father's (normalized)
_GIVEN_NAME_NEXT = re.compile(r"\s+(?:بن|ابن|بنت)\s")  # "عباس بن أحمد": a given name
_NAME_GOES_ON = re.compile(r"\s+(?:ال|بن |ابن |ولد )")
_LAST_WORD = re.compile(r"([^\W\d_]+)\s+$")
_LAST_WORD_QUOTED = re.compile(r"([^\W\d_]+)[»\"”’)]?\s+$")  # "«داعش» الإرهابي": a quoted name before its epithet
# "الجانبان", "الطرفين": the two parties last named when no nationality follows
PORTFOLIO = frozenset(normalize_word(w) for w in ["لشؤون", "للشؤون", "لشئون", "للشئون"])
RANK_WORDS = frozenset(normalize_word(w) for w in ["رفيع", "كبير", "بارز", "رفيع المستوى", "المستوى", "سابق"])
DUAL_BODIES = frozenset(normalize_word(w) for w in ["الحكومتان", "الحكومتين", "القيادتان", "القيادتين", "الجيشان",
                                                    "الجيشين", "والحكومتان", "والحكومتين", "والجيشان", "والجيشين",
                                                    "للحكومتين", "للجيشين", "للقيادتين"])
DUAL_PARTIES = frozenset(normalize_word(w) for w in ["الجانبان", "الجانبين", "الطرفان", "الطرفين", "البلدين",
                                                     "الاثنان"])  # "اتفق الاثنان": not الاثنين (Monday)
# (not البلدان: spelt like the plural بُلدان, "countries")
KINGDOMS = frozenset({"SAU", "JOR", "BHR", "MAR", "GBR", "ESP", "NLD", "BEL", "SWE", "NOR", "DNK", "THA", "BTN",
                      "KHM", "LSO", "SWZ", "TON"})
SAUDI = "SAU"
# a bare word that names again the group last named with it (الحزب after حزب الله); no actor without one
ANAPHORIC_GROUPS = frozenset(normalize_word(w) for w in ["الحزب", "الحركة", "التنظيم", "الجماعة"])
# singular group words that are also adjectives of acts: "العمل الإرهابي", "تفجير انتحاري", "هجوم مسلح" describe
# an attack, not its author; "فجر انتحاري نفسه", "قتل الإرهابي" are the author
ADJECTIVAL_GROUPS = _normset(["إرهابي", "الإرهابي", "إرهابية", "الإرهابية", "انتحاري", "الانتحاري", "انتحارية",
                              "الانتحارية", "مسلح", "المسلح", "مسلحا", "مسلحة", "المسلحة", "متطرف", "المتطرف",
                              "إرهابيا", "انتحاريا"])
# indefinite nouns of acts and ideas such adjectives follow (هجوم إرهابي، عملا إرهابيا، فكر متطرف)
ACT_NOUNS = _normset(["هجوم", "هجوما", "هجمات", "تفجير", "تفجيرا", "تفجيرات", "عمل", "عملا", "أعمال", "عملية",
                      "عمليات", "اعتداء", "اعتداءات", "حادث", "حادثا", "حوادث", "تنظيم", "تنظيما", "فكر", "مخطط",
                      "مخططا", "نشاط", "عنف", "جريمة", "جرائم", "اعتداءا", "تمرد", "انفجار", "كمين",
                      "سطو", "خلية", "خلايا", "جماعة", "جماعات", "مجموعة", "ميليشيا", "حزام", "سيارة", "عبوة"])
# Mali's nisba, only after a military or police head or a president (elsewhere it means "financial")
MALI = re.compile(r" (?:ال)?(?:مالي|مالية|ماليون|ماليين|ماليان)(?![^\W\d_])")
# a one-word body that is also an adjective: after a definite noun it describes it ("الحروب الخارجية")
REACTION_WORDS = frozenset({"كرد"})  # "كرد فعل" (as a reaction): ك + رد, not the Kurds
_REACTION = re.compile(r"\s+فعل")
ADJECTIVAL_BODIES = _normset(["الخارجية", "الداخلية"])
# words spelt with a leading ال that are no definite noun (a preposition or relative pronoun)
AL_FUNCTION = _normset(["إلى", "التي", "الذي", "الذين", "اللذين", "اللتين", "اللذان", "اللاتي", "الا", "الان"])
_DATELINE_TAIL = re.compile(r"\s*(\([^)\n]{0,30}\))?\s*[:\-–—]")


_PROCLITIC_LETTERS = "وفبلك"


def _is_letter(c: str) -> bool:
    """What the regex class [^\\W\\d_] accepts: a word character that is no decimal digit and no underscore."""
    return c.isalnum() and not c.isdecimal()


def _starts_word(t: str, i: int) -> bool:
    """Whether a word begins at ``i``, directly or behind at most two proclitics (و ف ب ل ك) that begin one."""
    for k in range(3):
        j = i - k
        if j < 0 or (k and t[j] not in _PROCLITIC_LETTERS):
            return False
        if j == 0 or not _is_letter(t[j - 1]):
            return True
    return False


def _bare_word_spans(t: str, word: str):
    """Spans of ``word`` standing alone or behind at most two proclitics (و ف ب ل ك).

    Found with str.find rather than a regex built per name: unknown last names differ in every article, so a
    per-name pattern was compiled again and again (about 2% of the pipeline)."""
    if not word:
        return
    i = t.find(word)
    while i >= 0:
        e = i + len(word)
        if (e == len(t) or not _is_letter(t[e])) and _starts_word(t, i):
            yield i, e
            i = t.find(word, e)
        else:
            i = t.find(word, i + 1)


@dataclass
class Part:
    """A piece of an actor phrase, for entities: [start, end) normalized, its NER-style label; ``generic`` for a
    generic body (الجيش، القوات المسلحة، بعثة), which is part of an actor but no named organisation."""

    start: int
    end: int
    label: str
    generic: bool = False


@dataclass
class Resolved:
    """An actor mention in normalized offsets, before mapping to the raw text."""

    start: int
    end: int
    country: Optional[str]
    sector: Optional[str]
    name: str
    name_ar: Optional[str]
    kind: str
    ref: str
    parts: list[Part] = field(default_factory=list)
    head: int = 0  # index in parts of the entity that carries the actor
    role: Optional[str] = None  # office, for coordinated phrases (الهندي ... والباكستاني ...)


LABELS = {"country": "GPE", "capital": "GPE", "seat": "ORG", "nationality": "NORP", "igo": "ORG", "group": "ORG",
          "person": "PER", "short": "PER", "title": "TITLE", "counterpart": "TITLE", "dual": "TITLE",
          "poss_title": "TITLE", "frame": "TITLE", "body": "ORG"}


def entity_label(m: Match) -> Optional[str]:
    if m.kind == "group" and m.entries[0].ref.startswith("term"):
        return None
    return LABELS.get(m.kind)


def pick_person(entries: tuple[Entry, ...], date: Optional[str], role: Optional[str] = None,
                country: Optional[str] = None) -> Entry:
    """The entry for a person name: the office held on the article's date wins, then a matching role/country."""
    def score(e: Entry) -> tuple:
        return (e.active_on(date) if date else 0, role is not None and e.role == role,
                country is not None and e.country == country, e.end or "9999", e.start or "")
    return max(entries, key=score)


@lru_cache(maxsize=1)
def _gazetteer():
    """The places concern's gazetteer (read only), or None when it cannot be loaded."""
    try:
        from hadath.places.gazetteer import load_gazetteer
        return load_gazetteer()
    except Exception:  # noqa: BLE001 - the city rule is an optional refinement
        return None


NAME_TYPES = frozenset({"FIRST", "LAST", "PERSON", "NAMEWORD"})


@lru_cache(maxsize=1)
def _name_resources():
    """The NER model's featurizer (name gazetteers, transliteration scores); None without a model."""
    from hadath.ner.model import ModelMissingError, get_model

    try:
        return get_model().featurizer
    except ModelMissingError:
        return None


def looks_like_name(words: list[str]) -> bool:
    """Whether plain words after a title can be an unknown person's name: some word, whole or without its
    clitics, is a listed name word, or scores high as a name by its letters ("طلعت زكريا", "كلاوس ايبرمان"),
    which "ليقرر متى" or "لشؤون نزع" do not."""
    feat = _name_resources()
    if feat is None:
        return True
    for w in words:
        whole = strip_al(normalize_word(w))
        for form in (whole, feat.analyse(whole)[1]):
            if NAME_TYPES.intersection(feat.res.words.get(form, ())) or feat.translit_levels(form)[1] == "4":
                return True
    return False


def city_country(word: str) -> Optional[str]:
    """The country of a city name when every sizeable place so named is in one country (البصرة -> IRQ)."""
    gaz = _gazetteer()
    if gaz is None:
        return None
    try:
        entries = [e for e in gaz.lookup(word) if e.feature.startswith("PPL") and e.population >= CITY_POPULATION]
    except Exception:  # noqa: BLE001
        return None
    countries = {e.country for e in entries}
    return countries.pop() if len(countries) == 1 else None


def region_country(name: str) -> Optional[str]:
    """The country of a governorate, region or sizeable city named after a place noun (محافظة شمال سيناء), when
    every such place so named is in one country."""
    gaz = _gazetteer()
    if gaz is None:
        return None
    try:
        entries = [e for e in gaz.lookup(name) if e.feature.startswith(("ADM", "PEN", "RGN"))
                   or (e.feature.startswith("PPL") and e.population >= PLACE_POPULATION)]
    except Exception:  # noqa: BLE001
        return None
    countries = {e.country for e in entries}
    return countries.pop() if len(countries) == 1 else None


def as_person(m: Match) -> Optional[Match]:
    """The match restricted to its person entries (a surname that is one person's name and another's short form)."""
    people = tuple(e for e in m.entries if e.kind == "person")
    return replace(m, entries=people) if people else None



def _kingdoms_named(ms: list[Match]) -> set:
    """The kingdoms the article names as actors (a country, capital, person or body of a kingdom)."""
    return {x.entries[0].country for x in ms if x.entries and x.entries[0].country in KINGDOMS}


# plural place nouns whose construct complement "المملكة" is a place (عبر منافذ المملكة، في مدن المملكة)
KINGDOM_PLACE_NOUNS = _normset(["منافذ", "مدن", "مناطق", "محافظات", "سواحل", "موانئ", "مطارات", "أرجاء", "ربوع",
                                "خارج"])


def _data_lines(name: str) -> list[str]:
    """The entries of a one-column list in the actors' data folder (stripped lines; blanks and # comments out)."""
    from hadath.actors.lexicon import DATA_DIR
    lines = (line.strip() for line in (DATA_DIR / name).read_text(encoding="utf-8").splitlines())
    return [r for r in lines if r and not r.startswith("#")]


@lru_cache(maxsize=1)
def _saudi_cue_pattern() -> re.Pattern:
    names = sorted({normalize_word(r) for r in _data_lines("kingdom_cues.tsv")}, key=len, reverse=True)
    return re.compile(r"(?<![^\W\d_])[وبل]?(?:" + "|".join(map(re.escape, names)) + r")(?![^\W\d_])")


@lru_cache(maxsize=1)
def _acts_on_persons() -> frozenset:
    return _normset(_data_lines("acts_on_persons.tsv"))


@lru_cache(maxsize=1)
def member_nouns() -> frozenset:
    """Nouns for some members of a body, before في and that body (data/member_nouns.tsv)."""
    return _normset(_data_lines("member_nouns.tsv"))


@lru_cache(maxsize=1)
def organ_nouns() -> frozenset:
    """Head nouns of an institution's organs, before their name and في/التابعة ل it (data/organ_nouns.tsv)."""
    return _normset(_data_lines("organ_nouns.tsv"))


@lru_cache(maxsize=1)
def organ_titles() -> frozenset:
    """Office words right before an organ's head: رئيس، مدير، أمين سر (data/organ_titles.tsv)."""
    return frozenset(" ".join(normalize_word(w) for w in line.split()) for line in _data_lines("organ_titles.tsv"))


@lru_cache(maxsize=1)
def building_nouns() -> frozenset:
    """Head nouns of buildings named after a man: مستشفى، مسجد، جامعة، مطار (data/building_nouns.tsv)."""
    return _normset(_data_lines("building_nouns.tsv"))


@lru_cache(maxsize=1)
def group_ties() -> frozenset:
    """Words tying armed men to the named group after them: تابعين ل، ينتمون إلى (data/group_ties.tsv)."""
    return _normset(_data_lines("group_ties.tsv"))


@lru_cache(maxsize=1)
def opposing_words() -> frozenset:
    """Adjectives of opposition before a domestic side (data/opposing_words.tsv): مناهضين، المعارضة، المناوئة."""
    return _normset(_data_lines("opposing_words.tsv"))


@lru_cache(maxsize=1)
def official_office_nouns() -> frozenset:
    """Office nouns in construct between a name and a title (data/office_of_nouns.tsv): مستشار، نائب، مبعوث."""
    return office_nouns(_data_lines("office_of_nouns.tsv"))


@lru_cache(maxsize=1)
def short_forms_of_igos() -> frozenset:
    """Bare definite heads that stand for the international body last named with them (data/igo_short_forms.tsv)."""
    return _normset(_data_lines("igo_short_forms.tsv"))


@lru_cache(maxsize=1)
def _royal_houses() -> dict:
    return {normalize_word(h): c for h, c in (line.split("\t") for line in _data_lines("royal_houses.tsv"))}


def royal_house_country(name_ar: str) -> Optional[str]:
    """The state of the ruling house a name ends with ("خالد آل سعود" -> SAU; data/royal_houses.tsv), else None."""
    words = normalize_word(name_ar).split()
    if len(words) < 3 or words[-2] not in ("ال", "آل"):
        return None
    return _royal_houses().get(words[-1])


@lru_cache(maxsize=1)
def in_country_bodies() -> frozenset:
    """State bodies that belong to the country (or capital) named after "في" (data/in_country_bodies.tsv): a
    ministry, a government, the police or the security forces; not forces or offices that may be posted abroad
    (القوات في العراق، السفارة في)."""
    return _normset(_data_lines("in_country_bodies.tsv"))


@lru_cache(maxsize=1)
def ethnic_homelands() -> dict:
    """Ethnic codes and the states of their homelands (data/ethnic_homelands.tsv): KUR -> TUR IRQ IRN SYR."""
    rows = (line.split("\t") for line in _data_lines("ethnic_homelands.tsv"))
    return {code: frozenset(states.split()) for code, states in rows}


@lru_cache(maxsize=1)
def local_people() -> frozenset:
    """Crowds named by what they do in a place (data/local_people.tsv): المتظاهرون، المعتصمون، الأهالي."""
    return _normset(_data_lines("local_people.tsv"))


@lru_cache(maxsize=1)
def domestic_sides() -> frozenset:
    """Unnamed sides of one country's war (data/domestic_sides.tsv): المتمردين، الميليشيات."""
    return _normset(_data_lines("domestic_sides.tsv"))


@lru_cache(maxsize=1)
def crowd_words() -> frozenset:
    """Crowds and unnamed sides together, as ``article_country`` reads them."""
    return local_people() | domestic_sides()


@lru_cache(maxsize=1)
def named_org_heads() -> frozenset:
    """Company heads that take a proper name before their nationality (data/named_org_heads.tsv)."""
    heads = _normset(_data_lines("named_org_heads.tsv"))
    return heads | {p + h for h in heads for p in ("ل", "ب", "و")}


# a proper name between a company head and its nationality: quoted, or one or two plain words
_ORG_NAME = re.compile(r"\s+(?:«[^»\n]{1,40}»|\"[^\"\n]{1,40}\"|“[^”\n]{1,40}”|([^\W\d_]+)(?:\s+([^\W\d_]+))?)\s+$")


def org_name_gap(gap: str) -> bool:
    """Whether ``gap`` (text between a company head and a nationality) is a proper name: quoted, or one
    or two plain words that are not definite, not function words and not locative prepositions."""
    m = _ORG_NAME.fullmatch(gap)
    if not m:
        return False
    plain = [w for w in m.groups() if w]
    return all(not w.startswith("ال") and w not in NAME_STOP and w not in LOCATIVES and len(w) >= 3
               for w in plain)


def lone_nationality_person(t: str, m: Match, prev: str) -> bool:
    """An indefinite singular nationality standing for a person, not describing a noun before it: the accusative
    object "قتل الجيش الأحد [فلسطينيا]" (after a word it cannot agree with: a definite word, a verb; not after an
    indefinite accusative noun, "دعما سعوديا"), or the genitive after a noun of an act done to a person
    ("بإعدام [كرواتي]", acts_on_persons.tsv)."""
    f = m.form
    if m.proclitic or f.startswith("ال") or " " in f or not prev:
        return False
    if f.endswith("يا"):
        return not prev.endswith("ا") and _WORD.fullmatch(prev) is not None and prev not in LOCATIVES
    if f.endswith("ي"):
        return any(w in _acts_on_persons() for w in peel_forms(prev, conj="وبلف", min_stem=0))
    return False


NISBA_ENDINGS = ("يتان", "يتين", "يون", "يين", "يان", "ية", "ي")  # longest first


def same_nisba_ending(first: str, second: str) -> bool:
    """Whether two nationality adjectives agree in form (الهندية / والباكستانية): the second then qualifies the
    same head, a second party of the same kind (القوات الهندية والباكستانية = the Indian and Pakistani forces)."""
    if not first.startswith("ال") or not second.startswith("ال"):
        return False
    end = next((x for x in NISBA_ENDINGS if first.endswith(x)), None)
    return end is not None and second.endswith(end) and not any(
        second.endswith(x) for x in NISBA_ENDINGS if len(x) > len(end))


def saudi_cue(t: str) -> bool:
    """Whether the (normalized) article names a Saudi city, province or holy site (kingdom_cues.tsv): with no
    kingdom named as an actor anywhere, a bare "المملكة" is then Saudi Arabia, its standing name in Saudi and Gulf
    news (a Moroccan or Jordanian story names its own kingdom, capital or king)."""
    return _saudi_cue_pattern().search(t) is not None


def _titled(t: str, r: "Resolved") -> bool:
    """Whether a resolved name carries a title before the name itself (الأمير خالد بن فيصل)."""
    return t[r.start:r.end].strip() != r.ref[len("name:"):]

class Resolver:
    """Resolve one document's matches; ``sentences`` are normalized (start, end) spans."""

    def __init__(self, lex: Lexicon, matcher: Matcher):
        self.lex = lex
        self.matcher = matcher
        self.shorts: dict[str, tuple[str, ...]] = {}
        self.person_forms: dict[str, tuple[Entry, ...]] = {}
        for x in lex.entries:
            if x.kind == "person":
                for f in x.forms:
                    self.person_forms[f] = self.person_forms.get(f, ()) + (x,)
        for x in lex.entries:
            if x.kind == "short":
                self.shorts[x.ref] = tuple(dict.fromkeys(self.shorts.get(x.ref, ()) + x.forms))

    # -- helpers on the normalized text --------------------------------------------------------------------
    def prev_word(self, t: str, m: Match) -> str:
        if m.proclitic:
            return m.proclitic
        ws = t.rfind(" ", 0, max(0, m.start - 1))
        seg = t[ws + 1:m.start].strip()
        words = _WORD.findall(seg)
        if not words or not seg.endswith(words[-1]):
            return ""
        w = words[-1]
        for p in ("و", "ف"):
            if w.startswith(p) and w[1:] in LOCATIVES:
                return w[1:]
        return w

    def is_place(self, t: str, m: Match) -> bool:
        """Country/capital used as a location (في بغداد، بالعراق) or in a dateline (ايلاف من لندن:)."""
        if m.kind not in ("capital", "country", "seat"):
            return False
        if "ب" in m.proclitic:
            return True
        if not m.proclitic and self.prev_word(t, m) in NAME_OF_THING:
            return True  # "بحيرة تشاد", "مؤتمر القاهرة": a lake or a meeting named after it, not the state
        if self.prev_word(t, m) in LOCATIVES:
            # "وفدا إعلاميا قدم من الجزائر": the country a delegation comes from is the party it stands for
            if self.prev_word(t, m) == "من" and _BOTH_OF.search(t[max(0, m.start - 12):m.start]):
                return False  # "كلا من الكويت وقطر": "both", not "from"
            if self.prev_word(t, m) == "بين" and _JOINED_NEXT.match(t, m.end):
                return False  # "العلاقات بين مصر والسعودية": the first of two sides, a party like the second
            return not (self.prev_word(t, m) == "من" and DELEGATION.search(t[max(0, m.start - 40):m.start]))
        line_start = t.rfind("\n", 0, m.start) + 1
        return m.start - line_start <= 30 and bool(_DATELINE_TAIL.match(t, m.end))

    def coordinated_place(self, t: str, matches: list[Match], i: int) -> bool:
        """A country joined by و to a destination right before it (إلى كينيا وإثيوبيا، نحو اليونان وإيطاليا) is a
        place too, not a party of its own."""
        m = matches[i]
        if m.proclitic != "و" or i == 0 or m.kind not in ("capital", "country"):
            return False
        prev = matches[i - 1]
        return prev.kind in ("capital", "country") and not prev.proclitic and \
            t[prev.end:m.start - len(m.proclitic)].isspace() and \
            self.prev_word(t, prev) in COORDINATED_PLACE_LOCATIVES and self.is_place(t, prev)

    def unknown_name(self, t: str, pos: int, ner_per: dict[int, int]) -> Optional[tuple[int, int]]:
        """A person name right after ``pos`` that the lexicon does not know: NER PER, else 2-3 plain words."""
        m = re.match(r"\s+", t[pos:pos + 3])
        s = pos + (m.end() if m else 0)
        if not m:
            return None
        if s in ner_per:
            return s, ner_per[s]
        words = []
        for wm in re.finditer(r"(\S+)(\s|$)", t[s:s + 80]):
            w = wm.group(1)
            last = w[-1] in "،,.:؛)»\"" and len(w) > 1  # "النائب وليد عيدو، عضو ...": the name ends here
            w = w.rstrip("،,.:؛)»\"") if last else w
            if not _WORD.fullmatch(w) or w in NAME_STOP or len(w) < 2:
                break
            surname = bool(words) and words[-1] not in NAME_JOINS and w not in LOCATIVES
            if w.startswith("ال") and not (words and words[-1] in NAME_JOINS) \
                    and w not in AL_NAMES and not surname:
                break
            if w[0] in "وف" and (w[1:] in NAME_STOP or w[:2] in VERBISH) and w not in WF_NAMES:
                break
            if w in MEDIA or (w[0] in "لب" and w[1:] in MEDIA) or (words and len(w) < 3 and w not in ("بن", "ال")):
                break  # "... لوكالة الأنباء", "... لإذاعة": the outlet after the name
            if words and (w[0] == "ي" or w[:2] == "سي") and len(w) >= 4:
                break  # an imperfect verb after the name (... تارو كونو يزور), not a third name
            if len(words) == 3 and words[1] != "ولد" and (w != "بن" and not w.startswith("ال")):
                break  # after "X بن Y" only another بن or a surname with ال
            if len(words) == 4 and words[3] not in ("بن", "ال") and not (words[1] == "بن" and w in ("بن", "ابن")):
                break  # (a nasab goes on: "تركي بن عبد الله بن عبد العزيز")
            if len(words) == 2 and not (words[0] in COMPOUND_FIRST or words[1] in COMPOUND_FIRST):
                break  # a third word only in Arabic compound names (محمد جواد ظريف، عبد الله واد، حسن شيخ محمود)
            words.append(w)
            end = s + wm.start(1) + len(w)
            # "عبد الرحمن بن عبد العزيز السديس", "إسماعيل ولد الشيخ أحمد": patronymic chains
            limit = {"بن": 5, "ولد": 4}.get(words[1] if len(words) > 1 else "", 3)
            if (len(words) >= limit and w not in NAME_JOINS) or len(words) >= limit + 3 or last or (
                    surname and w.startswith("ال") and w != "ال"):  # "... بن عبد العزيز": عبد takes its second word
                break  # a surname with ال (الياس المر، سعد الحريري) ends the name
        if len(words) >= 2 and words[-1] not in NAME_JOINS and looks_like_name(words):
            return s, end
        return None

    def patronymic_person(self, t: str, pos: int) -> Optional[Match]:
        """A known person named with extra given names right after a title: "عادل بن أحمد الجبير" -> عادل الجبير,
        "محمد فؤاد معصوم" -> فؤاد معصوم, "محمد بن نايف بن عبد العزيز" -> محمد بن نايف. Only two-word (or longer)
        lexicon forms count, and only from the first or second word of the name; the words left out lie inside the
        name, or (a nasab) follow it."""
        m = re.match(r"\s+", t[pos:pos + 3])
        if not m:
            return None
        s = pos + m.end()
        toks = [(w.group(0), s + w.start()) for w in re.finditer(r"[^\W\d_]+", t[s:s + 90])][:7]  # 7: a spaced
        # nasab "تركي بن عبد الله بن عبد العزيز" keeps its father's two-word name
        words = [w for w, _ in toks]
        if len(words) < 3 or any(w in NAME_STOP for w in words[:2]):
            return None

        def span_ok(last: int) -> Optional[int]:
            end = toks[last][1] + len(words[last])
            return end if re.fullmatch(r"[\s\w]*", t[s:end]) else None  # no punctuation inside

        for k in range(len(words) - 2, 1, -1):  # "محمد بن نايف بن عبد العزيز": a known nasab extended by its father's
            form = " ".join(words[:k])
            if words[k] in ("بن", "ابن") and "بن" in words[:k] and form in self.person_forms:
                last = k + 2 if words[k + 1] == "عبد" and k + 2 < len(words) else k + 1
                end = span_ok(last)
                if end is not None:
                    return Match(s, end, form, self.person_forms[form])
        for first in (0, 1):  # keep the first word and drop a middle chain, or drop one leading given name
            for k in range(first + 1, len(words)):
                for k2 in range(k + 1, min(len(words), k + 3) + 1):
                    kept = [words[first]] + words[k:k2]
                    if first == 1 and k != 2:
                        continue  # "محمد فؤاد معصوم": only the leading name is dropped
                    if first == 1 and words[0].startswith("وال"):
                        continue  # "...والرئيس عبد الفتاح السيسي": و + article starts another phrase, no given name
                    if first == 0 and k == 1:
                        continue  # nothing dropped: the matcher already sees this form
                    if words[k - 1] in _PATRONYMIC or words[first] in _PATRONYMIC:
                        continue  # "الأمير محمد بن نايف": the name after بن is the father's, never the man himself
                    form = " ".join(kept)
                    if form in self.person_forms and len(kept) >= 2:
                        end = span_ok(k2 - 1)
                        if end is not None:
                            return Match(s, end, form, self.person_forms[form])
        return None

    @staticmethod
    def name_like(t: str, s: int, e: int) -> bool:
        """Stricter test for a name after a title with no nationality: no future verb (سيسافر), no adverb (قريبا)."""
        for w in t[s:e].split():
            if len(w) >= 5 and (w[:2] in ("سي", "ست", "سن") or w.endswith("ا") or w[0] == "و"):
                return False  # a future verb, an adverb, a noun joined by و (قائد الشرطة واجراء تعديلات)
        return True

    def adjectival(self, t: str, h: Match) -> bool:
        """A bare one-word title right after a definite noun is an adjective (المجال الرئيس)."""
        if h.proclitic or " " in h.form:
            return False
        before = _WORD.findall(t[max(0, h.start - 30):h.start])
        return bool(before) and before[-1].startswith("ال") and before[-1] not in LOCATIVES \
            and before[-1] not in AL_VERBS and before[-1] not in STYLE_WORDS

    def place_named_after(self, t: str, m: Match, name_start: int) -> bool:
        """Whether an honorific and the next word name a place (الشيخ زويد): a sizeable town of that name, or any
        place of that name right after a place noun (مديرية الشيخ عثمان)."""
        w = _WORD.match(t[name_start:name_start + 30])
        gaz = _gazetteer()
        if not w or gaz is None:
            return False
        try:
            hits = [e for e in gaz.lookup(f"{m.form} {w.group(0)}") if e.feature.startswith("PPL")]
        except Exception:  # noqa: BLE001 - an optional refinement
            return False
        prev = self.prev_word(t, m)
        return any(e.population >= PLACE_POPULATION for e in hits) or bool(hits) and (
            is_place_noun(prev))

    @staticmethod
    def after_definite_noun(t: str, m: Match) -> bool:
        prev = _LAST_WORD.search(t[max(0, m.start - 40):m.start])
        w = prev.group(1) if prev else ""
        return (w.startswith("ال") or w[:3] in ("وال", "بال", "فال") or w[:2] == "لل") and w not in AL_FUNCTION \
            and w not in AL_VERBS and w not in LOCATIVES

    @staticmethod
    def adjective_of_act(t: str, m: Match, ms: list[Match], i: int) -> bool:
        """A singular group word right after the noun it describes: after a definite noun or a name for the
        definite form (العمل الإرهابي، تنظيم داعش الإرهابي، تفجير سروج الإرهابي), after a noun of an act for the
        indefinite one (هجوم إرهابي)."""
        if m.proclitic:
            return False
        prev = _LAST_WORD_QUOTED.search(t[max(0, m.start - 40):m.start])
        if not prev:
            return False
        w = prev.group(1)
        if m.form.startswith("ال"):
            if w.startswith("ال") or w[:3] in ("وال", "بال", "فال", "كال") or w[:2] == "لل":
                return w not in AL_FUNCTION and w not in AL_VERBS and w not in LOCATIVES
            if i > 0 and ms[i - 1].end == prev.end(1) + max(0, m.start - 40) and ms[i - 1].kind in (
                    "group", "igo", "country", "capital"):
                return True  # "داعش الإرهابي": the named group's epithet
            if w in ACT_NOUNS or (w[:1] in "وبل" and w[1:] in ACT_NOUNS):
                return True
            before = _LAST_WORD.search(t[max(0, m.start - 80):prev.start(1) + max(0, m.start - 40)])
            b = before.group(1) if before else ""
            return b in ACT_NOUNS or (b[:1] in "وبل" and b[1:] in ACT_NOUNS)  # "تفجير سروج الإرهابي"
        return w in ACT_NOUNS or (w[:1] in "وبل" and w[1:] in ACT_NOUNS)

    def person_after_title(self, n: Match, st: CorefState) -> tuple[Optional[Person], Optional[Match]]:
        """The name after a title: a known short name (its Person), else the match read as a person name, or
        (None, None) when it cannot be a person."""
        if n.kind != "short":
            return None, n
        person = self.short_person(n, st)
        return (person, n) if person is not None else (None, as_person(n))

    def other_states_man(self, n: Match, st: CorefState, country: Optional[str], own: Optional[str]) -> bool:
        """Whether a known man right after a title whose nationality the phrase gave (الرئيس الفرنسي) is of
        another state: then he starts a new phrase (the verb's object), not the office's holder."""
        if country is None or own is not None or country in ORGANISATIONS:
            return False
        if n.kind == "short":
            p = self.short_person(n, st)
            theirs = p.country if p is not None else None
        else:
            theirs = pick_person(n.entries, st.date).country
        return theirs is not None and theirs not in ORGANISATIONS and theirs != country

    @staticmethod
    def named_org_nationality(t: str, ms: list[Match], i: int) -> Optional[tuple[int, Match]]:
        """(index after, nationality match) when an indefinite company head is followed by a proper name and a
        definite nationality ("شركة «إيني» الإيطالية"); words of the name that match the lexicon ("شركة "السفير"
        اللبنانية") are part of the name. None otherwise."""
        h = ms[i]
        if h.kind not in ("body", "group") or h.form not in named_org_heads():
            return None
        for k in range(i + 1, min(i + 5, len(ms))):
            n = ms[k]
            if n.start - h.end > 50:
                return None
            if n.kind == "nationality" and not n.proclitic and n.form.startswith("ال"):
                return (k + 1, n) if org_name_gap(t[h.end:n.start]) else None
        return None

    # -- main ----------------------------------------------------------------------------------------------
    def resolve(self, t: str, sentences: list[tuple[int, int]], date: Optional[str],
                ner_per: Optional[dict[int, int]] = None) -> tuple[list[Resolved], list[Part]]:
        """Actor mentions (text order, coreferent ones included) and lexicon entity parts."""
        ner_per = ner_per or {}
        matches = self.matcher.find(t)
        st = CorefState(self.lex, date)
        out: list[Resolved] = []
        entities: list[Part] = []
        unknown_shorts: dict[str, Person] = {}
        sent_iter = iter(sentences)
        sent = next(sent_iter, None)
        i = 0
        while i < len(matches):
            m = matches[i]
            mk = m.kind
            while sent is not None and m.start >= sent[1]:
                sent = next(sent_iter, None)
            if sent is not None:
                st.new_sentence(sent[0])
            lbl = entity_label(m)
            if not m.proclitic and t.endswith("عبد ", 0, m.start) and (m.form in HONORIFICS or mk == "title"):
                i += 1  # "عبد الملك بن عمر": part of a name, not a king
                continue
            if m.form in HONORIFICS and not m.proclitic and self.prev_word(t, m) in NAME_LINKS:
                i += 1  # "إسماعيل ولد الشيخ أحمد": part of a name, not a cleric
                continue
            if m.form in HONORIFICS and mk == "group" and not m.proclitic:
                if self.place_named_after(t, m, m.end + 1):
                    i += 1  # "الشيخ زويد", "بمديرية الشيخ عثمان": a town, not a cleric
                    continue
                span = self.unknown_name(t, m.end, ner_per)
                nxt = matches[i + 1].start if i + 1 < len(matches) else len(t)
                if span and span[1] <= nxt:
                    name_ar = t[span[0]:span[1]]
                    house = royal_house_country(name_ar)  # "الشيخ محمد بن حمد آل ثاني": of a ruling house
                    p = Person(f"name:{name_ar}", name_ar, name_ar, house, "GOV" if house else m.entries[0].sector,
                               None, (name_ar.split()[-1],))
                    out.append(self.from_person(p, m.start, span[1], st, [Part(span[0], span[1], "PER")]))
                    entities.append(Part(span[0], span[1], "PER"))
                    i += 1
                    continue
            if mk == "body" and not m.proclitic and m.form[:2] != "ال" and self.prev_word(t, m) in NAMED_AFTER:
                i += 1  # "مسجد قوات الطوارئ", "مستشفى قوى الأمن": a place named after the force
                continue
            if mk == "title" and not m.proclitic and self.prev_word(t, m) == "غير" and m.form.startswith("ال"):
                i += 1  # "التصريحات غير المسؤولة", "تصرفات غير المسؤولين": "irresponsible", not an official
                continue
            if mk == "nationality" and m.form in REACTION_WORDS and _REACTION.match(t, m.end):
                i += 1  # "كرد فعل على العقوبات": "as a reaction", not the Kurds
                continue
            if m.form in ADJECTIVAL_BODIES and not m.proclitic and self.after_definite_noun(t, m):
                i += 1  # "الحروب الخارجية", "الشؤون الداخلية": an adjective, not the ministry
                continue
            if m.form in ADJECTIVAL_GROUPS and mk == "group" and self.adjective_of_act(t, m, matches, i):
                i += 1  # "العمل الإرهابي", "تفجير انتحاري": what kind of attack, not who made it
                continue
            if m.form in AMBIGUOUS_BARE and (self.prev_word(t, m) in LOCATIVES or re.match(r"\s+ال", t[m.end:m.end + 4])):
                i += 1  # "القاعدة الجوية", "من القاعدة": a base, not al-Qaeda
                continue
            if m.form in AMBIGUOUS_NOUN and not m.construct and (m.form in QUALIFIED_ONLY or (
                    not m.proclitic and re.match(r"\s+ال", t[m.end:m.end + 4]))):
                nxt = matches[i + 1] if i + 1 < len(matches) else None
                if nxt is None or nxt.kind not in ("nationality", "country") or t[m.end:nxt.start].strip():
                    i += 1
                    continue
            if mk in HEADS:
                res, j, parts = self.phrase(t, matches, i, st, ner_per)
                entities.extend(parts)
                out.extend(res)
                for r in res:
                    if r.kind == "person" and r.ref.startswith("name:"):
                        last = r.name_ar.split()[-1] if r.name_ar else ""
                        p = st.seen(r.ref)
                        if last and p and last not in HONORIFICS and len(last) > 2:
                            unknown_shorts[last] = p
                i = max(j, i + 1)
                continue
            if lbl and mk != "short":
                entities.append(Part(m.start, m.end, lbl, mk == "body"))
            if mk in ("person", "short") and not m.proclitic and self.prev_word(t, m) in NAMED_AFTER:
                i += 1  # "مستشفى الملك فهد": a place or institution named after him
                continue
            if mk == "person":
                out.append(self.person_actor(m, st, date, role=None, country=None, span=(m.start, m.end)))
            elif mk == "short" and _GIVEN_NAME_NEXT.match(t[m.end:m.end + 6]):
                pass  # "المهندس عباس بن أحمد": a given name, not the surname of someone named before
            elif mk == "short":
                p = self.short_person(m, st)
                cold = as_person(m)
                if p:
                    entities.append(Part(m.start, m.end, "PER"))
                    out.append(self.from_person(p, m.start, m.end, st, [Part(m.start, m.end, "PER")]))
                elif cold is not None:  # "الحريري" with no سعد الحريري before it: the person it names cold
                    entities.append(Part(m.start, m.end, "PER"))
                    out.append(self.person_actor(cold, st, date, role=None, country=None, span=(m.start, m.end)))
                else:
                    q = self.short_in_context(t, m, out, date)
                    if q is not None:
                        p = Person(q.ref, q.name, q.name_ar, q.country, q.sector, q.role, self.shorts.get(q.ref, ()))
                        entities.append(Part(m.start, m.end, "PER"))
                        out.append(self.from_person(p, m.start, m.end, st, [Part(m.start, m.end, "PER")]))
            elif mk in STANDALONE:
                if m.form in AMBIGUOUS_BARE or self.is_place(t, m) or self.coordinated_place(t, matches, i):
                    i += 1
                    continue
                e = m.entries[0]
                r = Resolved(m.start, m.end, e.country, e.sector, e.name, None, mk, e.ref,
                             [Part(m.start, m.end, lbl or "ORG")])
                st.observe(e.country, None, e.sector)
                out.append(r)
            elif mk == "group":
                if m.form in AMBIGUOUS_BARE and re.match(r"\s+ال", t[m.end:m.end + 4]):
                    i += 1
                    continue
                e = m.entries[0]
                out.append(Resolved(m.start, m.end, e.country, e.sector, e.name, None, "group", e.ref,
                                    [Part(m.start, m.end, "ORG")]))
            elif mk == "nationality" and m.proclitic == "و" and out and out[-1].role \
                    and out[-1].kind in ("person", "title") and not t[out[-1].end:m.start - 1].strip():
                # "رئيس الوزراء الهندي ناريندرا مودي والباكستاني نواز شريف": the same office, another country
                r, i = self.coordinated(t, matches, i, st, out[-1], ner_per)
                out.append(r)
                entities.extend(r.parts)
                continue
            elif mk == "nationality" and m.proclitic == "و" and out and out[-1].kind == "nationality" \
                    and " " in t[out[-1].start:out[-1].end] and not t[out[-1].end:m.start - 1].strip():
                # "الجانبان السعودي والمصري": the second party of a dual head, by its nationality
                e = m.entries[0]
                out.append(Resolved(m.start, m.end, e.country, out[-1].sector, e.name, None, "nationality",
                                    f"country:{e.country}", [Part(m.start, m.end, "NORP")]))
            elif mk == "nationality" and m.proclitic == "و" and out and out[-1].country and (
                    out[-1].kind == "asset" or out[-1].kind == "body"
                    and (t[out[-1].start:out[-1].end].split()[0] in DUAL_BODIES
                         or same_nisba_ending(t[out[-1].start:out[-1].end].split()[-1], m.form))) \
                    and not t[out[-1].end:m.start - 1].strip() and m.entries[0].country != out[-1].country:
                # "الحكومتان المصرية والسودانية", "مساعدات سعودية وإماراتية", "غارات أمريكية وبريطانية", and after
                # any body when both nationalities agree in form ("القوات الهندية والباكستانية"): the second party
                e = m.entries[0]
                out.append(Resolved(m.start, m.end, e.country, out[-1].sector, e.name, None, out[-1].kind,
                                    f"country:{e.country}|{out[-1].sector}", [Part(m.start, m.end, "NORP")]))
            elif mk == "nationality" and not m.proclitic and out and out[-1].country \
                    and out[-1].country != m.entries[0].country and m.form.startswith("ال") \
                    and out[-1].end < m.start and not t[out[-1].end:m.start].strip(" -\u2013\u2014_/") \
                    and len(t[out[-1].end:m.start]) <= 5:
                # "اللجنة السعودية - البرازيلية المشتركة": a joint body of two countries; the second one a party
                e = m.entries[0]
                out.append(Resolved(m.start, m.end, e.country, out[-1].sector, e.name, None, "nationality",
                                    f"country:{e.country}", [Part(m.start, m.end, "NORP")]))
            elif mk == "nationality" and (m.entries[0].number == "plural" or (
                    m.entries[0].number == "dual" and m.form.endswith("ان") and not m.form.endswith("تان")) or (
                    m.entries[0].number == "singular" and lone_nationality_person(t, m, self.prev_word(t, m)))):
                # "العراقيون": that country's people, coded by country alone as CAMEO does. A singular adjective
                # on a thing ("السوق العراقية") is no actor; on a weapon or strike it is (see kind "asset"). A lone
                # singular person ("قتل فلسطينيا") is an actor but no NORP entity (ANERcorp leaves it untagged).
                e = m.entries[0]
                out.append(Resolved(m.start, m.end, e.country, None, e.name, None, "nationality", e.ref,
                                    [] if e.number == "singular" else [Part(m.start, m.end, "NORP")]))
            elif mk == "poss_country":
                country, _ = st.subject()
                nxt = matches[i + 1] if i + 1 < len(matches) else None
                if nxt is not None and nxt.kind == "country" and not nxt.proclitic \
                        and not t[m.end:nxt.start].strip():
                    country = nxt.entries[0].country  # "مع بلاده إيران": the country named in apposition
                if country:
                    out.append(Resolved(m.start, m.end, country, None, self.lex.countries.get(country, country),
                                        None, "poss_country", f"country:{country}", []))
            i += 1
        out.extend(self.unknown_short_mentions(t, out, unknown_shorts))
        out.sort(key=lambda r: r.start)
        out = self.named_officials(t, out, ner_per)
        out = self.apposition(t, out)
        out = merge_forces(t, out)
        out = allied_forces(t, out)
        out = partisans_of(t, out)
        out = opponents_of(t, out, opposing_words())
        out = fighters_of(t, out, group_ties())
        out = organs_of(t, out, organ_nouns(), organ_titles())
        out = officials_of(t, out)
        out = members_of(t, out, member_nouns())
        out = building_names(t, out, building_nouns())
        out = owned_businesses(t, out)
        out = shared_nationality(t, out)
        out = located_bodies(t, out, region_country)
        out = article_country(t, out, sentences, matches, crowd_words(), region_country)
        out = ethnic_parties(t, out, sentences, matches, ethnic_homelands())
        out = igo_short_forms(t, out, short_forms_of_igos())
        out = expand_country_groups(t, out, sentences, tuple(self.lex.country_groups), self.group_member)
        return out, entities

    def group_member(self, start: int, end: int, country: str, group) -> Resolved:
        """One member state of a group named by one mention (مجموعة 5+1): the span is the group's; the first member
        carries the group's entity part."""
        parts = [Part(start, end, "ORG")] if country == group.countries[0] else []
        return Resolved(start, end, country, group.sector, self.lex.countries.get(country, country), None, "country",
                        f"country:{country}", parts)

    @staticmethod
    def apposition(t: str, out: list[Resolved]) -> list[Resolved]:
        """An unknown name with no country right before a title phrase that has one is that office holder:
        "الأمير فيصل بن بندر أمير منطقة الرياض", "الشيخ خالد بن خليفة، وزير الخارجية البحريني". A construct force
        or militia right before a named man is his, one actor over both: "قوات الرئيس المخلوع علي عبد الله صالح",
        "ميليشيات علي صالح"."""
        merged: set[int] = set()
        for k, (a, b) in enumerate(zip(out, out[1:])):
            gap = t[a.end:b.start].strip()
            if a.kind == "person" and a.ref.startswith("name:") and a.country is None and b.country \
                    and b.kind in ("title", "person", "frame") and gap in ("", "،", ",") \
                    and not (gap == "" and _titled(t, a) and t[b.start:b.end].startswith("ال")):
                # (a titled name then a definite title with no comma starts a new phrase: "استقبل الأمير X السفير
                # الأمريكي" names two people)
                a.country, a.sector = b.country, b.sector
            elif a.kind in ("body", "group") and a.ref.startswith("term:") and a.country is None \
                    and b.kind == "person" and b.country and b.country not in ("IGO", "NGO") and k not in merged \
                    and all(w in FORMER for w in t[a.end:b.start].split()) \
                    and not t[a.start:a.end].split()[-1].startswith(("ال", "وال")):
                a.country, a.end = b.country, b.end
                merged.add(k + 1)
        return [r for k, r in enumerate(out) if k not in merged]

    def coordinated(self, t: str, ms: list[Match], i: int, st: CorefState, prev: Resolved,
                    ner_per: dict[int, int]) -> tuple[Resolved, int]:
        """A nationality joined by و to a title phrase: the same office in that country, with its own name."""
        m = ms[i]
        country, role, sector = m.entries[0].country, prev.role, prev.sector
        parts = [Part(m.start, m.end, "NORP")]
        nxt = ms[i + 1] if i + 1 < len(ms) else None
        if nxt is not None and nxt.kind == "person" and not t[m.end:nxt.start].strip():
            parts.append(Part(nxt.start, nxt.end, "PER"))
            return self.person_actor(nxt, st, st.date, role, country, (m.start, nxt.end), parts), i + 2
        span = self.unknown_name(t, m.end, ner_per)
        if span and (nxt is None or span[1] <= nxt.start):
            name_ar = t[span[0]:span[1]]
            parts.append(Part(span[0], span[1], "PER"))
            p = Person(f"name:{name_ar}", name_ar, name_ar, country, sector, role, (name_ar.split()[-1],))
            return self.from_person(p, m.start, span[1], st, parts), i + 1
        hold = st.holder(role, country)
        if hold is not None:
            p = Person(hold.ref, hold.name, hold.name_ar, hold.country, hold.sector, hold.role,
                       self.shorts.get(hold.ref, ()))
            return self.from_person(p, m.start, m.end, st, parts), i + 1
        cname = self.lex.countries.get(country or "", country or "")
        r = Resolved(m.start, m.end, country, sector, f"{cname} {role or ''}".strip(), None, "title",
                     f"title:{role}|{country}", parts, role=role)
        st.observe(country, None, sector, role)
        return r, i + 1

    @staticmethod
    def short_in_context(t: str, m: Match, out: list[Resolved], date: Optional[str]) -> Optional[Entry]:
        """A short name never introduced in the article, where its context names it: joined by و to an actor of
        one candidate's country ("الحوثي وصالح": Yemen's Saleh, not Iraq's Salih), or right after a force or
        regime in construct ("قوات الأسد"), the candidate whose office came last before the article's date."""
        goes_on = _NAME_GOES_ON.match(t[m.end:m.end + 6])
        if not out or out[-1].end > m.start or (goes_on and not (
                m.form.startswith("ال") and goes_on.group(0).strip() == "ال")):
            return None  # "وصالح الصماد": another man's given name; a definite surname ends the name (قوات الأسد الأحياء)
        prev = out[-1]
        gap = t[prev.end:m.start - len(m.proclitic)]
        if m.proclitic == "و" and not gap.strip() and prev.country:
            refs = {e.ref: e for e in m.entries if e.country == prev.country}
            return next(iter(refs.values())) if len(refs) == 1 else None
        if not m.proclitic and not gap.strip() and prev.kind in ("body", "group") and prev.ref.startswith("term:") \
                and prev.country is None and prev.sector in ("MIL", "REB", "GOV", "COP") \
                and not t[prev.start:prev.end].split()[-1].startswith(("ال", "وال", "لل")):
            past = [e for e in m.entries if not date or not e.start or e.start <= date]
            refs = {e.ref: e for e in past}
            if len(refs) == 1:
                return next(iter(refs.values()))
            latest = max(refs.values(), key=lambda e: e.end or "9999", default=None)
            ties = [e for e in refs.values() if latest is not None and (e.end or "9999") == (latest.end or "9999")]
            return latest if len(ties) == 1 else None
        return None

    def short_person(self, m: Match, st: CorefState) -> Optional[Person]:
        for e in m.entries:
            p = st.seen(e.ref)
            if p:
                return p
        return st.by_short(m.form)

    def person_actor(self, m: Match, st: CorefState, date: Optional[str], role: Optional[str],
                     country: Optional[str], span: tuple[int, int], parts: Optional[list[Part]] = None) -> Resolved:
        e = pick_person(m.entries, date, role, country)
        shorts = self.shorts.get(e.ref, ())
        p = Person(e.ref, e.name, e.name_ar, e.country, e.sector, e.role, shorts)
        return self.from_person(p, span[0], span[1], st, parts or [Part(m.start, m.end, "PER")])

    def from_person(self, p: Person, start: int, end: int, st: CorefState, parts: list[Part]) -> Resolved:
        st.observe(p.country, p)
        return Resolved(start, end, p.country, p.sector, p.name, p.name_ar, "person", p.ref, parts,
                        head=next((k for k, x in enumerate(parts) if x.label == "PER"), 0), role=p.role)

    @staticmethod
    def bare_kingdom(t: str, ms: list[Match], st: CorefState) -> Optional[str]:
        """The kingdom a bare "المملكة" names here, or None when the article leaves it open."""
        # the country last named when it is a kingdom (المملكة العربية السعودية، الملك سلمان)
        king = st.recent[-1] if st.recent and st.recent[-1] in KINGDOMS else None
        if king is None and not [c for c in st.recent if c not in ("IGO", "NGO", "KUR")]:
            # nothing named before it: the one kingdom the article names anywhere ("دعت إليها المملكة ...
            # خادم الحرمين الشريفين"); two kingdoms named, or another country just before it: no actor
            named = _kingdoms_named(ms)
            king = next(iter(named)) if len(named) == 1 else None
        elif king is None:
            # "زيارة وزير الخارجية المصري للمملكة" after Saudi Arabia was named: a republic just named is not the
            # kingdom, and "the Kingdom" is the standing name of Saudi Arabia in its own and Gulf press (another
            # kingdom named before a republic stays ambiguous: no actor)
            kings = [c for c in st.recent if c in KINGDOMS]
            named = _kingdoms_named(ms)
            king = SAUDI if (kings[-1:] == [SAUDI] or (not kings and named == {SAUDI})) else None
        if king is None and not [c for c in st.recent if c in KINGDOMS] and not _kingdoms_named(ms) \
                and saudi_cue(t):
            king = SAUDI  # "تضامن تركيا مع المملكة" in an article on a bombing in Abha: no kingdom named at all
        return king

    def phrase(self, t: str, ms: list[Match], i: int, st: CorefState,
               ner_per: dict[int, int]) -> tuple[list[Resolved], int, list[Part]]:
        h = ms[i]
        e = h.entries[0]
        kind = h.kind
        sector, role = e.sector, e.role
        country: Optional[str] = e.country
        person_match: Optional[Match] = None
        person: Optional[Person] = None
        org_name: Optional[str] = None
        org_of: Optional[str] = None  # the organisation a title belongs to (الأمين العام لحلف الناتو)
        org_ref: Optional[str] = None
        parts = [Part(h.start, h.end, entity_label(h), kind == "body")] if entity_label(h) else []
        if kind == "group" and e.sector == "MED" and " " in h.form and h.form.split()[0] in MEDIA_HEADS:
            # "صحيفة [هآرتس]": the name is the entity
            parts = [Part(h.start + len(h.form.split()[0]) + 1, h.end, "ORG")]
        frame_body = None  # the bare body a frame speaks for ("المتحدث باسم وزارة الخارجية")
        of_body = False  # the sector came from an institution (قائد الشرطة، ضابط في الجيش): an actor even with no country
        end = h.end
        j = i + 1
        other_man = False  # the phrase stops before a man of another state than its nationality's
        named = self.named_org_nationality(t, ms, i) if country is None else None
        if named is not None:  # "شركة «إيني» الإيطالية": the company of that nationality
            j, n = named
            country, end = n.entries[0].country, n.end
            parts.append(Part(n.start, n.end, "NORP"))
        while j < len(ms):
            n = ms[j]
            if n.start - end > 40:
                break
            gap = t[end:n.start - len(n.proclitic)]
            words = gap.split()
            ne = n.entries[0]
            if n.form in HONORIFICS and kind in ("title", "counterpart") and not n.proclitic and person is None \
                    and person_match is None:
                j += 1  # "وزير خارجية الامارات الشيخ عبدالله بن زايد": the honorific before the holder's name
                continue
            absorbed = True
            # "الأمين العام لحلف الناتو", "الرئيس التنفيذي لشركة"
            # "المتحدث الرسمي للقوات المسلحة المصرية": a spokesman speaks for the body after ل, as after باسم
            of_org = n.proclitic == "ل" and (n.kind in ("igo", "group") or (n.kind == "body" and role in BODY_ROLES))
            nisba_like = n.kind == "nationality" or (  # "القوات الجوية الملكية السعودية": the country spelt as a nisba
                n.kind == "country" and n.form.startswith("ال") and n.form.endswith("ية") and kind == "body")
            if words and nisba_like and country is None and not n.proclitic and kind not in ("frame",) \
                    and "\n" not in gap and (all(w in DESCRIPTORS for w in words) or (
                        kind == "title" and words[0] in PORTFOLIO and len(words) <= 4 and n.form.startswith("ال")
                        and all(_WORD.fullmatch(w) for w in words)) or (  # "وزير الدولة لشؤون الخليج البريطاني"
                        kind == "asset" and len(words) <= 2 and all(_WORD.fullmatch(w) or w.isdigit() for w in words)
                        and not any(w in NAME_STOP or w in LOCATIVES for w in words)) or (
                        n.form.startswith("ال") and len(words) <= 2 and h.form.startswith(("ال", "لل")) and (
                            all(strip_al(w) in DESCRIPTORS for w in words if w.startswith("ال"))
                            if kind == "title" else kind in ("body", "group"))
                        and all(definite_adjective(w) for w in words)) or (
                        kind == "body" and not h.form.startswith(("ال", "لل")) and n.form.startswith("ال")
                        and len(words) <= 2 and _definite_noun(words[0])
                        and all(definite_adjective(w) for w in words[1:]))):
                # "مسؤول امني اسرائيلي", "قذائف هاون اسرائيلية", "القوات الأمنية المشتركة العراقية": descriptors
                # between the head and its nationality; "سلطات الأمن الوطني الأمريكي": a construct body's genitive
                country = ne.country
                refined = {DESCRIPTORS.get(strip_al(w)) for w in words} - {None}
                if sector == "GOV" and len(refined) == 1 and kind in ("title", "group"):
                    sector = refined.pop()
            elif not words and gap and n.kind == "title" and ne.country and kind == "body" and country is None \
                    and not h.form.startswith("ال") and not n.proclitic and "\n" not in gap:
                country = ne.country  # "سفارة خادم الحرمين الشريفين": the office names the country
                parts.append(Part(n.start, n.end, "TITLE"))
                end = n.end
                j += 1
                break
            elif not words and n.kind in ("person", "short") and kind == "body" and h.construct and country is None \
                    and not n.proclitic and gap and "\n" not in gap:
                country = pick_person(n.entries, st.date).country  # "حكومة اولمرت", "ادارة بوش"
                parts.append(Part(n.start, n.end, "PER"))
                end = n.end
                j += 1
                break
            elif not words and gap and "\n" not in gap and (not n.proclitic or of_org):
                if n.kind == "nationality" and country is None and kind != "frame" and (
                        h.construct or not h.form.split()[-1].startswith(("ال", "لل")) or n.form.startswith("ال")):
                    # (an adjective agrees in definiteness: "الشركات مجرى القناة" is no Hungarian company)
                    country = ne.country
                    if kind == "title" and ne.number == "plural":
                        sector = None  # "زعيم الأكراد": leader of a people, not an office of a state
                elif n.kind == "country" and country is None and kind == "title" and role in HOST_ROLES \
                        and n.form.startswith("لل"):
                    country = ne.country  # "المندوب الدائم للمملكة العربية السعودية": whose envoy
                elif n.kind == "country" and country is None and kind not in ("frame", "asset", "human") and not (
                        kind == "title" and not h.construct and " " in h.form and h.form.split()[-1].startswith("ال")) \
                        and not (kind == "body" and not h.construct and h.form.split()[-1].startswith("ال")
                                 and not (n.form.startswith("ال") and n.form.endswith("ية"))):
                    # a definite office (وزير الدفاع) takes a country only as a nisba or after في/ب: "... وزير الدفاع
                    # جمهورية مصر" is the title's holder followed by the verb's object; so is a definite body's ("هنأ
                    # مجلس الوزراء مصر"), unless the country is spelt like a nisba ("القناة السعودية")
                    country = ne.country
                elif n.kind == "country" and country is None and kind in NEEDS_NATIONALITY and n.form.endswith("يا") \
                        and h.form.endswith("ا"):
                    country = ne.country  # "سائقا تركيا": the accusative adjective, spelt like the country
                elif n.kind == "country" and country is None and kind == "asset" and n.form.startswith("ال") \
                        and n.form.endswith("ية") and h.form.split()[-1].startswith(("ال", "لل")):
                    country = ne.country  # "الطائرات السعودية": a definite adjective spelt like the country
                elif n.kind == "capital" and country is None and (h.construct or (
                        sector == "MED" and not h.form.startswith("ال"))):  # "صحيفة واشنطن بوست": an outlet
                    country = ne.country  # "سفير واشنطن", "ولي عهد ابوظبي": the capital's government
                elif n.kind in ("capital", "seat", "igo", "group", "body", "country") and kind == "frame" and country is None \
                        and sector is None:
                    country, sector, org_name = ne.country, ne.sector, ne.name
                    if n.kind in ("country",):
                        sector = "GOV"
                    if n.kind == "body" and ne.country is None:
                        frame_body = "ال" + n.form[2:] if n.form.startswith("لل") else n.form
                elif n.kind == "nationality" and kind == "frame" and country is None and sector is not None:
                    country = ne.country
                elif n.kind in ("igo", "group") and kind == "title" and country is None and n.form not in HONORIFICS:
                    country, sector = ne.country, ne.sector  # "زعيم حزب الله", "الامين العام لجامعة ..."
                    org_of = ne.name
                elif n.kind == "group" and kind == "group" and country is None and not ne.ref.startswith("term") \
                        and e.ref.startswith("term"):
                    # "الميليشيات الحوثية", "المتمردين الحوثيين": the named group itself
                    country, sector, org_name, org_ref = ne.country, ne.sector, ne.name, ne.ref
                elif n.kind in ("igo", "group") and kind == "body" and country is None and not (
                        (ne.ref.startswith("term") or not n.form.startswith("ال"))
                        and not h.construct and h.form.split()[-1].startswith(("ال", "لل"))):
                    # a definite body is no construct head: "قتلت قوات الأمن الإرهابي" and "اعتقلت الشرطة متطرفين
                    # يهوديين" name its object, "قوات المتمردين" and "قوات التحالف الدولي" are the group's forces
                    country, sector, org_name = ne.country, ne.sector, ne.name
                    org_ref = ne.ref  # "قوات التحالف الدولي" is the coalition itself
                elif n.kind == "body" and kind == "title" and h.construct and country is None \
                        and n.form == "المملكة" and (kingdom := self.bare_kingdom(t, ms, st)) is not None:
                    # "وزير خارجية المملكة", "سفير المملكة لدى ...": an office of the kingdom the article means
                    country = kingdom
                elif n.kind == "body" and kind == "title" and (h.construct or role in BODY_ROLES) and country is None:
                    if role in GENERIC_ROLES or role == "leader" or ne.sector == "MIL":
                        sector = ne.sector  # "زعيم المعارضة", "مستشار وزارة الدفاع"
                        of_body = True
                        if ne.country and ne.country not in ("IGO", "NGO"):
                            country = ne.country  # "قائد الشرطة الاتحادية": a body only one state has
                elif n.kind in ("person", "short") and person is None and kind in ("title", "counterpart", "frame"):
                    if self.other_states_man(n, st, country, e.country):
                        other_man = True  # "هنأ الرئيس الفرنسي الأمير محمد بن سلمان": the object, not the holder
                        break
                    person, n = self.person_after_title(n, st)
                    if n is not None:
                        person_match, end = n, n.end
                        parts.append(Part(n.start, n.end, "PER"))
                        j += 1
                    break
                else:
                    absorbed = False
            elif kind == "title" and n.kind in ("body", "seat") and ((
                    words and words[-1] == "في" and all(w in RANK_WORDS for w in words[:-1]) and not n.proclitic)
                    or (not words and gap and n.proclitic == "ب")):
                # "المستشار في/بالديوان الملكي", "مسؤول رفيع في الإدارة الأمريكية"
                if role in GENERIC_ROLES or role == "leader" or ne.sector == "MIL":
                    sector = ne.sector
                    of_body = True
                    if n.kind == "seat" and country is None:
                        country = ne.country  # a seat names its state ("الإدارة الأمريكية"، "الكرملين")
            elif n.kind in ("country", "capital") and kind == "body" and country is None and org_ref is None \
                    and h.form in in_country_bodies() and not n.proclitic and ne.country \
                    and words and words[-1] == "في" and len(words) <= 2 and all(w.startswith("ال") for w in words[:-1]):
                country = ne.country  # "وزارة الداخلية في المملكة العربية السعودية", "السلطات في بكين": that state's
            elif n.kind == "body" and n.form == "المملكة" and kind == "body" and country is None and org_ref is None \
                    and h.form in in_country_bodies() and not n.proclitic \
                    and words and words[-1] == "في" and len(words) <= 2 and all(w.startswith("ال") for w in words[:-1]) \
                    and (kingdom := self.bare_kingdom(t, ms, st)) is not None:
                country = kingdom  # "الحكومة في المملكة", "رجال الداخلية في المملكة": the kingdom the article means
            elif n.kind == "country" and kind == "body" and country is None and org_ref is None \
                    and h.form.startswith(("مصدر", "مصادر")) and words == ["في"] and not n.proclitic:
                country = ne.country  # "مصدر عسكري في اليمن": a source of that country
            elif n.kind == "country" and kind == "title" and country is None and role not in HOST_ROLES \
                    and role not in ("official", None) and (
                        (words == ["في"] and not n.proclitic) or
                        (_portfolio_tail_before_in(words) and not n.proclitic) or
                        (not words and gap and n.proclitic == "ب" and n.form.startswith(STATE_PREFIXES))):
                # "رئيس مجلس النواب في مملكة البحرين", "وزير الداخلية بدولة الإمارات" (the formal state name after ب)
                country = ne.country  # "رئيس مجلس النواب في مملكة البحرين" (an envoy "في" a country is posted there)
            elif words in (["في"], ["علي"]) and n.kind in ("igo", "group") and kind == "title" and country is None \
                    and not n.proclitic and not ne.ref.startswith("term:"):
                country, sector = ne.country, ne.sector  # "القيادي في حركة حماس": the group's code
                org_of = ne.name
            elif kind == "body" and n.kind in ("country", "capital") and not n.proclitic and country is None \
                    and (org_ref is None or org_ref == BARE_COALITION) \
                    and any(tuple(words[-len(lb):]) == lb and len(words) - len(lb) <= 1
                                                for lb in LED_BY):
                country = ne.country  # "قوات التحالف التي تقودها الولايات المتحدة"
            elif words and all(w.strip("،,") in FORMER or w in "،," for w in words) and n.kind == "person" and person is None \
                    and kind in ("title", "counterpart"):
                person_match = n  # "رئيسة الوزراء السابقة، بي نظير بوتو"
                end = n.end
                parts.append(Part(n.start, n.end, "PER"))
                j += 1
                break
            elif kind == "body" and n.kind == "body" and ne.sector == sector and country is None and (
                    (words == ["في"] and not n.proclitic) or (not words and gap and n.proclitic == "ب")):
                pass  # "لجنة الشؤون الخارجية بمجلس الشيوخ الامريكي": the committee of that house
            elif not words and gap and (n.proclitic == "ل" or n.form.startswith("لل")) and n.kind == "country" \
                    and kind == "title" \
                    and role in HOST_ROLES and country is None and "\n" not in gap:
                country = ne.country  # "المندوب الدائم للمملكة العربية السعودية", "سفيرا لليمن": whose envoy
            elif words in (["لدي"], ["الي"]) and n.kind in ("country", "capital", "nationality") and role in HOST_ROLES:
                pass  # the host country: absorbed into the phrase, not the actor's country
            elif words and all(w in HONORIFICS for w in words) and n.kind in ("person", "short") and person is None \
                    and kind in ("title", "counterpart"):
                person, n = self.person_after_title(n, st)  # "معالي الوزير الأستاذ X"
                if n is not None:
                    person_match, end = n, n.end
                    parts.append(Part(n.start, n.end, "PER"))
                    j += 1
                break
            else:
                absorbed = False
            if not absorbed:
                break
            lbl = entity_label(n)
            if lbl:
                parts.append(Part(n.start, n.end, lbl, n.kind == "body"))
            end = n.end
            j += 1

        if country is None and kind in ("title", "body") and (h.construct or not h.form.startswith("ال")) \
                and sector != "MED" and org_name is None and person_match is None:
            # "شرطة البصرة", "محافظ كركوك": the city's country; not for media ("قناة السويس" is a canal, "قناة
            # الجزيرة" a Qatari channel listed in groups.tsv)
            city = re.match(r" ([^\W\d_]{3,})", t[end:end + 30])
            if city and not (j < len(ms) and ms[j].start <= end + 1 + len(city.group(1))):
                country = city_country(city.group(1))
                if country:
                    end += city.end()
                    parts.append(Part(end - len(city.group(1)), end, "GPE"))
        if kind == "human" and country is None and h.form in DUAL_PARTIES \
                and not re.match(r"\s+ال", t[end:end + 4]):  # "من الجانبين الشمالي والجنوبي": two sides
            pair = st.parties()  # "بحث الجانبان", "اتفق الطرفان": the two parties last named
            if pair:
                return [Resolved(h.start, h.end, c, None, self.lex.countries.get(c, c), None, "nationality",
                                 f"country:{c}", []) for c in pair], i + 1, []
        if country is None and kind in ("body", "group", "title") and (sector in ("MIL", "COP") or role == "president"):
            mali = MALI.match(t, end)  # "الجيش المالي": Malian (the nisba of مالي is dropped as "financial")
            if mali and not (j < len(ms) and ms[j].start < mali.end()):
                country, end = "MLI", mali.end()
        if (h.construct or kind in NEEDS_NATIONALITY) and country is None:
            return [], i + 1, []
        if sector == "MED" and country is None and org_name is None and h.form in ("قناة", "القناة") \
                and re.match(r" ([^\W\d_]{3,})", t[end:end + 30]) \
                and city_country(re.match(r" ([^\W\d_]{3,})", t[end:end + 30]).group(1)):
            return [], i + 1, []  # "قناة السويس": a canal named after its city, no channel
        if kind == "frame" and sector is None:
            return [], j, parts
        if kind == "frame" and country is None and frame_body and sector in INHERITING_SECTORS:
            country = st.body_country(frame_body, h.start)  # "وزارة الخارجية المصرية ... المتحدث باسم وزارة الخارجية"

        # a name the lexicon does not know, after a title with a nationality/country
        name_span = None
        if person_match is None and kind == "title" and country is None and self.adjectival(t, h):
            return [], i + 1, []  # "المجال الرئيس": the adjective "main", not the president
        if person_match is None and kind in ("title", "counterpart", "frame") and not h.construct and not other_man:
            pos = end
            m2 = re.match(r"\s+(\S+)", t[pos:pos + 40])
            while m2 and (m2.group(1) in HONORIFICS or m2.group(1).strip("،,") in FORMER or m2.group(1) in "،,"):
                pos += m2.end()
                m2 = re.match(r"\s+(\S+)", t[pos:pos + 40])
            # "وزير الدفاع الياس المر", "النائب وليد عيدو"; not a leader/member title (قائد تحالف طوارق)
            specific = kind == "title" and role not in GENERIC_ROLES and role != "leader"
            # خادم الحرمين الشريفين: a one-holder office names its holder; words after it are no name
            fixed = kind == "title" and e.country is not None and (
                role in UNIQUE_ROLES or st.holder(role, country, sector) is not None)
            known = self.patronymic_person(t, pos)
            if known is not None and country is not None and st.date and not any(
                    x.active_on(st.date) or x.country == country for x in known.entries):
                known = None  # his office on the date is the title's (الامين العام لمجلس التعاون ... الزياني)
            if known is not None and (j >= len(ms) or known.end <= ms[j].start or known.start <= ms[j].start):
                parts.append(Part(known.start, known.end, "PER"))
                end = known.end
                while j < len(ms) and ms[j].start < end:
                    j += 1
                r = self.person_actor(known, st, st.date, role, country, (h.start, end), parts)
                return [r], j, parts
            if fixed and pos == end and not (pos in ner_per or (pos + 1) in ner_per):
                pass  # no honorific (الشيخ، الدكتور) announcing a name: the office alone
            elif country is not None or specific or pos in ner_per or (pos + 1) in ner_per:
                name_span = self.unknown_name(t, pos, ner_per)
            if name_span and country is None and name_span[0] not in ner_per and not self.name_like(t, *name_span):
                name_span = None
            if name_span:
                # the name must not run into a following lexicon hit
                k = j
                while k < len(ms) and ms[k].end <= name_span[0] and all(
                        w in HONORIFICS for w in t[ms[k].start:ms[k].end].split()):
                    k += 1  # an honorific that is also a lexicon term (الشيخ): part of the phrase
                while k < len(ms) and ms[k].start >= name_span[0] and ms[k].end <= name_span[1] and (
                        ms[k].form in HONORIFICS or ms[k].construct or self.prev_word(t, ms[k]) in NAME_JOINS
                        or (ms[k].kind == "nationality" and not ms[k].form.startswith("ال") and h.form.startswith("ال"))
                        or (ms[k].kind == "short" and self.short_person(ms[k], st) is None)):
                    k += 1  # "صالح بن محمد الحميد": a surname the lexicon knows as someone else's, unseen here
                nxt = ms[k].start if k < len(ms) else len(t)
                if name_span[1] > nxt:
                    name_span = None
                else:
                    j = k
        if name_span:
            parts.append(Part(name_span[0], name_span[1], "PER"))
            end = name_span[1]

        # subject context for possessives and counterparts
        if kind in ("poss_title",):
            country, subj = st.subject()
            if country is None:
                return [], j, parts
        if kind == "counterpart":
            subj_sector, subj_role = st.office()
            role = subj_role
            sector = subj_sector or sector
            if country is None and person_match is None:
                return [], j, parts
        start = h.start

        if person_match is not None and person is None:
            r = self.person_actor(person_match, st, st.date, role, country, (start, end), parts)
            return [r], j, parts
        if person is not None:
            return [self.from_person(person, start, end, st, parts)], j, parts
        if name_span:
            name_ar = t[name_span[0]:name_span[1]]
            ref = f"name:{name_ar}"
            if country is None:
                country = royal_house_country(name_ar)  # "الأمير خالد آل سعود": a member of a ruling house
            p = st.seen(ref) or Person(ref, name_ar, name_ar, country, sector, role, (name_ar.split()[-1],))
            return [self.from_person(p, start, end, st, parts)], j, parts

        if kind == "dual" and country is not None:
            kind = "title"  # "الرئيسان الروسي والتركي": one office per nationality named, not the last two seen
        if kind == "dual":
            if j < len(ms) and ms[j].kind in ("short", "person") and ms[j].start - end < 3 \
                    and not t[end:ms[j].start].strip():
                return [], j, parts
            pair = st.pair(role)
            return [Resolved(start, end, p.country, p.sector, p.name, p.name_ar, "person", p.ref, parts)
                    for p in pair], j, parts

        definite = not h.construct
        if kind in ("title", "counterpart", "poss_title") and role and (definite or country):
            p = st.by_office(role, country) if (country or kind == "title") else None
            if p is None and country:
                hold = st.holder(role, country, sector)
                if hold is not None:
                    shorts = self.shorts.get(hold.ref, ())
                    p = Person(hold.ref, hold.name, hold.name_ar, hold.country, hold.sector, hold.role, shorts)
            if p is not None and (country is None or p.country == country) and role != "official":
                return [self.from_person(p, start, end, st, parts)], j, parts
        bare = "ال" + h.form[2:] if h.form.startswith("لل") else h.form  # "للتنظيم" -> التنظيم
        if bare == "المملكة" and kind == "body" and country is None:
            king = self.bare_kingdom(t, ms, st)  # "أدانت المملكة"; "في المملكة" is a place (below)
            if king is None or "ب" in h.proclitic or self.prev_word(t, h) in LOCATIVES \
                    or self.prev_word(t, h) in KINGDOM_PLACE_NOUNS or is_place_noun(self.prev_word(t, h)):
                return [], j, []
            r = Resolved(start, end, king, None, self.lex.countries.get(king, king), None, "country",
                         f"country:{king}", [])
            st.observe(king, None)
            return [r], j, []
        if country is None and kind == "body" and bare in ANAPHORIC_GROUPS and org_name is None:
            g = st.named_group(bare)  # "الحزب" after "حزب الله", "الحركة" after "حركة حماس"
            if g is not None:
                return [replace(g, start=start, end=end, parts=[], head=0)], j, []
            if sector is None:
                return [], j, []  # "الحركة" with no movement named before it
        inherited = False
        if country is None and kind == "body" and not h.construct and h.form.startswith(("ال", "لل")) \
                and org_name is None and h.form not in OCCUPIER and sector in INHERITING_SECTORS:
            country = st.body_country(bare, start)  # "للجيش" after "الجيش اليمني": the same army
            inherited = country is not None
        if country is None and kind == "body" and h.form.startswith("ال") and sector in INHERITING_SECTORS \
                and h.form not in OCCUPIER \
                and org_name is None and st.subject()[0] and not h.proclitic and not (
                    st.subject()[0] in ORGANISATIONS and h.form not in short_forms_of_igos() | ORGANISATION_BODIES):
            # "الأجهزة الأمنية" in a sentence whose subject is Iraqi; an organisation (منظمة العفو الدولية، الأمم
            # المتحدة) owns no government or army, so "القوات"، "الحكومة" it reports on are not its own (its
            # mission or court are: البعثة، المحكمة)
            country = st.subject()[0]
        if country is None and kind == "body" and h.form in OCCUPIER and org_name is None:
            country = OCCUPIER_DEFAULT  # unqualified "قوات الاحتلال"; "قوات الاحتلال الأمريكي" took its nationality above
        if country is None and org_name is None and not org_of and not of_body and kind in ("title", "counterpart"):
            if kind == "title" and role not in GENERIC_ROLES and role not in ("leader", "officer") and definite \
                    and sector in ("GOV", "COP", "LEG", "JUD"):  # not a bare rank: "معسكر اللواء 55" is a brigade
                # "وزير الداخلية", "مساعد وزير الداخلية" with no country: kept only if the article's earlier
                # sentences say whose (context.article_country drops it otherwise)
                return [Resolved(start, end, None, sector, e.name, None, "title", PENDING + e.ref, parts,
                                 role=role)], j, parts
            return [], j, parts
        cname = self.lex.countries.get(country or "", country or "")
        named = not e.ref.startswith("term:")  # a named group (حزب الله), not a sector term (المتظاهرون)
        if org_of:
            cname = org_of
        name = org_name or (e.name if named else (f"{cname} {e.name}".strip() if cname else e.name))
        ref = org_ref or (e.ref if named else f"{e.ref}|{country}")
        if kind == "frame" and country is None and frame_body and frame_body not in FORCE_WORDS:
            # "المتحدث باسم المقاومة": speaks for a bare body, whose country the article may give (context)
            ref = f"{e.ref}{BARE_BODY_FRAME}|None"
        if kind == "human":  # a person of that country (شاب فلسطيني), like a nationality plural; not a subject
            name = self.lex.countries.get(country or "", country or "")
            return [Resolved(start, end, country, sector, name, None, "nationality", f"country:{country}", parts)], j, parts
        r = Resolved(start, end, country, sector, name, None, kind, ref, parts, role=role)
        st.observe(country, None, sector, role)
        if kind == "body" and country and not named and not inherited and end > h.end:
            st.bodies[bare] = (country, end)  # only a mention that names its country (الجيش اليمني)
        if named and kind in ("group", "body") and org_ref is None:
            st.note_group(h.form, r)
        elif org_ref is not None and org_ref.startswith("group:") and j - 1 > i:
            st.note_group(ms[j - 1].form, r)
        return [r], j, parts

    def named_officials(self, t: str, out: list[Resolved], ner_per: dict[int, int]) -> list[Resolved]:
        """An unknown name before its title ("ياسين مكاوي مستشار الرئيس اليمني") is that office's holder, and its
        surname stands for it later in the article (see hadath.actors.named_officials)."""
        out, joined = names_before_titles(t, out, ner_per, official_office_nouns(), Resolved, Part)
        # a surname that is also a stop word (علي reads as the preposition على) stands for no one later
        joined = {last: r for last, r in joined.items() if normalize_word(last) not in NAME_STOP | HONORIFICS}
        if not joined:
            return out
        people = {last: Person(r.ref, r.name, r.name_ar, r.country, r.sector, r.role, (last,))
                  for last, r in joined.items()}
        later = [r for r in self.unknown_short_mentions(t, out, people) if not self.adjective_like(t, r)]
        out = out + later
        out.sort(key=lambda r: r.start)
        return out

    def adjective_like(self, t: str, r: Resolved) -> bool:
        """A definite surname that is also a word news uses as an adjective (العربي، التركي): after a definite noun
        ("الخليج العربي") it is that adjective; a lexicon word (a nationality) is never taken for the surname."""
        form = t[r.start:r.end]
        if not form.startswith("ال"):
            return False
        if self.matcher.find(form):
            return True
        prev = t[:r.start].split()[-1:] or [""]
        return prev[0].startswith(("ال", "وال")) and prev[0] not in HONORIFICS and prev[0] not in AL_VERBS

    def unknown_short_mentions(self, t: str, found: list[Resolved], shorts: dict[str, Person]) -> list[Resolved]:
        """Later bare last names of people the lexicon did not know (لوريمر after السير جون لوريمر)."""
        out = []
        if not shorts:
            return out
        covered = bytearray(len(t))
        for r in found:
            covered[r.start:r.end] = b"\x01" * (r.end - r.start)
        first = {}
        for r in found:
            if r.ref.startswith("name:"):
                first.setdefault(r.ref, r.end)
        for last, p in shorts.items():
            for s, e in _bare_word_spans(t, last):
                if s < first.get(p.ref, 0) or any(covered[s:e]):
                    continue
                out.append(Resolved(s, e, p.country, p.sector, p.name, p.name_ar, "person", p.ref,
                                    [Part(s, e, "PER")]))
        return out

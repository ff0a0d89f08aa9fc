"""The trigger lexicon (``data/triggers.tsv``) and the matcher that finds its patterns in a document.

Patterns are data: an analyst adds a verb lemma or a frame without touching Python. Verb lemmas are inflected
by rule (:func:`verb_forms`), and every token is matched with its clitics peeled off by the lexicon itself
(a split is only accepted when the remainder is a lexicon form), so وبحث، سيلتقيان، بزيارته، للاحتجاجات all hit.
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field, replace
from functools import lru_cache
from itertools import compress
from pathlib import Path
from typing import Iterable, Optional

from hadath.document import Document, Token
from hadath.events import drop_log, ontology
from hadath.events.wordlists import raw_words, words
from hadath.text.normalize import normalize_word

DATA = Path(__file__).resolve().parent / "data"
LEXICON_PATH = DATA / "triggers.tsv"
ROLES = frozenset({"patient", "from", "noverb", "speech", "agent", "future", "circumstantial", "host", "topic"})
MAX_GAP = 3

# Proclitic strings a verb / a noun may carry (normalized), longest first so the richest split is tried too.
VERB_PREFIXES = ("", "و", "ف", "س", "وس", "فس", "ل", "ول", "فل")
NOUN_PREFIXES = ("", "و", "ف", "ب", "ل", "ك", "ال", "وال", "فال", "بال", "كال", "لل", "وب", "ول", "فب", "فل", "وبال",
                 "ولل", "فبال", "فلل", "وك", "وكال")
ENCLITICS = ("", "ه", "ها", "هم", "هما", "هن", "كم", "نا", "ني")
_ENCLITIC_SET = frozenset(ENCLITICS)
_PREFIX_REACH = max(map(len, VERB_PREFIXES + NOUN_PREFIXES))  # where a form may start in a word at the latest
_JUSSIVE_PARTICLES = frozenset(("لم", "ولم", "فلم", "لا", "ولا"))
# prepositions before a bare stem that make it a verbal noun (patterns with the role "topic")
_TOPIC_PREPOSITIONS = words("triggers", "topic_prepositions")
_PUNCT_STOP = set(".!?؟:؛;()[]")  # a quotation mark does not end a frame (وصفه بأنه «مهم»)
# brackets inside a skipped span (the weekday of "اليوم (الجمعة)") neither end a frame nor count in its gap
_SPAN_BRACKETS = frozenset("()")
_QUOTES = frozenset('"«»“”،,')  # nor does it (or a comma around an apposition or a time word) count in a gap
# words a gap does not skip: they open a cause or an earlier act, so the words after them belong to another phrase
# thanks too: what follows (تقدم X بالشكر إلى الكويت على مساعداتها) is the thanked party's act, not the thanker's
GAP_STOPS = frozenset(normalize_word(w) for w in (
    "بسبب وبسبب جراء وجراء نتيجة ونتيجة خلفية بخلفية منذ ومنذ عقب وعقب إثر اثر وإثر واثر "
    "بالشكر وبالشكر الشكر والشكر").split())


class LexiconError(ValueError):
    """A malformed trigger lexicon line (the message names the file and line)."""


# a slot the text decides, not a word list: the object of a verb of seizing is a person (see _human_objects)
HUMAN_SLOT = "@HUMAN"


@dataclass(frozen=True)
class Slot:
    kind: str  # "verb" | "word" | "gap" | "clitic" | "human"
    forms: frozenset = frozenset()
    tags: tuple = ()  # for verbs: ((form, tag), ...) with tag perf | impf | juss | pass
    gap: int = 0
    clitic: str = ""
    clitics: tuple = ()  # for words: proclitic alternatives written in the same slot (هاتفيا|ب*)


@dataclass(frozen=True)
class Pattern:
    id: str
    type: str
    mode: str
    cameo: str
    slots: tuple
    roles: frozenset
    conf: float
    text: str
    line: int

    @property
    def blocks(self) -> bool:
        return self.type == "BLOCK"

    @property
    def seizes_human(self) -> bool:
        """Whether the pattern has a @HUMAN slot (the object of a verb of seizing)."""
        return any(s.kind == "human" for s in self.slots)

    @property
    def size(self) -> int:
        return sum(1 for s in self.slots if s.kind != "gap")


@dataclass
class TriggerMatch:
    """One pattern found in a sentence: the tokens it used and what the first token looked like."""

    pattern: Pattern
    tokens: list[int]  # indices (into doc.tokens) of the non-gap slots
    start: int  # raw offsets of the whole trigger
    end: int
    head_prefix: str = ""  # proclitics on the head token (normalized), e.g. "وس"
    head_tag: str = ""  # perf | impf | pass | "" (noun)
    sentence: int = 0
    extras: dict = field(default_factory=dict)

    @property
    def first(self) -> int:
        return self.tokens[0]

    @property
    def last(self) -> int:
        return self.tokens[-1]


# ---------------------------------------------------------------------------------------------- inflection

HAMZA_FINALS = frozenset("أئؤء")

def verb_forms(perf: str, impf: str) -> dict[str, str]:
    """Inflected forms of a verb (normalized): form -> "perf" | "impf".

    Perfect: 3ms/3fs/dual/plural/1p; imperfect: 3ms/3fs/dual/plural/subjunctive plural/fem. plural/1st person;
    jussive of defective and hollow verbs (لم يلتق، لم يزر). Proclitics (و ف س ل) and object pronouns are peeled
    off at match time, not generated here.
    """
    p, i = normalize_word(perf), normalize_word(impf)
    out: dict[str, str] = {}

    def add(form: str, tag: str) -> None:
        if len(form) >= 2:
            out.setdefault(form, tag)

    # a final hamza (بدأ، هنأ، لجأ) normalizes to a final ا but inflects like a sound verb: بدأت، بدأوا، هنأت
    hamza = perf.strip()[-1:] in HAMZA_FINALS
    if hamza:
        for f in (p, p + "ت", p + "تا", p + "وا", p + "نا", p + "تم"):
            add(f, "perf")
        if i.endswith("ا") and i[:1] in "يت":  # يبدأ -> يبدآن (normalized يبدان)
            for f in ("ي" + i[1:-1] + "ان", "ت" + i[1:-1] + "ان"):
                add(f, "impf")
    elif p.endswith("ي") or p.endswith("ا"):  # defective: التقى -> التقي، دعا
        b = p[:-1]
        # no feminine plural (أبين، لامن): rare in news, and it spells nouns and particles (أبين، لأمن)
        for f in (p, b + "ت", b + "تا", b + "وا", b + "يا", b + "ينا", b + "يت"):
            add(f, "perf")
    else:
        for f in (p, p + "ت", p + "ا", p + "تا", p + "وا", p + "نا", p + "تم"):
            add(f, "perf")
        if len(p) == 3 and p[1] == "ا":  # hollow: زار -> زرن، زرنا
            add(p[0] + p[2] + "نا", "perf")
    if i[:1] in "يت":
        s = i[1:]
        if s.endswith("ي") and not hamza:  # يلتقي
            b = s[:-1]
            forms = ["ي" + s, "ت" + s, "ي" + s + "ان", "ت" + s + "ان", "ي" + b + "ون", "ي" + b + "وا", "ت" + b + "ون",
                     "ن" + s, "ا" + s]
        elif s.endswith("و"):  # يدعو
            b = s[:-1]
            forms = ["ي" + s, "ت" + s, "ي" + s + "ان", "ت" + s + "ان", "ي" + s + "ن", "ي" + b + "وا", "ت" + s + "ن",
                     "ن" + s, "ا" + s]
        else:
            forms = ["ي" + s, "ت" + s, "ي" + s + "ان", "ت" + s + "ان", "ي" + s + "ون", "ي" + s + "وا", "ت" + s + "ون",
                     "ي" + s + "ن", "ت" + s + "ن", "ن" + s, "ا" + s]
        for f in forms:
            if f.startswith(("ن", "ا")) and len(f) < 4:
                continue
            add(f, "impf")
        # jussive (after لم / لا only): يلتقي -> يلتق ، يدعو -> يدع ، يزور -> يزر
        if hamza:
            pass  # لم يبدأ is the imperfect form itself
        elif s.endswith(("ي", "و")):
            for f in ("ي" + s[:-1], "ت" + s[:-1]):
                add(f, "juss")
        elif len(s) == 3 and s[1] in "ويا":
            for f in ("ي" + s[0] + s[2], "ت" + s[0] + s[2]):
                add(f, "juss")
    return out


# ---------------------------------------------------------------------------------------------- loading

def _expand_word_classes(alts: list[str], where: str) -> list[str]:
    """Alternatives with each ``@name`` replaced by the words of list ``name`` in triggers_words.yaml, so a frame
    is written once for a whole class of nouns (relief programme nouns, relief adjectives), not once per word."""
    out: list[str] = []
    for a in alts:
        if a.startswith("@") and a != HUMAN_SLOT:
            try:
                out.extend(raw_words("triggers", a[1:]))
            except KeyError:
                raise LexiconError(f"{where}: no word class {a[1:]!r} in triggers_words.yaml") from None
        else:
            out.append(a)
    return out


def _verb_class_slot(name: str, where: str) -> Slot:
    """A slot ``V:@name``: every inflected form of every verb of list ``name`` (entries ``perfect/imperfect``), so
    a frame is written once for a class of verbs (اعتبر، عدّ، وصف ... + غير مقبول), not once per verb."""
    try:
        pairs = raw_words("triggers", name)
    except KeyError:
        raise LexiconError(f"{where}: no verb class {name!r} in triggers_words.yaml") from None
    forms: dict[str, str] = {}
    for pair in pairs:
        parts = pair.split("/")
        if len(parts) != 2 or not parts[1]:
            raise LexiconError(f"{where}: verb class {name!r}: entry {pair!r} must be perfect/imperfect or /imperfect")
        # `/يقبل`: the imperfect only, for a frame after a negation particle (لن، لا، لم + imperfect), where the
        # perfect is a noun's homograph (لا قبل له: no power). A geminate verb spelled with two letters (عدّ -> عد)
        # keeps neither its bare form nor its dual (عد، عدا): they are read inside names and particles (سعد، ما
        # عدا) and would open a VSO subject there
        perf = normalize_word(parts[0])
        short = {perf, perf + "ا"} if len(perf) == 2 else set()
        for form, tag in verb_forms(parts[0], parts[1]).items():
            if (perf or tag in ("impf", "juss")) and form not in short:
                forms.setdefault(form, tag)
    return Slot("verb", frozenset(forms), tuple(sorted(forms.items())))


def _parse_slot(raw: str, where: str) -> Slot:
    if raw == HUMAN_SLOT:
        return Slot("human")
    if raw == "~" or (raw.startswith("~") and raw[1:].isdigit()):
        n = int(raw[1:]) if len(raw) > 1 else MAX_GAP
        return Slot("gap", gap=n)
    if raw.endswith("*") and len(raw) <= 4:
        return Slot("clitic", clitic=normalize_word(raw[:-1]))
    if raw.startswith("V:@"):
        return _verb_class_slot(raw[3:], where)
    if raw.startswith("V:"):
        parts = raw[2:].split("/")
        if len(parts) not in (2, 3) or not all(parts[:2]):
            raise LexiconError(f"{where}: verb slot {raw!r} must be V:perfect/imperfect[/passive,...]")
        forms = verb_forms(parts[0], parts[1])
        if len(parts) == 3:
            for f in parts[2].split(","):
                if f.strip():
                    forms[normalize_word(f)] = "pass"
        return Slot("verb", frozenset(forms), tuple(sorted(forms.items())))
    raw_alts = _expand_word_classes([a for a in raw.split("|") if a.strip()], where)
    # `ب*` among literal alternatives: any token with that proclitic (written before as a literal "ب*" never matched)
    clitics = tuple(normalize_word(a[:-1]) for a in raw_alts if a.endswith("*") and 1 < len(a) <= 4)
    alts = [normalize_word(a) for a in raw_alts if not (a.endswith("*") and 1 < len(a) <= 4)]
    if not alts and not clitics:
        raise LexiconError(f"{where}: empty slot in pattern")
    if not alts:
        return Slot("clitic", clitic=clitics[0]) if len(clitics) == 1 else Slot("word", frozenset(), clitics=clitics)
    forms = set()
    for a in alts:
        forms.add(a)
        if a.startswith("ال") and len(a) > 3:
            forms.add(a[2:])
    return Slot("word", frozenset(forms), clitics=clitics)


def parse_line(fields: list[str], where: str, slot_cache: Optional[dict[str, Slot]] = None) -> Pattern:
    """One lexicon row as a Pattern. ``slot_cache`` (raw slot -> Slot) shares the slots that many rows spell
    alike (half of them: a verb's forms are derived once per load, not once per row)."""
    if len(fields) < 5:
        raise LexiconError(f"{where}: expected 7 tab-separated columns, got {len(fields)}")
    fields = (fields + ["", ""])[:7]
    pid, ptype, mode, cameo, text, roles, conf = (f.strip() for f in fields)
    if not pid:
        raise LexiconError(f"{where}: missing id")
    if ptype != "BLOCK":
        try:
            ontology.check_type(ptype)
            ontology.check_mode(ptype, mode or None)
            ontology.cameo(cameo)
        except ontology.OntologyError as e:
            raise LexiconError(f"{where}: {e}") from None
    role_set = frozenset(r for r in roles.replace(",", " ").split() if r)
    unknown = role_set - ROLES
    if unknown:
        raise LexiconError(f"{where}: unknown roles {sorted(unknown)}; expected {sorted(ROLES)}")
    try:
        c = float(conf) if conf else 0.6
    except ValueError:
        raise LexiconError(f"{where}: conf {conf!r} is not a number") from None
    if not 0 <= c <= 1:
        raise LexiconError(f"{where}: conf {c} outside 0..1")
    if slot_cache is None:
        slots = tuple(_parse_slot(s, where) for s in text.split())
    else:
        parsed = []
        for raw in text.split():
            slot = slot_cache.get(raw)
            if slot is None:  # a slot that fails to parse raises here, naming this row, and is never cached
                slot = slot_cache[raw] = _parse_slot(raw, where)
            parsed.append(slot)
        slots = tuple(parsed)
    if not slots or slots[0].kind not in ("verb", "word") or slots[-1].kind == "gap":
        raise LexiconError(f"{where}: a pattern must start and end with a word or verb slot")
    return Pattern(pid, ptype, mode, cameo, slots, role_set, c, text, int(where.rsplit(":", 1)[-1]))


class Lexicon:
    """The trigger patterns, indexed by every form their first slot accepts."""

    def __init__(self, patterns: Iterable[Pattern]):
        self.patterns = list(patterns)
        self.stem_cache: dict = {}  # (norm, stem text, has enclitics) -> readings through the stem
        self.readings_cache: dict = {}  # norm, or (norm, stem text, no enclitics) -> readings (token_readings)
        self._cores = None  # automaton of the forms' spellings inside words (built on first use)
        # whether some pattern has a @HUMAN slot: only then does a document need its human objects marked
        self.has_human = any(p.seizes_human for p in self.patterns)
        self.index: dict[str, list[tuple[Pattern, str]]] = {}
        # the same entries split by the head slot's kind: a reading only looks at the patterns of its own kind
        self.verb_heads: dict[str, list[tuple[Pattern, str]]] = {}
        self.word_heads: dict[str, list[tuple[Pattern, str]]] = {}
        self.verb_forms: set[str] = set()
        self.word_forms: set[str] = set()
        merged: set[int] = set()  # slots shared between patterns (load_lexicon's cache) are merged once
        for p in self.patterns:
            for s in p.slots:
                if id(s) in merged:
                    continue
                merged.add(id(s))
                if s.kind == "verb":
                    self.verb_forms |= s.forms
                elif s.kind == "word":
                    self.word_forms |= s.forms
            head = p.slots[0]
            tags = dict(head.tags) if head.kind == "verb" else {}
            heads = self.verb_heads if head.kind == "verb" else self.word_heads
            for f in head.forms:
                entry = (p, tags.get(f, ""))
                self.index.setdefault(f, []).append(entry)
                heads.setdefault(f, []).append(entry)

    def __len__(self) -> int:
        return len(self.patterns)

    def surface_count(self) -> int:
        """How many distinct surface patterns the lemma rules expand to (before clitics)."""
        n = 0
        for p in self.patterns:
            k = 1
            for s in p.slots:
                if s.kind in ("verb", "word"):
                    k *= len(s.forms)
            n += k
        return n

    @lru_cache(maxsize=100_000)
    def analyses(self, norm: str) -> tuple[tuple[str, str, str], ...]:
        """(form, proclitics, kind) readings of one normalized token that the lexicon knows."""
        if not self._may_read(norm):
            return ()  # no lexicon form (in any spelling a reading below builds) is inside the word
        out = []
        for enc in ENCLITICS:
            if enc and (not norm.endswith(enc) or len(norm) - len(enc) < 3):
                continue
            body = norm[: len(norm) - len(enc)] if enc else norm
            bodies = [body]
            if enc and body.endswith("ت"):
                bodies.append(body[:-1] + "ة")
            if enc and body.endswith("و"):  # اعتقلوه -> اعتقلوا
                bodies.append(body + "ا")
            for b in bodies:
                # زيارته / سيطرته are nouns far more often than verbs with an object; not an augmented verb (اتهمته)
                noun_like = enc and b.endswith(("ت", "ة")) and enc not in ("هم", "هما", "هن")
                for pre in _VERB_PREFIXES_BY_FIRST.get(b[:1], ("",)):
                    if noun_like and not (b.startswith(pre) and self._augmented_feminine_perfect(b[len(pre):])):
                        continue
                    if b.startswith(pre) and len(b) - len(pre) >= 2 and b[len(pre):] in self.verb_forms:
                        out.append((b[len(pre):], pre, "verb"))
                for pre in _NOUN_PREFIXES_BY_FIRST.get(b[:1], ("",)):
                    if not b.startswith(pre) or len(b) - len(pre) < 2:
                        continue
                    rest = b[len(pre):]
                    if pre.endswith("لل"):
                        rest_al = "ال" + rest
                        if rest_al in self.word_forms:
                            out.append((rest_al, pre, "word"))
                    if rest in self.word_forms:
                        out.append((rest, pre, "word"))
        seen, uniq = set(), []
        for a in out:
            if a not in seen:
                seen.add(a)
                uniq.append(a)
        return tuple(uniq)


    def _augmented_feminine_perfect(self, body: str) -> bool:
        """``اتهمت`` of ``اتهمته``، ``استهدفت`` of ``استهدفتها``: the 3fs perfect of a sound verb of an augmented form
        (VII, VIII, X; IV with its hamza spelt ا) takes an object pronoun; its verbal noun is no perfect + ة, unlike
        a Form I-III or four-letter verb (ضربته، سيطرته) or a hollow one (إدانته، استعادته, whose masdar is
        spelt like it), which stay nouns."""
        stem = body[:-1]
        return body.endswith("ت") and body in self.verb_forms and stem in self.verb_forms and \
            stem.startswith("ا") and len(stem) >= 4 and stem[-2] != "ا"

    def _may_read(self, norm: str) -> bool:
        """Whether some lexicon form could be read in ``norm``: the form, in the spelling it has inside a word
        (ة before an enclitic as ت, the و of a plural without its ا, a noun with ال after لل), starts within the
        proclitics' reach and ends where only an enclitic follows. Six words in seven have no reading, and this
        one automaton pass spares them the search of every clitic split that ``analyses`` makes for a new word."""
        auto = self._cores
        if auto is None:
            import ahocorasick

            auto = ahocorasick.Automaton()
            for f in self.verb_forms | self.word_forms:
                for g in {f, f[2:] if f.startswith("ال") else f}:
                    for core in {g, g[:-1] + "ت" if g.endswith("ة") else g, g[:-1] if g.endswith("وا") else g}:
                        if core:
                            auto.add_word(core, len(core))
            auto.make_automaton()
            self._cores = auto
        for end, size in auto.iter(norm):
            if end + 1 - size <= _PREFIX_REACH and norm[end + 1:] in _ENCLITIC_SET:
                return True
        return False


def _prefixes_of(prefixes: tuple[str, ...], first: str) -> tuple[str, ...]:
    """The prefixes (in their order) that a word starting with ``first`` could carry: skips hopeless tests."""
    return tuple(p for p in prefixes if not p or p[0] == first)


# the same, looked up by a word's first letter (a letter no prefix starts with: the empty prefix only)
_VERB_PREFIXES_BY_FIRST = {p[0]: _prefixes_of(VERB_PREFIXES, p[0]) for p in VERB_PREFIXES if p}
_NOUN_PREFIXES_BY_FIRST = {p[0]: _prefixes_of(NOUN_PREFIXES, p[0]) for p in NOUN_PREFIXES if p}


@lru_cache(maxsize=4)
def load_lexicon(path: Path = LEXICON_PATH) -> Lexicon:
    """Load and validate the trigger lexicon; raises LexiconError naming the bad line."""
    patterns, seen = [], set()
    slot_cache: dict[str, Slot] = {}
    with open(path, encoding="utf-8") as f:
        header_seen = False
        for n, line in enumerate(f, 1):
            if not line.strip() or line.startswith("#"):
                continue
            fields = line.rstrip("\n").split("\t")
            if not header_seen and fields[0] == "id":
                header_seen = True
                continue
            where = f"{path.name}:{n}"
            p = parse_line(fields, where, slot_cache)
            if p.id in seen:
                raise LexiconError(f"{where}: duplicate id {p.id!r}")
            seen.add(p.id)
            patterns.append(p)
    return Lexicon(patterns)


# ---------------------------------------------------------------------------------------------- matching

def _token_forms(lex: Lexicon, tok: Token) -> tuple[tuple[str, str, str], ...]:
    if tok.is_punct or not tok.norm:
        return ()
    res = lex.analyses(tok.norm)
    if not res and tok.stem is not None:
        # one word spelled the same way has the same analysis: remembered per lexicon (most words are no trigger)
        key = (tok.norm, tok.stem.text, bool(tok.enclitics))
        cached = lex.stem_cache.get(key)
        if cached is not None:
            return cached
        stem = tok.stem_norm
        if stem != tok.norm:
            words = [(f, k) for f, _, k in lex.analyses(stem) if k == "word"]
            if words:  # the proclitics are only normalized when the stem is a lexicon word
                pre = "".join(normalize_word(m.text) for m in tok.proclitics)
                res = tuple((f, pre, k) for f, k in words)
        if len(lex.stem_cache) < 200_000:
            lex.stem_cache[key] = res
    return res


def token_readings(lex: Lexicon, toks: list[Token]) -> list[tuple[tuple[str, str, str], ...]]:
    """Every token's ``_token_forms``, remembered per lexicon by (norm, stem, has enclitics): a word spelled and
    split alike reads alike, and the same few thousand words fill every article, so one dict look-up a token
    replaces the analysis and stem look-ups (first sighting wins, as in ``stem_cache``). A word the text layer
    left whole (six in ten) reads by its spelling alone, so its key is that string, with no tuple to build."""
    cache = lex.readings_cache
    out = []
    for t in toks:
        if t.is_punct:
            out.append(())
            continue
        stem = t.stem
        key = t.norm if stem is None else (t.norm, stem.text, not t.enclitics)
        res = cache.get(key)
        if res is None:
            res = _token_forms(lex, t)
            if len(cache) < 200_000:
                cache[key] = res
        out.append(res)
    return out


def _slot_accepts(lex: Lexicon, slot: Slot, tok: Token, forms=None) -> bool:
    """Whether ``tok`` fills ``slot``; ``forms``: the token's ``_token_forms`` when already known."""
    if tok.is_punct:
        return False
    if slot.kind == "clitic":
        return _has_clitic(tok.norm, slot.clitic)
    if slot.kind == "human":
        return False  # decided by the document's mentions (_human_objects), not by the token alone
    if slot.clitics and any(_has_clitic(tok.norm, c) for c in slot.clitics):
        return True
    for form, _, kind in (_token_forms(lex, tok) if forms is None else forms):
        if form in slot.forms and (kind == "verb") == (slot.kind == "verb"):
            return True
    return False


# words spelled with a leading ب that are compound prepositions or nouns, never ب + the object of a frame
# (المتحدث باسم، بشأن، بسبب): a ``ب*`` slot does not take them
NOT_BI_OBJECTS = frozenset(normalize_word(w) for w in (
    "باسم بإسم بشأن بشان بسبب بحسب بموجب بالنسبة بخصوص بصدد برفقة بحضور بمناسبة بالتزامن بعيدا بينما بين بينها "
    "بينهم بيان البيان بيانا بلد بلاد بلدة بنود بقية بعض بعيد بصفته بصفتها باعتباره باعتبارها "
    # amounts and measures (أقر منح مساعدات بقيمة ...، بنسبة، بسعة) and words that only begin with ب
    "بقيمة بمبلغ بحجم بنسبة بمعدل بسعة بواقع بإجمالي باجمالي بحوالي بنحو بمشاركة بداية بدء بدون").split())


def _has_clitic(n: str, clitic: str) -> bool:
    """Whether the normalized token ``n`` carries ``clitic`` (after an optional و/ف) on a word of 3+ letters."""
    if clitic == "ب" and (n in NOT_BI_OBJECTS or (n[:1] in "وف" and n[1:] in NOT_BI_OBJECTS)):
        return False
    return n.startswith(clitic) and len(n) > len(clitic) + 2 or \
        (n[:1] in "وف" and n[1:].startswith(clitic) and len(n) > len(clitic) + 3)


def _match_rest(lex: Lexicon, slots: tuple, toks: list[Token], i: int, end: int,
                forms: Optional[list] = None, free: Optional[list] = None,
                human: Optional[list] = None, bi_names: frozenset = frozenset()) -> Optional[list[int]]:
    """Match slots (after the head) starting at token i; returns the indices of the non-gap slots.
    ``forms``: every token's ``_token_forms``, computed once per document by the caller; ``free``: tokens a gap
    skips without counting them (a time phrase: خرج مساء أول من أمس مئات المتظاهرين); ``human``: the tokens that
    open a human object (``_human_objects``), for a ``@HUMAN`` slot; ``bi_names``: names spelt with a leading ب
    (``_bi_names``), which fill no ``ب*`` slot."""
    if not slots:
        return []
    slot = slots[0]
    if slot.kind == "gap":
        nxt = slots[1]  # a pattern never ends with a gap
        # a word or verb slot after the gap: tokens without any lexicon reading need no try
        needs_reading = forms is not None and nxt.kind in ("verb", "word") and not nxt.clitics
        j, used = i, 0
        while True:
            if j >= end:
                return None
            if j > i and toks[j - 1].is_punct and toks[j - 1].norm in _PUNCT_STOP and not (free and free[j - 1]):
                return None
            if forms is None or forms[j] or not needs_reading:
                got = _match_rest(lex, slots[1:], toks, j, end, forms, free, human, bi_names)
                if got is not None:
                    return got
            if toks[j].is_punct and toks[j].norm in _PUNCT_STOP and not (free and free[j]):
                return None
            if toks[j].norm in GAP_STOPS and (free is None or not free[j]):
                return None  # a cause or an earlier act opens here (فرضت على طهران بسبب العقوبات): not one frame
            if (free is None or not free[j]) and toks[j].norm not in _QUOTES:
                used += 1
                if used > slot.gap:
                    return None
            j += 1
    if i >= end:
        return None
    if slot.kind == "human":
        if human is None or not human[i]:
            return None
        rest = _match_rest(lex, slots[1:], toks, i + 1, end, forms, free, human, bi_names)
        return None if rest is None else [i] + rest
    readings = None if forms is None else forms[i]
    if readings is not None and not readings and slot.kind != "clitic" and not slot.clitics:
        return None  # a word with no lexicon reading fills no word or verb slot (most words: no call)
    if not _slot_accepts(lex, slot, toks[i], readings):
        return None
    if i in bi_names and (slot.kind == "clitic" and slot.clitic == "ب" or "ب" in slot.clitics and not _slot_accepts(
            lex, replace(slot, clitics=tuple(c for c in slot.clitics if c != "ب")), toks[i], readings)):
        return None  # اتهمت بكين طوكيو، اتهم بشار: the ب is the name's own letter, not ب + the charge
    rest = _match_rest(lex, slots[1:], toks, i + 1, end, forms, free, human, bi_names)
    return None if rest is None else [i] + rest


# named entities a frame's gap skips for free: a person's name and title (the VSO subject, an apposition)
GAP_FREE_LABELS = frozenset(("PER", "TITLE"))


def _free_tokens(doc: Document, spans, starts: Optional[list[int]] = None) -> Optional[list[bool]]:
    """Which tokens lie inside one of ``spans`` (time expressions, named entities); None when there is none.
    A gap skips them without counting: ``هدد وزير الدفاع، موشيه يعلون، بتشديد`` is one frame, and so are a span's
    brackets (اليوم (الجمعة)، يوليو (تموز)). ``starts``: the tokens' start offsets, when the caller has them."""
    if not spans:
        return None
    free = [False] * len(doc.tokens)
    if starts is None:
        starts = [t.start for t in doc.tokens]
    for tv in spans:
        k = bisect_left(starts, tv.start)
        while k < len(doc.tokens) and doc.tokens[k].end <= tv.end:
            free[k] = not doc.tokens[k].is_punct or doc.tokens[k].norm in _SPAN_BRACKETS
            k += 1
    return free


def _verb_subjects(doc: Document, forms: list, times: Optional[list]) -> list:
    """Actor mentions that open right after a word read as a verb (time words between allowed): the VSO subject,
    which a frame's gap skips like a person's name (هدد الجيش الكوري الجنوبي، اليوم، بالرد). Later mentions are the
    frame's own objects and still count."""
    toks = doc.tokens
    starts = {}
    for a in getattr(doc, "actors", None) or ():
        starts.setdefault(a.start, a)
    if not starts:
        return []
    out = []
    for i in compress(range(len(forms)), forms):  # the tokens with a lexicon reading
        if not any(kind == "verb" for _, _, kind in forms[i]):
            continue
        j = i + 1
        while j < len(toks) and times is not None and times[j]:
            j += 1
        if j < len(toks) and toks[j].start in starts:
            out.append(starts[toks[j].start])
    return out


def _purpose_masdar(pat: Pattern, form: str, tag: str, toks: list[Token], i: int, end: int) -> bool:
    """A bare verb read as the dual perfect (دعما، رفضا) is the accusative verbal noun of purpose when a ل-phrase
    follows (دعما للحرب، رفضا لقرار): Form I masdars of the فَعْل pattern equal the perfect stem, so دعماً = دعما."""
    if len(pat.slots) != 1 or tag != "perf" or not form.endswith("ا") or i + 1 >= end:
        return False
    stem = dict(pat.slots[0].tags).get(form[:-1])
    nxt = toks[i + 1].norm
    return stem == "perf" and len(form) == 4 and nxt.startswith("ل") and len(nxt) > 3


def _topic_masdar(pat: Pattern, form: str, pre: str, tag: str, toks: list[Token], i: int, start: int) -> bool:
    """A bare stem right after a preposition (اتفاق على دعم مصري، بشأن دعم واشنطن) is the verbal noun, a topic:
    no perfect verb follows a preposition, and Form I masdars of the فَعْل pattern equal the perfect stem."""
    if "topic" not in pat.roles or tag != "perf" or pre or i <= start:
        return False
    return len(form) == 3 and normalize_word(toks[i - 1].norm) in _TOPIC_PREPOSITIONS


# time units of "بعد أيام من X" / "قبل ساعات من X"
_TIME_UNITS = frozenset(normalize_word(w) for w in (
    "دقائق دقيقة دقيقتين لحظات ساعة ساعات ساعتين يوم أيام يومين اسبوع أسبوع أسابيع اسبوعين أسبوعين شهر أشهر شهور "
    "شهرين عام أعوام عامين سنة سنوات سنتين").split())


def _after_time_span(toks: list[Token], i: int, start: int) -> bool:
    """A verbal noun dated from another report (بعد أيام من اعتقاله، قبل ساعات من الهجوم) names an act that took
    place earlier and is reported elsewhere: background, not a new event."""
    if i - 2 < start or normalize_word(toks[i - 1].norm) != "من":
        return False
    for k in range(i - 2, max(start, i - 5) - 1, -1):
        n = toks[k].norm
        if toks[k].is_punct:
            return False
        if n in ("بعد", "وبعد", "قبل", "وقبل"):
            return any(toks[j].norm in _TIME_UNITS for j in range(k + 1, i - 1))
    return False


_BACKGROUND_START_TYPES = frozenset(("ASSAULT", "PROTEST"))


def _inner_name_tokens(doc: Document, starts: list[int]) -> frozenset[int]:
    """Tokens of a person's name after its first word: a one-word trigger there is the name, not the act
    (وفؤاد شكر: شكر is a surname, not "thanked"). The first word keeps its trigger, because the NER model often
    glues a clause-opening verb to the name after it (دان معالي..., شن ضاحي الخلفان); a multi-word trigger keeps
    it too (هادي خاضت اشتباكات: the NER took the verb of a real clash into the name)."""
    inner: set[int] = set()
    toks = doc.tokens
    for e in getattr(doc, "entities", None) or ():
        if e.label != "PER":
            continue
        k = bisect_left(starts, e.start)
        if k == len(starts) or starts[k] != e.start:
            k = max(k - 1, 0)  # the name opens inside a token (a clitic و before it): that token is its first word
        k += 1
        while k < len(toks) and toks[k].start < e.end:
            if not toks[k].is_punct:
                inner.add(k)
            k += 1
    return frozenset(inner)


def _bi_names(doc: Document, starts: list[int]) -> frozenset[int]:
    """Tokens whose leading ب belongs to a name (بكين، بشار، بايانجوك): a named entity or an actor mention opens at
    the token (or after its و/ف) and the tokenizer split no ب off it (ببريطانيا، بمحمد do carry one)."""
    toks = doc.tokens
    out: set[int] = set()
    spans = [a.start for a in getattr(doc, "actors", None) or ()] + \
        [e.start for e in getattr(doc, "entities", None) or ()]
    inner = {a.start for a in getattr(doc, "actors", None) or ()}
    for start in spans:
        k = bisect_right(starts, start) - 1
        if k < 0 or toks[k].end <= start or toks[k].is_punct:
            continue
        lead = normalize_word(doc.text[toks[k].start:start]) if start > toks[k].start else ""
        if lead not in ("", "و", "ف") or not toks[k].norm.lstrip("وف").startswith("ب"):
            continue
        if any(c.text == "ب" for c in toks[k].proclitics or ()):
            continue
        if any(toks[k].start < x < toks[k].end and x != start for x in inner):
            continue  # بالأمم المتحدة: the mention itself opens after the ب
        out.add(k)
    return frozenset(out)


_HUMAN_NOUNS = words("triggers", "human_nouns")
_COUNT_WORDS = words("triggers", "count_words")
_HUMAN_KINDS = frozenset(raw_words("triggers", "human_actor_kinds"))
_SEIZER_SECTORS = frozenset(raw_words("triggers", "seizer_sectors"))
_OBJECT_BLOCKERS = words("triggers", "object_blocking_prepositions")
_HUMAN_HEAD_HOMOGRAPHS = words("triggers", "human_slot_intransitive_homographs")


def _human_noun(norm: str) -> bool:
    """A noun of the human class, bare or definite (أشخاص، المتهمين، المدعو)."""
    return norm in _HUMAN_NOUNS or (norm.startswith("ال") and norm[2:] in _HUMAN_NOUNS)


def _human_mention(a) -> bool:
    """An actor mention that names people (a person, a nation's people, a group), not a force or a state that
    does the seizing (الأمن التونسي is a nationality mention of the police)."""
    return a.kind in _HUMAN_KINDS and not (a.kind != "person" and a.sector in _SEIZER_SECTORS)


def _human_objects(doc: Document, starts: list[int]) -> list[bool]:
    """Which tokens open a human object, the filler of a ``@HUMAN`` slot: the first word of an actor mention of
    people or of a person's name (read as the mention starts at the word or after a و/ف only), a human noun, or a
    count (digits or a number word) right before one. A word after a preposition is inside a prepositional phrase
    (أوقف إطلاق النار على المدنيين، منح التأشيرات للسوريين), not the verb's object, and opens none."""
    toks = doc.tokens
    n = len(toks)
    human = [False] * n
    spans = [(a.start, a.end) for a in getattr(doc, "actors", None) or () if _human_mention(a)]
    spans += [(e.start, e.end) for e in getattr(doc, "entities", None) or () if e.label == "PER"]
    for start, _ in spans:
        k = bisect_right(starts, start) - 1
        if k < 0 or toks[k].end <= start:
            continue
        lead = normalize_word(doc.text[toks[k].start:start]) if start > toks[k].start else ""
        if lead in ("", "و", "ف"):
            human[k] = True
    for k, t in enumerate(toks):
        if not t.is_punct and _human_noun(t.norm):
            human[k] = True
    for k in range(n - 1, -1, -1):  # a count before people (3 نساء، عددا من المطلوبين) opens the object
        t = toks[k]
        if t.is_punct or not (t.norm.isdigit() or t.norm in _COUNT_WORDS):
            continue
        if k + 1 < n and human[k + 1] or k + 2 < n and toks[k + 1].norm == "من" and human[k + 2]:
            human[k] = True
    for k in range(n):
        if human[k] and (k and toks[k - 1].norm in _OBJECT_BLOCKERS or _governed_by_clitic(toks[k])):
            human[k] = False
    return human


_PREPOSITION_CLITICS = frozenset(("ل", "ب", "ك"))


def _governed_by_clitic(tok: Token) -> bool:
    """A word carrying a prepositional proclitic (للسوريين، بالمتظاهرين) is no direct object."""
    return any(normalize_word(m.text) in _PREPOSITION_CLITICS for m in tok.proclitics)


def find_triggers(doc: Document, lex: Optional[Lexicon] = None, skip: frozenset = frozenset(),
                  sentences: Optional[frozenset] = None) -> list[TriggerMatch]:
    """Every non-overlapping trigger in the document (longest pattern wins), background phrases removed; patterns
    whose id is in ``skip`` are left out and only the sentences in ``sentences`` (all when None) are read (a frame
    that swallows the act it governs, read again without it: ``nesting.pledged_acts``)."""
    lex = lex or load_lexicon()
    toks = doc.tokens
    forms = token_readings(lex, toks)  # once per token, reused by every slot test
    starts = [t.start for t in toks]
    times = _free_tokens(doc, getattr(doc, "times", None), starts)
    names = [e for e in getattr(doc, "entities", None) or () if e.label in GAP_FREE_LABELS]
    free = _free_tokens(doc, list(getattr(doc, "times", None) or ()) + names, starts)
    subjects = _verb_subjects(doc, forms, times)
    # an event frame's gap also skips the VSO subject; a background phrase keeps its strict gap (دعا ~2 الله)
    free_subject = _free_tokens(doc, list(getattr(doc, "times", None) or ()) + names + subjects, starts) \
        if subjects else free
    in_names = _inner_name_tokens(doc, starts)
    human = _human_objects(doc, starts) if lex.has_human else None
    bi_names = _bi_names(doc, starts)
    log = drop_log.log_for(doc) if not skip and sentences is None else None  # --explain: why none was coded
    found: list[TriggerMatch] = []
    verb_heads, word_heads = lex.verb_heads, lex.word_heads
    for si, sent in enumerate(doc.sentences):
        if sentences is not None and si not in sentences:
            continue
        cands: list[TriggerMatch] = []
        lo, hi = sent.token_start, sent.token_end
        for i in compress(range(lo, hi), forms[lo:hi]):  # the tokens with a lexicon reading
            after_time = None  # _after_time_span of token i, asked once for all its noun readings' patterns
            for form, pre, kind in forms[i]:
                for pat, tag in (verb_heads if kind == "verb" else word_heads).get(form, ()):
                    if skip and pat.id in skip:
                        continue
                    if "ل" in pre and kind == "verb" and tag != "impf":
                        continue
                    if "س" in pre and tag == "perf":
                        continue  # the future سـ takes the imperfect only: سلام is no س + لام (blamed)
                    if tag == "juss" and (i == sent.token_start or toks[i - 1].norm not in _JUSSIVE_PARTICLES):
                        continue
                    if _purpose_masdar(pat, form, tag, toks, i, sent.token_end):
                        continue
                    if _topic_masdar(pat, form, pre, tag, toks, i, sent.token_start):
                        continue
                    if human is not None and form in _HUMAN_HEAD_HOMOGRAPHS and pat.seizes_human:
                        continue  # توقف: "stopped" (Form V), whose subject is the person, not "she arrests"
                    if kind != "verb":
                        if after_time is None:
                            after_time = _after_time_span(toks, i, sent.token_start)
                        if after_time:
                            continue
                    # a patient frame (نجا X من محاولة) keeps its strict gap: the words in it are its patient
                    rest = _match_rest(lex, pat.slots[1:], toks, i + 1, sent.token_end, forms,
                                       times if "patient" in pat.roles else free if pat.blocks else free_subject,
                                       human, bi_names)
                    if rest is None:
                        continue
                    idx = [i] + rest
                    if len(idx) == 1 and i in in_names:
                        continue  # a surname (سمير شكر), not the act
                    cands.append(TriggerMatch(pat, idx, toks[idx[0]].start, toks[idx[-1]].end, pre, tag, si))
        blocks = [c for c in cands if c.pattern.blocks]
        events = [c for c in cands if not c.pattern.blocks]
        events.sort(key=lambda c: (-c.pattern.size, -c.pattern.conf, c.first))
        used: set[int] = set()
        kept: list[TriggerMatch] = []
        seen_keys = set()
        # an attack or protest starting in a background phrase (بعد هجوم انتحاري) is background unless its sentence
        # reports one of its type elsewhere (قتل سبعة اثر هجوم انتحاري: the same attack, told with its actor)
        starting = [c for c in events if any(b.first <= c.first <= b.last for b in blocks)]
        clear = {c.pattern.type for c in events if not any(b.first <= c.last <= b.last for b in blocks) and
                 not any(s.first <= c.last and c.first <= s.last for s in starting)}
        for c in events:
            key = (c.pattern.id, tuple(c.tokens))
            if key in seen_keys or used.intersection(c.tokens):
                continue
            # a trigger ending in a background phrase is dropped
            if any(b.first <= c.last <= b.last or (c.pattern.type in _BACKGROUND_START_TYPES and
                                                   c.pattern.type not in clear and b.first <= c.first <= b.last)
                   for b in blocks):
                if not any(b.first <= c.last <= b.last for b in blocks):
                    used.update(c.tokens)  # nor does a shorter attack pattern inside it count (انتحاري)
                if log is not None:
                    drop_log.blocked(log, doc, c, blocks)
                continue
            seen_keys.add(key)
            used.update(c.tokens)
            kept.append(c)
        kept.sort(key=lambda c: c.first)
        found.extend(kept)
    return found

"""What the argument rules (arguments.py) and the implied-party rules (implied_parties.py) both read, kept in one
place: the doer named in a relative clause on the object (أشاد بالجهود التي تبذلها السعودية، رحبت البعثة
بالإصلاحات التي قدمها العبادي) and the accord nouns whose parties follow بين (صادق على الاتفاق المبرم بين إيران
والقوى الكبرى).

Only what is the same lives here: which words are relatives and accord nouns, how a clause's verb points back to
the noun before it, and where its doer stands. Each rule keeps its own window, verb list and stop conditions (they
were tuned on different gold, and merging them would change the output); its docstring says why. Words:
data/relative_clauses_words.yaml.
"""
from __future__ import annotations

from bisect import bisect_right
from typing import Callable, Iterable, Optional

from hadath.document import Actor, Document, Token
from hadath.events.doc_index import TOKEN_ENDS as _TOKEN_ENDS
from hadath.events.wordlists import words
from hadath.text.normalize import normalize_word

THING_RELATIVES = words("relative_clauses", "thing_relatives")  # الذي التي اللذين اللتين
RELATIVES = THING_RELATIVES | words("relative_clauses", "other_relatives")  # and الذين اللذان اللتان
OBJECT_PRONOUNS = frozenset(("ه", "ها", "هما"))  # قدمه، قدمها، قدماهما: the verb's object is the antecedent
# a preposition carrying a pronoun (عليه، فيها): after a relative's verb it is the one pointing back, so the
# antecedent is no subject ("المنزل الذي تسيطر عليه الميليشيات"، "الوزير، الذي وجهت له إيران اتهامات")
PREP_PRONOUNS = frozenset(normalize_word(w) for w in (
    "فيه فيها منه منها عليه عليها لديه لديها إليه إليها اليه اليها عنه عنها بينها بينه بعده بعدها قبله قبلها "
    "حوله حولها له لها لهم لهما معه معها معهم عليهم فيهم منهم إليهم اليهم عنهم").split())
PRONOUN_PREPS = frozenset(("به", "بها"))  # تضطلع به: the pronoun rides on the preposition, the doer follows it
STANCE_ACCORD_NOUNS = words("relative_clauses", "accord_nouns") | words("relative_clauses", "stance_accord_nouns")
DEAL_ACCORD_NOUNS = words("relative_clauses", "accord_nouns") | words("relative_clauses", "deal_accord_nouns")



def points_back(tok: Token, verbs: Optional[frozenset] = None) -> bool:
    """The word after a relative is a verb referring back to the noun before it, so its subject made or did that
    thing: one of a rule's own ``verbs`` (a closed list, the pronoun written in: قدمها، تضطلع) or, none given, any
    word whose last enclitic is an object pronoun (اتخذته، قدمها)."""
    if verbs is not None:
        return tok.norm in verbs
    return bool(tok.enclitics) and normalize_word(tok.enclitics[-1].text) in OBJECT_PRONOUNS


def subject_after(toks: list[Token], verb: int) -> int:
    """The token where the verb's subject may start: right after it, or after ``به``/``بها`` when the pronoun
    pointing back rides on the preposition (للدور الذي تضطلع به دول المجلس). ``verb + 1`` must be a token."""
    return verb + 2 if toks[verb + 1].norm in PRONOUN_PREPS else verb + 1


def doer_named(doc: Document, actors: Iterable[Actor], first: int, last: int,
               keep: Optional[Callable[[Actor], object]] = None) -> Optional[Actor]:
    """The first of ``actors`` (in the order given) whose first token lies in [first, last] and that ``keep``
    takes: the doer named after a clause's verb (التي قدمها رئيس الوزراء حيدر العبادي)."""
    ends = _TOKEN_ENDS(doc.tokens)
    return next((a for a in actors if first <= bisect_right(ends, a.start) <= last and (keep is None or keep(a))),
                None)


def is_accord_noun(word: str, nouns: frozenset, prefixes: str) -> bool:
    """``word`` (normalized) is one of ``nouns`` (a rule's accord nouns), bare or after one of ``prefixes`` (the
    letters that rule strips: بالاتفاق، واتفاق)."""
    return word in nouns or (word[:1] in prefixes and word[1:] in nouns)

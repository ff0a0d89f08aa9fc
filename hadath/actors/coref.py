"""In-document coreference: what short names, bare titles and possessives point back to.

State is kept in text order while phrases are resolved: people already named (known or unknown to the
lexicon), and each sentence's subject (its first actor with a country). Rules, in the order news uses them:
a short name (لافروف) only counts once its full name was seen; a bare title (الرئيس العراقي، السفير) is the
latest person seen in that office, else the office holder on the article's date; a possessive (بلاده، وزير
خارجيته) belongs to the current subject's country; نظيره is the subject's office in another country. The
outlet's own country is never assumed: with no antecedent, a possessive resolves to nothing.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional

from hadath.actors.lexicon import Entry, Lexicon

# offices whose holder is unique per country, so a bare title can be looked up by date
UNIQUE_ROLES = frozenset({"president", "prime_minister", "foreign_minister", "defence_minister", "interior_minister",
                          "king", "crown_prince", "emir", "sultan", "chancellor", "vice_president",
                          "supreme_leader", "secretary_general"})
BODY_COREF_CHARS = 600  # how far back a bare body (الجيش) looks for its qualified mention (الجيش اليمني)
DUAL_ROLES = {
    "foreign_minister": ("foreign_minister", "defence_minister", "interior_minister", "minister", "prime_minister"),
    "president": ("president", "prime_minister", "king", "emir", "sultan", "chancellor", "crown_prince"),
}


@dataclass
class Person:
    """A person actor already seen: enough to link later mentions to it."""

    ref: str
    name: str
    name_ar: Optional[str]
    country: Optional[str]
    sector: Optional[str]
    role: Optional[str]
    shorts: tuple[str, ...] = ()


@dataclass
class CorefState:
    lex: Lexicon
    date: Optional[str]
    people: list[Person] = field(default_factory=list)
    sentence_start: int = -1
    subject_country: Optional[str] = None  # first actor with a country in the current sentence
    subject_person: Optional[Person] = None
    subject_office: tuple = (None, None)  # (sector, role) of the current subject, for نظيره / نظيرتها
    last_person: Optional[Person] = None
    last_country: Optional[str] = None
    recent: list = field(default_factory=list)  # distinct countries of actors, most recent last (الجانبان)
    bodies: dict = field(default_factory=dict)  # sector-term ref -> (country, end) of its last qualified mention
    groups: dict = field(default_factory=dict)  # head word with ال (الحزب) -> the last named group it heads

    def new_sentence(self, start: int) -> None:
        if start != self.sentence_start:
            self.sentence_start = start
            # a sentence without its own subject continues the previous one's
            self._prev = (self.subject_country, self.subject_person)
            self._prev_office = self.subject_office
            self.subject_country = None
            self.subject_person = None
            self.subject_office = (None, None)

    def observe(self, country: Optional[str], person: Optional[Person], sector: Optional[str] = None,
                role: Optional[str] = None) -> None:
        if person is not None:
            self.last_person = person
            if all(p.ref != person.ref for p in self.people):
                self.people.append(person)
            else:  # move to the end: the most recent mention wins
                self.people = [p for p in self.people if p.ref != person.ref] + [person]
        if country and self.subject_country is None:
            self.subject_country = country
            self.subject_person = person
            self.subject_office = (person.sector, person.role) if person else (sector, role)
        if country:
            self.last_country = country
            if self.recent[-1:] != [country]:
                self.recent = [c for c in self.recent if c != country][-5:] + [country]

    def parties(self) -> list[str]:
        """The two countries last named, for "الجانبان" / "الطرفين" (none when fewer than two)."""
        return self.recent[-2:] if len(self.recent) >= 2 else []

    def body_country(self, ref: str, pos: int) -> Optional[str]:
        """The country of the last mention of the same body with one, if recent: "الجيش اليمني ... للجيش"."""
        hit = self.bodies.get(ref)
        return hit[0] if hit and pos - hit[1] <= BODY_COREF_CHARS else None

    def note_group(self, form: str, actor) -> None:
        head = form.split()[0]
        if " " in form and not head.startswith("ال"):
            self.groups["ال" + head] = actor

    def named_group(self, form: str):
        return self.groups.get(form)

    def seen(self, ref: str) -> Optional[Person]:
        for p in reversed(self.people):
            if p.ref == ref:
                return p
        return None

    def by_short(self, form: str) -> Optional[Person]:
        for p in reversed(self.people):
            if form in p.shorts:
                return p
        return None

    def by_office(self, role: Optional[str], country: Optional[str]) -> Optional[Person]:
        """Latest person seen in ``role`` (and ``country`` when given)."""
        if not role:
            return None
        for p in reversed(self.people):
            same = p.role == role or (role == "minister" and (p.role or "").endswith("minister"))
            if same and (country is None or p.country == country):
                return p
        return None

    def holder(self, role: Optional[str], country: Optional[str], sector: Optional[str] = None) -> Optional[Entry]:
        if not role or not country or role not in UNIQUE_ROLES:
            return None
        return self.lex.office_holder(country, role, self.date, sector)

    def subject(self) -> tuple[Optional[str], Optional[Person]]:
        """The current subject's country and person (this sentence's, else the previous sentence's)."""
        if self.subject_country:
            return self.subject_country, self.subject_person
        prev = getattr(self, "_prev", (None, None))
        if prev[0]:
            return prev
        if self.last_person and self.last_person.country:
            return self.last_person.country, self.last_person
        return None, None

    def office(self) -> tuple:
        """(sector, role) of the current subject, else of the previous sentence's."""
        if self.subject_country:
            return self.subject_office
        return getattr(self, "_prev_office", (None, None))

    def pair(self, role: Optional[str]) -> list[Person]:
        """The two latest distinct people in offices compatible with a dual title (الوزيرين)."""
        roles = DUAL_ROLES.get(role or "", (role,))
        out: list[Person] = []
        for p in reversed(self.people):
            if p.role in roles and all(p.ref != q.ref for q in out):
                out.append(p)
            if len(out) == 2:
                break
        return list(reversed(out)) if len(out) == 2 else []

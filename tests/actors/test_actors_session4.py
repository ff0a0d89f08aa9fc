"""Actor names of session 4, on sentences written for these tests: a known person named with the full nasab
after a title (``الأمير محمد بن نايف بن عبد العزيز``, ``الملك حمد بن عيسى بن سلمان``) is that person, not an
unknown name without a country."""
from __future__ import annotations

import pytest

from helpers_actors import analyse


def actors(text: str, date: str = "2015-08-01"):
    return [(a.text, a.country, a.ref) for a in analyse(text, date=date).actors]


@pytest.mark.parametrize("text,ref", [
    ("بحث الأمير محمد بن نايف بن عبد العزيز مع السفير البريطاني تطورات المنطقة.", "person:muhammad_bin_nayef"),
    ("هنأ الأمير تميم بن حمد بن خليفة آل ثاني الرئيس التونسي بذكرى الاستقلال.", "person:tamim_bin_hamad"),
    ("استقبل الملك حمد بن عيسى بن سلمان آل خليفة وزير الخارجية الياباني.", "person:hamad_bin_isa"),
], ids=["bin-nayef", "tamim", "hamad"])
def test_known_nasab_extended_by_the_fathers_name(text, ref):
    got = actors(text)
    assert any(r == ref for _, _, r in got), got


def test_unknown_nasab_stays_unknown():
    # no lexicon person starts the chain: an unknown name, no country read into it
    got = actors("استقبل الأمير فيصل بن خالد بن سعود المشاركين في الملتقى.")
    assert not any(r.startswith("person:") for _, _, r in got), got

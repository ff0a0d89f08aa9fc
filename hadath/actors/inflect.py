"""Nationality adjectives in every inflection, generated from the masculine singular (nisba) by rule.

عراقي -> عراقية، عراقيان، عراقيين، عراقيتان، عراقيتين، عراقيون، عراقيات, each with and without ال. Multi-word
bases (كوري جنوبي) inflect word by word. Broken plurals (روس، أتراك) are curated in nationalities_irregular.tsv.
"""
from __future__ import annotations

# suffix added to the masculine singular -> grammatical number
_SUFFIXES: tuple[tuple[str, str], ...] = (
    ("", "singular"), ("ة", "singular"), ("ا", "singular"),  # ا: accusative (جنديا باكستانيا)
    ("ان", "dual"), ("تان", "dual"), ("تين", "dual"),
    ("ين", "plural"), ("ون", "plural"), ("ات", "plural"),
)


def with_article(phrase: str) -> str:
    """Put ال on every word of an adjective phrase (كوري جنوبي -> الكوري الجنوبي). Nisbas are written without the
    article, so a stem that begins with ال (ألماني، ألباني) still takes it: الألماني."""
    return " ".join("ال" + w for w in phrase.split())


def nisba_forms(base: str) -> list[tuple[str, str]]:
    """All (form, number) pairs for a masculine singular nationality adjective, with and without ال."""
    out: list[tuple[str, str]] = []
    seen: set[str] = set()
    for suffix, number in _SUFFIXES:
        form = " ".join(w + suffix for w in base.split())
        for f in (form, with_article(form)):
            if f not in seen:
                seen.add(f)
                out.append((f, number))
    return out

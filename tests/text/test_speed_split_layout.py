"""The tokenizer's per-word split must not change with its speed-ups: vocabulary words read their analysis without
``analyze``'s cache, and a word's spans come from a table shared by all words of one clitic layout."""
from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from hadath.text import clitics, tokens

# Words the tokenizer's rules were not tuned on, with and without clitics, plus random letter strings.
WORDS = ["وبمدينتهم", "فلعاصمتها", "وللمستشفيات", "بحكومتنا", "كالمعتاد", "سيزورون", "وسنعلنه", "لبرلمانهم",
         "والمهندسين", "فيهما", "عنهن", "لكم", "بها", "ولنا", "المستقبل", "وزارات", "الاتفاق", "التزامهم"]
arabic_words = st.text(st.sampled_from("ابتثجحخدذرزسشصضطظعغفقكلمنهويةءئؤ"), min_size=1, max_size=9)


def _plain_split(word: str, hamza: bool):
    """The split as first written: ``analyze`` and spans built per word."""
    procs, encs = clitics.analyze(word, hamza)
    if not (procs or encs):
        return None
    spans, pos = [], 0
    for piece in procs + ("",) + encs:
        n = len(piece) if piece else len(word) - sum(map(len, procs)) - sum(map(len, encs))
        spans.append((pos, pos + n))
        pos += n
    return tuple(spans[: len(procs)]), spans[len(procs)], tuple(spans[len(procs) + 1:])


def _check(word: str, hamza: bool) -> None:
    assert clitics.analyze_uncached(word, hamza) == clitics.analyze(word, hamza)
    tokens._SPLITS.clear()
    key = "#" + word if hamza else word
    assert tokens._split_of(key, word) == _plain_split(word, hamza)


def test_listed_words_split_as_before():
    for w in WORDS:
        for hamza in (False, True):
            _check(w, hamza)


def test_vocabulary_words_split_as_before():
    vocab = list(clitics.vocab())
    for w in vocab[::97]:  # a spread sample, every layout of the precomputed table among them
        _check(w, False)


@settings(max_examples=300, deadline=None)
@given(arabic_words, st.booleans())
def test_random_words_split_as_before(word, hamza):
    _check(word, hamza)

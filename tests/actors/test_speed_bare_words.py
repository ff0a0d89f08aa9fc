"""The str.find scan for later bare last names gives the spans the per-name regex gave."""
import random
import re

from hadath.actors.resolve import _bare_word_spans


def _by_regex(t: str, word: str) -> list[tuple[int, int]]:
    pattern = r"(?<![^\W\d_])(?:[وفبلك]{0,2})(" + re.escape(word) + r")(?![^\W\d_])"
    return [m.span(1) for m in re.finditer(pattern, t)]


def test_listed_cases():
    t = "التقى لوريمر، ثم قال ولوريمر وبلوريمر إن فلوريمرز ليس لوريمر2 و_لوريمر ولولوريمر"
    assert list(_bare_word_spans(t, "لوريمر")) == _by_regex(t, "لوريمر")
    assert list(_bare_word_spans(t, "لوريمر"))[:3] == [(6, 12), (22, 28), (31, 37)]


def test_random_texts_agree_with_the_regex():
    rng = random.Random(7)
    alphabet = list("وفبلكسمرن") + [" ", "،", "2", "_", "ً", "a"]
    for _ in range(3000):
        word = "".join(rng.choice("وفبلكسمرن") for _ in range(rng.randint(1, 3)))
        t = "".join(rng.choice(alphabet + [word] * 3) for _ in range(rng.randint(0, 25)))
        assert list(_bare_word_spans(t, word)) == _by_regex(t, word), (t, word)

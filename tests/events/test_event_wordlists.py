"""The events rules' word lists in data/*_words.yaml: each loads, is used by its module, and is normalized."""
import re
from pathlib import Path

import pytest
import yaml

from hadath.events import wordlists
from hadath.events.wordlists import DATA_DIR, WordListError, raw_words, words
from hadath.text.normalize import normalize_word

FILES = sorted(p.name[:-len("_words.yaml")] for p in DATA_DIR.glob("*_words.yaml"))
# a module split into family modules reads its file's lists there (mentioned_acts.py -> mentioned_*.py,
# implied_parties.py -> place_, attack_, domestic_ and group_parties.py, arguments.py -> the modules split from it)
ARGUMENT_MODULES = ("arguments.py", "argument_clues.py", "speech_clauses.py", "context_countries.py",
                    "verb_subjects.py", "object_recipients.py", "attack_roles.py", "meeting_guests.py",
                    "statement_parties.py")
FAMILY_MODULES = {"mentioned_acts": ("mentioned_*.py",), "implied_parties": ("*_parties.py",),
                  "arguments": ARGUMENT_MODULES}


def test_every_module_with_lists_has_its_file():
    assert {"non_events", "nesting", "topic_filters", "mentioned_acts", "modality", "sentence_filter"} <= set(FILES)


@pytest.mark.parametrize("file", FILES)
def test_each_list_is_a_nonempty_sequence_of_word_lines(file):
    data = yaml.safe_load((DATA_DIR / f"{file}_words.yaml").read_text(encoding="utf-8"))
    assert data, file
    for name, lines in data.items():
        assert re.fullmatch(r"[a-z][a-z_]*", name), name
        assert isinstance(lines, list) and all(isinstance(line, str) and line.split() for line in lines), name
        assert words(file, name) == frozenset(normalize_word(w) for w in " ".join(lines).split())


@pytest.mark.parametrize("file", FILES)
def test_each_list_is_read_by_its_module(file):
    folder = Path(wordlists.__file__).parent
    modules = sorted(p for pattern in FAMILY_MODULES.get(file, (f"{file}.py",)) for p in folder.glob(pattern))
    source = "".join(p.read_text(encoding="utf-8") for p in modules)
    used = set(re.findall(r'words\("%s", "([a-z_]+)"\)' % file, source))
    if file == "triggers":  # word classes the trigger lexicon names in its slots (@name)
        rows = (DATA_DIR / "triggers.tsv").read_text(encoding="utf-8").splitlines()
        used |= {m for row in rows if not row.startswith("#") for m in re.findall(r"(?<![\w@])@([a-z_]+)", row)}
    assert used == set(yaml.safe_load((DATA_DIR / f"{file}_words.yaml").read_text(encoding="utf-8")))


def test_loaded_words_are_normalized():
    assert "نفي" in words("non_events", "deny_stems")  # written نفى
    assert "نفى" not in words("non_events", "deny_stems")
    assert "نفى" in raw_words("non_events", "deny_stems")


def test_module_constants_are_the_data():
    from hadath.events import nesting, non_events, sentence_filter

    assert nesting.TOPIC_HEADS == words("nesting", "topic_heads")
    assert "سبل" in nesting.TOPIC_HEADS and "اجراءات" in nesting.TOPIC_HEADS  # a word after an inner comment
    assert non_events._FUSED_WHAT == frozenset("ما" + w for w in words("non_events", "fused_what"))
    assert "مايتردد" in non_events._FUSED_WHAT
    assert sentence_filter._CASUALTY >= {"قتلي", "جرحي"}


def test_unknown_list_is_a_clear_error():
    with pytest.raises(WordListError, match="no word list 'nope' in nesting_words.yaml"):
        words("nesting", "nope")


def test_protest_demands_is_still_importable_from_nesting():
    from hadath.events import nesting, non_events

    assert nesting.protest_demands is non_events.protest_demands

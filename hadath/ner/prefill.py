"""Pre-computed NER type features of the vocabulary, shipped with the package (``data/vocab_rows.npz``).

Why: a process computes a word type's CRF rows (``Featurizer._type_rows``) the first time it meets the word, about
30 us each, and with ``--jobs N`` every worker pays again for the common words (two workers over 1,000 articles
compute 36% more word types than one). The entries of the ~38k words of ``text/data/vocab.tsv`` (ANERcorp,
AQMAR and Wojood words: redistributable) are built once, by ``hadath train ner`` or ``python -m
hadath.ner.prefill``, and handed to the featurizer with the model, before workers fork.

The file is keyed by a digest of everything an entry depends on (the model file, the lookup tables, the code
that computes the rows): a stale, foreign or unreadable file is ignored (the words are then computed as they are
met), never used. It is written atomically and only read at run time, so two processes are safe with it.
"""
from __future__ import annotations

import hashlib
import os
import sys
import tempfile
import zipfile
from array import array
from pathlib import Path
from typing import Iterable, Optional

PREFILL_NAME = "vocab_rows.npz"
FORMAT = 1
# What an entry is computed from, besides the model directory's tables: the row code, the transliteration
# scores, the scorer's row numbering, the tables' loaders and the normalization their keys go through.
_CODE_FILES = ("features.py", "translit.py", "scorer.py", "prefill.py", "model.py", "gazetteer.py", "clusters.py",
               "../text/normalize.py")
_TABLES = ("ner.crfsuite", "gazetteer.tsv", "memory.tsv", "clusters.tsv", "wordcounts.tsv", "translit.tsv")
VOCAB_FILE = Path(__file__).resolve().parent.parent / "text" / "data" / "vocab.tsv"


def inputs_digest(model_dir: Path) -> str:
    """A digest of the model directory's tables and the row code: an entry is exact while neither changes."""
    h = hashlib.sha256()  # (in hardware on most CPUs: 3 ms for the ~5 MB here, where blake2b took 22)
    h.update(f"{FORMAT} {sys.version_info[:2]}".encode())
    code_dir = Path(__file__).resolve().parent
    for path in [Path(model_dir) / name for name in _TABLES] + [code_dir / name for name in _CODE_FILES]:
        h.update(path.name.encode())
        try:
            h.update(path.read_bytes())
        except OSError:
            h.update(b"\0missing")
    return h.hexdigest()


def vocabulary(path: Path = VOCAB_FILE) -> list[str]:
    """The words to pre-compute: the normalized words of the text layer's vocabulary, most frequent first."""
    lines = path.read_text(encoding="utf-8").splitlines()
    return [line.split("\t", 1)[0] for line in lines if line and not line.startswith("#")]


def pack(entries: dict[str, tuple], digest: str) -> dict:
    """The entries as a few flat NumPy columns: words and stems as one UTF-8 text each, the rows as one array (a
    pickled dict of tuples makes every row number an object of its own, and loading it took longer than it
    saves; a NumPy archive also loads without running any code from the file)."""
    import numpy as np

    # (a newline separates the words; an empty stem stands for "the word itself", so a word whose stem is empty
    # is left out: none is, since only a word of four letters or more loses its proclitics)
    entries = {w: e for w, e in entries.items() if "\n" not in w and "\n" not in e[5] and e[5]}
    rows, ends = array("I"), array("I")
    for e in entries.values():
        rows.extend(e[0])
        ends.append(len(rows))
    values = list(entries.values())

    def text(strings) -> np.ndarray:
        return np.frombuffer("\n".join(strings).encode("utf-8"), dtype=np.uint8)

    return {"format": np.array(FORMAT), "digest": np.array(digest), "words": text(entries),
            "stems": text("" if e[5] == w else e[5] for w, e in entries.items()),
            "rows": np.array(rows, dtype=np.uint32),
            "ends": np.array(ends, dtype=np.uint32),
            "flags": np.array([e[6] | e[7] << 1 | e[8] << 2 for e in values], dtype=np.uint8),
            "st3": np.array([-1 if e[9] is None else e[9] for e in values], dtype=np.int32)}


class Prefill:
    """The shipped entries of one model, each turned into its ``Featurizer._type_rows`` tuple when a process first
    meets the word (``take``): loading stays a few look-up tables, and each worker builds only the entries of
    the words it sees."""

    def __init__(self, data):
        words = data["words"].tobytes().decode("utf-8").split("\n")
        self.index = dict(zip(words, range(len(words))))
        self._stems = data["stems"].tobytes().decode("utf-8").split("\n")
        rows = data["rows"]  # (an archive reads a column again at every access)
        self._rows = array("I", rows.astype("uint32").tobytes())
        ends = array("I", data["ends"].astype("uint32").tobytes())
        self._starts = array("I", [0]) + ends[:-1]
        self._ends = ends
        self._flags = data["flags"].tobytes()
        self._st3 = data["st3"].tolist()
        if not len(self._stems) == len(ends) == len(self._flags) == len(self._st3) == len(words):
            raise ValueError("columns of unequal length")
        self._ints = list(range(int(rows.max(initial=0)) + 1))  # (equal row numbers: one int object)

    def take(self, w: str) -> Optional[tuple]:
        """``w``'s entry, or None when it is not pre-computed."""
        i = self.index.get(w)
        if i is None:
            return None
        flags = self._flags[i]
        st3 = self._st3[i]
        stem = self._stems[i]
        return (list(map(self._ints.__getitem__, self._rows[self._starts[i]:self._ends[i]])), None, None, None, None,
                stem or w, bool(flags & 1), bool(flags & 2), bool(flags & 4), None if st3 < 0 else st3)


def load(featurizer, model_dir: Path, path: Optional[Path] = None) -> int:
    """Give ``featurizer`` the shipped entries when the file matches this model and code; the number of words
    it then has pre-computed (0 when the file is absent, stale or unreadable)."""
    path = Path(path) if path is not None else Path(model_dir) / PREFILL_NAME
    if featurizer.pair_rows is None or not path.is_file():
        return 0
    try:
        import numpy as np

        with np.load(path, allow_pickle=False) as data:
            if int(data["format"]) != FORMAT or str(data["digest"]) != inputs_digest(model_dir):
                return 0
            prefilled = Prefill(data)
    except (OSError, EOFError, KeyError, TypeError, ValueError, UnicodeDecodeError, zipfile.BadZipFile):
        return 0
    featurizer.prefilled = prefilled
    return len(prefilled.index)


def build(model_file: Path, words: Iterable[str], out: Optional[Path] = None) -> Path:
    """Compute the entries of ``words`` with the model at ``model_file`` and write them next to it (atomically:
    a reader never sees half a file)."""
    from hadath.ner.model import NERModel

    model_file = Path(model_file)
    model = NERModel(model_file)
    feat = model.featurizer
    if feat.pair_rows is None:
        raise ValueError(f"{model_file}: the weights cannot be read, so there are no rows to pre-compute")
    feat._cache.clear()
    feat.prefilled = None  # computed afresh, not taken from a previous file
    words = list(dict.fromkeys(w for w in words if w))
    feat.prepare(words)
    entries = {w: feat.type_features(w) for w in words}
    out = Path(out) if out is not None else model_file.parent / PREFILL_NAME
    fd, tmp = tempfile.mkstemp(dir=out.parent, prefix=out.name, suffix=".tmp")
    try:
        import numpy as np

        with os.fdopen(fd, "wb") as f:
            np.savez(f, **pack(entries, inputs_digest(model_file.parent)))
        os.chmod(tmp, 0o644)  # (mkstemp makes it private; it is a package file)
        os.replace(tmp, out)
    except BaseException:
        os.unlink(tmp)
        raise
    return out


def main() -> None:
    """``python -m hadath.ner.prefill [MODEL_FILE]``: rebuild the shipped entries (after changing the model, its
    tables or the feature code; ``hadath train ner`` does it too)."""
    from hadath.ner.model import MODEL_FILE

    model_file = Path(sys.argv[1]) if len(sys.argv) > 1 else MODEL_FILE
    out = build(model_file, vocabulary())
    print(f"{out}: {out.stat().st_size / 1e6:.1f} MB")


if __name__ == "__main__":
    main()

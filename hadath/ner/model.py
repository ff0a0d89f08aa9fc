"""The shipped CRF tagger: loads ``data/ner.crfsuite`` and its lookup tables once per process, tags words.

Labels are IOB2 over PER, ORG, LOC and MISC (ANERcorp's types); ``to_spans`` turns a tag sequence into
entity spans and relabels place names found in the country/city gazetteer as GPE.
"""
from __future__ import annotations

import threading
from pathlib import Path
from typing import Optional, Sequence

from hadath.ner import clusters as clusters_mod
from hadath.ner import gazetteer as gazetteer_mod
from hadath.ner import translit as translit_mod
from hadath.ner.corpus import entity_spans
from hadath.ner.features import Featurizer, Resources
from hadath.text.normalize import normalize_word

DATA_DIR = Path(__file__).resolve().parent / "data"
MODEL_FILE = DATA_DIR / "ner.crfsuite"
COUNTS_FILE = DATA_DIR / "wordcounts.tsv"
GPE_TYPES = {"COUNTRY", "CITY", "BIGCITY"}


class ModelMissingError(RuntimeError):
    """The shipped model file is absent (rebuild it with `hadath train ner`)."""


def load_counts(path: Path = COUNTS_FILE) -> dict[str, int]:
    counts: dict[str, int] = {}
    if path.exists():
        for line in path.read_text(encoding="utf-8").splitlines():
            if line and not line.startswith("#"):
                w, c = line.split("\t")
                counts[w] = int(c)
    return counts


def load_resources(data_dir: Path = DATA_DIR) -> Resources:
    words, phrases = gazetteer_mod.load(data_dir / "gazetteer.tsv")
    memory, memory_phrases = gazetteer_mod.load(data_dir / "memory.tsv")
    return Resources(words=words, phrases=phrases, clusters=clusters_mod.load(data_dir / "clusters.tsv"),
                     counts=load_counts(data_dir / "wordcounts.tsv"), memory=memory,
                     memory_phrases=memory_phrases, translit=translit_mod.load(data_dir / "translit.tsv"))


class NERModel:
    """A CRF tagger plus the featurizer it was trained with."""

    def __init__(self, model_file: Path = MODEL_FILE, resources: Optional[Resources] = None):
        import pycrfsuite

        if not Path(model_file).exists():
            raise ModelMissingError(f"NER model not found at {model_file}; run `hadath train ner`")
        self.resources = resources or load_resources(Path(model_file).parent)
        self.featurizer = Featurizer(self.resources, known=model_attributes(Path(model_file)))
        self.tagger = pycrfsuite.Tagger()
        self.tagger.open(str(model_file))
        self._lock = threading.Lock()  # a crfsuite Tagger is not thread-safe
        self._orgs: Optional[dict[str, list[tuple[str, ...]]]] = None

    def tag(self, words: Sequence[str]) -> list[str]:
        """IOB2 tags for one sentence of *normalized* words."""
        if not words:
            return []
        return self._tag_features(self.featurizer.sentence(words))

    def _tag_features(self, feats: list[list[str]]) -> list[str]:
        with self._lock:
            return self.tagger.tag(feats)

    def tag_raw(self, words: Sequence[str]) -> list[str]:
        """IOB2 tags for one sentence of raw words (normalized here)."""
        return self.tag([normalize_word(w) or w for w in words])

    def spans(self, words: Sequence[str]) -> list[tuple[int, int, str]]:
        """Entity spans (start, end, type) for one sentence of normalized words: the CRF's, plus names from
        the organisation list where the CRF found nothing or only part of the name (unseen groups)."""
        if not words:
            return []
        feat = self.featurizer
        tf = [feat.type_features(w) for w in words]
        out = entity_spans(self._tag_features(feat.sentence_from(words, tf)))
        stems = [f[5] for f in tf]  # the al-less stems, as ``analyse`` gives them
        for s, e in self._org_matches(stems):
            inside = [sp for sp in out if sp[0] < e and s < sp[1]]
            if all(s <= a and b <= e for a, b, _ in inside) and (not inside or inside[0][:2] != (s, e)):
                out = [sp for sp in out if sp not in inside] + [(s, e, "ORG")]
        return sorted(out)

    def _org_matches(self, stems: Sequence[str]) -> list[tuple[int, int]]:
        """Longest matches of the hand-listed organisations (``data/organisations.tsv``)."""
        if self._orgs is None:
            self._orgs = {}
            for line in gazetteer_mod.ORGANISATIONS.read_text(encoding="utf-8").splitlines():
                if line.strip() and not line.startswith("#"):
                    key = gazetteer_mod.key_of(line)
                    self._orgs.setdefault(key[0], []).append(key)
        found = []
        covered = 0  # matches do not overlap
        orgs = self._orgs
        for i in [i for i, st in enumerate(stems) if st in orgs]:
            if i < covered:
                continue
            best = max((len(k) for k in orgs[stems[i]] if tuple(stems[i:i + len(k)]) == k), default=0)
            if best:
                found.append((i, i + best))
                covered = i + best
        return found

    def label_of(self, typ: str, words: Sequence[str]) -> str:
        """Output label of an entity: LOC becomes GPE when it names a known country or city."""
        if typ != "LOC":
            return typ
        key = tuple(self.featurizer.type_features(w)[5] for w in words)
        if len(key) == 1:
            types = set(self.resources.words.get(key[0], ()))
        else:
            types = {t for k, t in self.resources.phrases.get(key[0], ()) if k == key}
        return "GPE" if types & GPE_TYPES else "LOC"


def model_attributes(model_file: Path) -> Optional[frozenset]:
    """The attribute names of a CRFsuite model, read from its attribute dictionary (a CQDB chunk) without
    dumping the whole model; None when the file is not in the expected format (features then go unfiltered).
    """
    import struct

    data = Path(model_file).read_bytes()
    try:
        magic, _, _, _, _, _, n_attrs, _, _, off_attrs, _, _ = struct.unpack_from("<4sI4s9I", data, 0)
        chunk, _, _, _, bwd_size, bwd_off = struct.unpack_from("<4s5I", data, off_attrs)
        if magic != b"lCRF" or chunk != b"CQDB" or bwd_size != n_attrs:
            return None
        names = []
        for off in struct.unpack_from(f"<{bwd_size}I", data, off_attrs + bwd_off):
            start = off_attrs + off + 8
            size = struct.unpack_from("<I", data, start - 4)[0]
            names.append(data[start:start + size - 1].decode("utf-8"))
    except (struct.error, UnicodeDecodeError):
        return None
    return frozenset(names)


_MODEL: Optional[NERModel] = None
_MODEL_LOCK = threading.Lock()


def get_model() -> NERModel:
    """The process-wide model, loaded on first use."""
    global _MODEL
    if _MODEL is None:
        with _MODEL_LOCK:
            if _MODEL is None:
                _MODEL = NERModel()
    return _MODEL

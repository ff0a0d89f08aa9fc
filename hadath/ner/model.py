"""The shipped CRF tagger: loads ``data/ner.crfsuite`` and its lookup tables once per process, tags words.

Labels are IOB2 over PER, ORG, LOC and MISC (ANERcorp's types); ``to_spans`` turns a tag sequence into
entity spans and relabels place names found in the country/city gazetteer as GPE.
"""
from __future__ import annotations

import threading
from itertools import chain, compress
from operator import itemgetter
from pathlib import Path
from typing import Optional, Sequence

from hadath.ner import clusters as clusters_mod
from hadath.ner import gazetteer as gazetteer_mod
from hadath.ner import prefill
from hadath.ner import translit as translit_mod
from hadath.ner.corpus import entity_spans
from hadath.ner.features import Featurizer, Resources
from hadath.ner.scorer import BlockScorer, CRFWeights, ModelFormatError
from hadath.text.normalize import normalize_word

DATA_DIR = Path(__file__).resolve().parent / "data"
MODEL_FILE = DATA_DIR / "ner.crfsuite"
COUNTS_FILE = DATA_DIR / "wordcounts.tsv"
GPE_TYPES = {"COUNTRY", "CITY", "BIGCITY"}
_STEM = itemgetter(5)  # a type-feature tuple's al-less stem


class ModelMissingError(RuntimeError):
    """The shipped model file is absent (rebuild it with `hadath train ner`)."""


def load_counts(path: Path = COUNTS_FILE) -> dict[str, int]:
    counts: dict[str, int] = {}
    if path.exists():
        rows = [line for line in path.read_text(encoding="utf-8").splitlines() if line and not line.startswith("#")]
        cells = "\t".join(rows).split("\t")
        if len(cells) == 2 * len(rows) and all("\t" in line for line in rows):
            return dict(zip(cells[::2], map(int, cells[1::2])))  # one tab a line: one split for the whole file
        for line in rows:
            w, c = line.split("\t")  # raises on the malformed line
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
        if not Path(model_file).exists():
            raise ModelMissingError(f"NER model not found at {model_file}; run `hadath train ner`")
        self.resources = resources or load_resources(Path(model_file).parent)
        self._model_file = Path(model_file)
        self._tagger = None
        self._lock = threading.Lock()  # a crfsuite Tagger is not thread-safe
        self._orgs: Optional[dict[str, list[tuple[str, ...]]]] = None
        # Run time decodes from cached per-type score blocks (scorer.py) over the model's attribute ids;
        # crfsuite's tagger remains for a model file whose weights cannot be read.
        try:
            weights = CRFWeights.read(model_file)
        except ModelFormatError:
            self.scorer = None
            self.featurizer = Featurizer(self.resources)
            self._tagger = self._open_tagger()  # it decodes: opened now (a file it cannot read fails here)
        else:
            self.scorer = BlockScorer(weights)
            self.featurizer = Featurizer(self.resources, known=frozenset(weights.index), attr_ids=weights.index,
                                         pair_rows=self.scorer.rows)
            # the vocabulary's rows, pre-computed and shipped (prefill.py): not computed again by every worker
            prefill.load(self.featurizer, self._model_file.parent)

    @property
    def tagger(self):
        """crfsuite's tagger for the model file, opened on first use: documents are decoded by the scorer, so
        only a model whose weights cannot be read, the marginals and checks need it (and every process that
        loads the model would pay for importing and opening it)."""
        if self._tagger is None:
            self._tagger = self._open_tagger()
        return self._tagger

    def _open_tagger(self):
        import pycrfsuite

        tagger = pycrfsuite.Tagger()
        tagger.open(str(self._model_file))
        return tagger

    def tag(self, words: Sequence[str]) -> list[str]:
        """IOB2 tags for one sentence of *normalized* words."""
        if not words:
            return []
        return self._decode([words])[0][0]

    def _decode(self, sentences: Sequence[Sequence[str]]) -> tuple[list[list[str]], list[list[tuple]]]:
        """(tags, type features) of each sentence."""
        return self._decode_stems(sentences)[:2]

    def _decode_stems(self, sentences: Sequence[Sequence[str]]) -> tuple[list, list, list]:
        """(tags, type features, al-less stems) of each sentence."""
        feat = self.featurizer
        if self.scorer is not None and feat.prepare(chain.from_iterable(sentences)):
            # every word is in the cache now (the new ones computed together): one C-level look-up pass each
            get = feat._cache.__getitem__
            tfs = [list(map(get, words)) for words in sentences]
        else:
            cached, compute = feat._cache.get, feat.type_features  # (most words cached: no method call for them)
            tfs = [[cached(w) or compute(w) for w in words] for words in sentences]
        stems = [list(map(_STEM, tf)) for tf in tfs]
        if self.scorer is not None:
            extras = feat.score_extras
            tags = self.scorer.decode([(words, tf, extras(words, tf, st))
                                       for words, tf, st in zip(sentences, tfs, stems)])
        else:
            with self._lock:
                tags = [self.tagger.tag(feat.sentence_from(words, tf)) if words else []
                        for words, tf in zip(sentences, tfs)]
        return tags, tfs, stems

    def tag_raw(self, words: Sequence[str]) -> list[str]:
        """IOB2 tags for one sentence of raw words (normalized here)."""
        return self.tag([normalize_word(w) or w for w in words])

    def spans(self, words: Sequence[str]) -> list[tuple[int, int, str]]:
        """Entity spans (start, end, type) for one sentence of normalized words (see ``document_spans``)."""
        return self.document_spans([words])[0]

    def document_spans(self, sentences: Sequence[Sequence[str]]) -> list[list[tuple[int, int, str]]]:
        """Entity spans (start, end, type) for each sentence of normalized words, decoded together: the CRF's,
        plus names from the organisation list where the CRF found nothing or only part of the name (unseen
        groups)."""
        tags, _, stems = self._decode_stems(sentences)
        return [self._with_organisations(entity_spans(t), st) for t, st in zip(tags, stems)]

    def _with_organisations(self, out: list, stems: Sequence[str]) -> list[tuple[int, int, str]]:
        """``out`` plus listed organisations (``stems`` are the al-less stems, as ``analyse`` gives them). A listed
        name replaces the CRF's spans inside it or across its edge (بوكو [حرام قرية]); a CRF name that holds the
        whole listed one (جماعة بوكو حرام النيجيرية, or the same span) stays."""
        for s, e in self._org_matches(stems):
            overlapping = [sp for sp in out if sp[0] < e and s < sp[1]]
            if not any(a <= s and e <= b for a, b, _ in overlapping):
                out = [sp for sp in out if sp not in overlapping] + [(s, e, "ORG")]
        return sorted(out)

    def clear_caches(self) -> None:
        """Forget every per-word-type result (benchmarks measure the cold path with it)."""
        self.featurizer._cache.clear()
        if self.scorer is not None:
            self.scorer.clear()

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
        for i in list(compress(range(len(stems)), map(orgs.__contains__, stems))):
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
    """The attribute names of a CRFsuite model; None when the file is not in the expected format (features
    then go unfiltered)."""
    try:
        return frozenset(CRFWeights.read(model_file).index)
    except ModelFormatError:
        return None


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

"""Word clusters from unlabelled, redistributable text: k-means over PPMI-SVD context vectors.

Names share contexts (``قال X``، ``في X``), so clustering stems by their left and right neighbours groups
unseen names with seen ones. Built at training time with numpy/scipy and shipped as ``data/clusters.tsv``
(stem, frequency, coarse and fine cluster ids).
"""
from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Sequence

DATA_DIR = Path(__file__).resolve().parent / "data"
CLUSTERS = DATA_DIR / "clusters.tsv"


def build(stem_sents: Sequence[Sequence[str]], out: Path = CLUSTERS, ks: tuple[int, ...] = (64, 512),
          min_count: int = 2, n_context: int = 4000, dim: int = 60, seed: int = 13) -> dict[str, int]:
    """Cluster the words of ``stem_sents`` (sentences of clitic-stripped stems) and write the TSV."""
    import numpy as np
    from scipy import sparse
    from scipy.cluster.vq import kmeans2
    from scipy.sparse.linalg import svds

    freq = Counter(w for s in stem_sents for w in s)
    vocab = [w for w, c in freq.most_common() if c >= min_count]
    index = {w: i for i, w in enumerate(vocab)}
    ctx = {w: i for i, w in enumerate(vocab[:n_context])}
    rows, cols = [], []
    for s in stem_sents:
        padded = ["<s>", "<s>"] + s + ["</s>", "</s>"]
        for i in range(2, len(padded) - 2):
            r = index.get(padded[i])
            if r is None:
                continue
            for off, slot in ((-2, 0), (-1, 1), (1, 2), (2, 3)):
                c = ctx.get(padded[i + off])
                if c is not None:
                    rows.append(r)
                    cols.append(slot * n_context + c)
    m = sparse.coo_matrix((np.ones(len(rows), dtype=np.float64), (rows, cols)),
                          shape=(len(vocab), 4 * n_context)).tocsr()
    m.sum_duplicates()
    total = m.sum()
    row = np.asarray(m.sum(axis=1)).ravel()
    col = np.asarray(m.sum(axis=0)).ravel() ** 0.75
    col = col / col.sum()
    m = m.tocoo()
    pmi = np.log(m.data * 1.0 / (row[m.row] / total) / col[m.col] / total)
    keep = pmi > 0
    ppmi = sparse.csr_matrix((pmi[keep], (m.row[keep], m.col[keep])), shape=m.shape)
    u, s, _ = svds(ppmi, k=min(dim, min(ppmi.shape) - 1), random_state=seed)
    vec = u * np.sqrt(s)
    vec /= np.linalg.norm(vec, axis=1, keepdims=True) + 1e-9
    rng = np.random.default_rng(seed)
    coarse_k, fine_k = ks
    _, coarse = kmeans2(vec, coarse_k, minit="++", seed=rng, iter=20)
    # Fine clusters split each coarse one (hierarchical: far cheaper than one large k-means).
    per = max(2, fine_k // coarse_k)
    fine = np.zeros(len(vocab), dtype=np.int64)
    for c in range(coarse_k):
        idx = np.flatnonzero(coarse == c)
        if len(idx) > per * 2:
            _, sub = kmeans2(vec[idx], per, minit="++", seed=rng, iter=10)
            fine[idx] = c * per + sub
        else:
            fine[idx] = c * per
    labels = [coarse, fine]
    lines = ["# stem<TAB>frequency<TAB>cluster ids (coarse..fine), built by `hadath train ner`"]
    for i, w in enumerate(vocab):
        lines.append("\t".join([w, str(freq[w])] + [str(lab[i]) for lab in labels]))
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return {"stems": len(vocab)}


def load(path: Path = CLUSTERS) -> dict[str, tuple[str, ...]]:
    """stem -> cluster ids (coarse..fine)."""
    clusters: dict[str, tuple[str, ...]] = {}
    if not path.exists():
        return clusters
    ids: dict[str, tuple[str, ...]] = {}  # one tuple per distinct id columns (a few hundred)
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or not line:
            continue
        stem, _, rest = line.partition("\t")
        _, tab, id_text = rest.partition("\t")
        if not tab:  # fewer than three columns: no cluster ids
            clusters[stem] = ()
            continue
        cluster_ids = ids.get(id_text)
        if cluster_ids is None:
            cluster_ids = ids[id_text] = tuple(id_text.split("\t"))
        clusters[stem] = cluster_ids
    return clusters

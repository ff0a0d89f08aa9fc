"""Train the convolutional NER tagger on ANERcorp train minus dev and export NumPy weights.

    python -m hadath.ner.neural.train [--shared PATH] [--epochs N] [--seed S] [--out FILE]

Needs torch (training-only extra). Inputs come from the CRF's lookup tables in ``hadath/ner/data`` (built by
`hadath train ner` from training text only); training sentences get name memory jackknife-style, as the CRF
does. The dev split (last tenth of ANERcorp train) is scored, never trained on.
"""
from __future__ import annotations

import argparse
import random
import time
from collections import Counter
from pathlib import Path
from typing import Optional, Sequence

import numpy as np

from hadath.ner.corpus import Sentence, anercorp_split
from hadath.ner.evaluate import score
from hadath.ner.features import Featurizer
from hadath.ner.model import DATA_DIR as CRF_DATA_DIR
from hadath.ner.model import load_resources
from hadath.ner.neural.decode import LABELS, viterbi_batch
from hadath.ner.neural.inputs import InputBuilder, Vocab, char_ids, char_vocab
from hadath.ner.train import FOLDS, build_memory, pieces_to_tokens, to_pieces, with_memory

OUT_FILE = Path(__file__).resolve().parent / "data" / "ner_cnn.npz"
LABEL_ID = {x: i for i, x in enumerate(LABELS)}
HPARAMS = dict(wdim=64, cdim=24, cfilt=64, bdim=64, hid=128, dilations=(1, 2, 1), dropout=0.3)


class Prepared:
    """Padded-on-demand inputs of a sentence set: word ids, bag ids, words, tags, and corpus projection."""

    def __init__(self):
        self.wids: list[list[int]] = []
        self.bags: list[list[list[int]]] = []
        self.words: list[list[str]] = []
        self.tags: list[list[int]] = []
        self.meta: list[tuple[list[int], int]] = []  # (piece -> corpus token, number of corpus tokens)
        self.gold: list[list[str]] = []


def _add(prep: Prepared, builder: InputBuilder, sent: Sentence) -> None:
    words, tags, owner = to_pieces(sent)
    wid, bags, _ = builder.sentence_bags(words)
    prep.wids.append(wid)
    prep.bags.append(bags)
    prep.words.append(words)
    prep.tags.append([LABEL_ID[t] for t in tags])
    prep.meta.append((owner, len(sent[0])))
    prep.gold.append(sent[1])


def prepare(train: Sequence[Sentence], dev: Sequence[Sentence], data_dir: Path = CRF_DATA_DIR,
            min_count: int = 2):
    """(train, dev, vocabs): train features use jackknifed name memory; vocabularies come from train only."""
    res = load_resources(data_dir)
    analyse = Featurizer(res).analyse
    pieces = [to_pieces(s)[0] for s in train]
    stems = Counter(analyse(w)[1] for ws in pieces for w in ws)
    words = Vocab([w for w, n in sorted(stems.items(), key=lambda x: (-x[1], x[0])) if n >= min_count])
    chars = char_vocab([w for ws in pieces for w in ws])
    bags = Vocab()
    tr = Prepared()
    order = []
    for k in range(FOLDS):
        others = [s for i, s in enumerate(train) if i % FOLDS != k]
        feat = Featurizer(with_memory(res, *build_memory(others, analyse)))
        b = InputBuilder(feat, words, chars, bags, grow=True)
        for i, s in enumerate(train):
            if i % FOLDS == k:
                _add(tr, b, s)
                order.append(i)
    # Back to corpus order (the fold loop visits sentences out of order).
    perm = np.argsort(order)
    for name in ("wids", "bags", "words", "tags", "meta", "gold"):
        setattr(tr, name, [getattr(tr, name)[i] for i in perm])
    dv = Prepared()
    b = InputBuilder(Featurizer(res), words, chars, bags)
    for s in dev:
        _add(dv, b, s)
    return tr, dv, (words, chars, bags)


def _pad(prep: Prepared, idx: Sequence[int], chars: Vocab, crf=None):
    import torch

    n = len(idx)
    L = max(len(prep.wids[i]) for i in idx)
    K = max((len(b) for i in idx for b in prep.bags[i]), default=1) or 1
    wid = np.zeros((n, L), dtype=np.int64)
    bag = np.zeros((n, L, K), dtype=np.int64)
    uid = np.zeros((n, L), dtype=np.int64)
    y = np.zeros((n, L), dtype=np.int64)
    mask = np.zeros((n, L), dtype=bool)
    cm = np.zeros((n, L, len(LABELS)), dtype=np.float32)
    uniq: dict[str, int] = {}
    for r, i in enumerate(idx):
        m = len(prep.wids[i])
        wid[r, :m] = prep.wids[i]
        y[r, :m] = prep.tags[i]
        mask[r, :m] = True
        for j, bb in enumerate(prep.bags[i]):
            bag[r, j, :len(bb)] = bb
        for j, w in enumerate(prep.words[i]):
            uid[r, j] = uniq.setdefault(w, len(uniq))
        if crf is not None:
            cm[r, :m] = crf[i]
    ch = char_ids(list(uniq), chars)
    t = torch.from_numpy
    return t(wid), t(bag), t(ch), t(uid), t(mask), t(y), t(cm)


def fit(tr: Prepared, vocabs, epochs: int = 12, seed: int = 13, batch: int = 32, lr: float = 2e-3,
        word_dropout: float = 0.1, crf_train=None, log=print, hparams: Optional[dict] = None):
    """Train a ConvTagger with token cross-entropy (Adam); returns the module in eval mode."""
    import torch

    from hadath.ner.neural.network import ConvTagger

    torch.set_num_threads(1)
    torch.manual_seed(seed)
    rng = random.Random(seed)
    words, chars, bags = vocabs
    hp = dict(HPARAMS, **(hparams or {}))
    net = ConvTagger(len(words), len(chars), len(bags), len(LABELS), crf_in=len(LABELS) if crf_train else 0, **hp)
    opt = torch.optim.Adam(net.parameters(), lr=lr)
    idx = list(range(len(tr.wids)))
    loss_fn = torch.nn.CrossEntropyLoss(reduction="sum")
    for ep in range(epochs):
        net.train()
        t0 = time.perf_counter()
        # Length-bucketed batches (sorted within chunks of 20 batches) keep padding small.
        rng.shuffle(idx)
        chunks = [sorted(idx[i:i + batch * 20], key=lambda j: len(tr.wids[j])) for i in range(0, len(idx), batch * 20)]
        batches = [c[i:i + batch] for c in chunks for i in range(0, len(c), batch)]
        rng.shuffle(batches)
        total, ntok = 0.0, 0
        for bi in batches:
            wid, bag, ch, uid, mask, y, cm = _pad(tr, bi, chars, crf_train)
            if word_dropout:
                drop = (torch.rand(wid.shape) < word_dropout) & (wid > 1)
                wid = wid.masked_fill(drop, 1)
            logits = net(wid, bag, ch, uid, mask, cm if crf_train else None)
            loss = loss_fn(logits[mask], y[mask])
            opt.zero_grad()
            (loss / mask.sum()).backward()
            opt.step()
            total += loss.item()
            ntok += int(mask.sum())
        for g in opt.param_groups:
            g["lr"] = lr * (1 - (ep + 1) / (epochs + 1))  # linear decay
        log(f"epoch {ep + 1}: loss {total / ntok:.4f} ({time.perf_counter() - t0:.0f}s)")
    net.eval()
    return net


def predict_logp(net, prep: Prepared, chars: Vocab, crf=None, batch: int = 64) -> list[np.ndarray]:
    import torch

    out = []
    with torch.no_grad():
        for s in range(0, len(prep.wids), batch):
            bi = list(range(s, min(s + batch, len(prep.wids))))
            wid, bag, ch, uid, mask, _, cm = _pad(prep, bi, chars, crf)
            lp = torch.log_softmax(net(wid, bag, ch, uid, mask, cm if crf is not None else None), -1).numpy()
            out += [lp[r, :len(prep.wids[i])] for r, i in enumerate(bi)]
    return out


def decode(logps: Sequence[np.ndarray]) -> list[list[str]]:
    L = max(len(x) for x in logps)
    arr = np.zeros((len(logps), L, len(LABELS)))
    for i, x in enumerate(logps):
        arr[i, :len(x)] = x
    ys = viterbi_batch(arr, np.array([len(x) for x in logps]))
    return [[LABELS[k] for k in y] for y in ys]


def dev_score(pred_tags: Sequence[Sequence[str]], prep: Prepared) -> dict:
    pred = [pieces_to_tokens(p, owner, n) for p, (owner, n) in zip(pred_tags, prep.meta)]
    return score(prep.gold, pred)


def export(net, vocabs, path: Path = OUT_FILE) -> int:
    """Write weights and vocabularies to one .npz (float16 weights); returns its size in bytes."""
    words, chars, bags = vocabs
    arrays = {k: v.detach().numpy().astype(np.float16) for k, v in net.state_dict().items()}
    arrays["vocab_words"] = np.array(words.items[2:])
    arrays["vocab_chars"] = np.array(chars.items[2:])
    arrays["vocab_bags"] = np.array(bags.items[2:])
    arrays["labels"] = np.array(LABELS)
    arrays["dilations"] = np.array(net.dilations)
    arrays["crf_in"] = np.array(net.crf_in)
    path.parent.mkdir(parents=True, exist_ok=True)
    np.savez_compressed(path, **arrays)
    return path.stat().st_size


def main(argv: Optional[Sequence[str]] = None) -> None:
    from hadath.ner.evaluate import format_scores
    from hadath.paths import shared_dir

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=None)
    ap.add_argument("--epochs", type=int, default=12)
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--out", type=Path, default=OUT_FILE)
    a = ap.parse_args(argv)
    t0 = time.perf_counter()
    shared = a.shared or shared_dir()
    path = shared / "data" / "ner" / "anercorp" / "train.txt"
    if not path.exists():
        raise SystemExit(f"error: ANERcorp train not found at {path} (use --shared)")
    try:
        import torch  # noqa: F401
    except ImportError:
        raise SystemExit("error: training needs torch (the `train` extra): .venv/bin/pip install torch==2.13.0")
    train, dev = anercorp_split(path)
    tr, dv, vocabs = prepare(train, dev)
    print(f"inputs for {len(tr.wids)} train / {len(dv.wids)} dev sentences in {time.perf_counter() - t0:.0f}s; "
          f"vocab sizes {[len(v) for v in vocabs]}")
    net = fit(tr, vocabs, epochs=a.epochs, seed=a.seed)
    sc = dev_score(decode(predict_logp(net, dv, vocabs[1])), dv)
    print(format_scores(sc))
    size = export(net, vocabs, a.out)
    print(f"dev F1 {sc['ALL']['f1']:.4f}  model {size / 1e6:.2f} MB  time {time.perf_counter() - t0:.0f}s  -> {a.out}")


if __name__ == "__main__":
    main()

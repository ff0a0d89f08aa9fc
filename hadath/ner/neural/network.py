"""The torch module trained by ``train.py`` (training only: inference is ``tagger.py`` in NumPy).

Word encoder: stem embedding + char-CNN (max-pooled) + summed embeddings of the discrete knowledge features
(+ optionally the CRF's 9 marginals); sentence encoder: a few residual dilated 1-D convolutions (ID-CNN
style, receptive field 1 + 2 * sum(dilations) words); a linear layer gives per-token tag scores.
"""
from __future__ import annotations

import torch
from torch import nn


def shift_cat(x: torch.Tensor, d: int) -> torch.Tensor:
    """(B, L, H) -> (B, L, 3H): each position's left (t-d), own and right (t+d) vectors, zero outside."""
    B, L, H = x.shape
    z = x.new_zeros(B, d, H)
    padded = torch.cat([z, x, z], dim=1)
    return torch.cat([padded[:, :L], x, padded[:, 2 * d:]], dim=-1)


class ConvTagger(nn.Module):
    def __init__(self, n_words: int, n_chars: int, n_bags: int, n_tags: int, wdim: int = 64, cdim: int = 24,
                 cfilt: int = 64, bdim: int = 64, hid: int = 128, dilations=(1, 2, 1), crf_in: int = 0,
                 dropout: float = 0.3):
        super().__init__()
        self.dilations = tuple(dilations)
        self.word_emb = nn.Embedding(n_words, wdim, padding_idx=0)
        self.char_emb = nn.Embedding(n_chars, cdim, padding_idx=0)
        self.char_conv = nn.Linear(3 * cdim, cfilt)  # width-3 convolution as one matmul
        self.bag_emb = nn.Embedding(n_bags, bdim, padding_idx=0)
        self.crf_in = crf_in
        self.inp = nn.Linear(wdim + cfilt + bdim + crf_in, hid)
        self.convs = nn.ModuleList(nn.Linear(3 * hid, hid) for _ in self.dilations)
        self.out = nn.Linear(hid, n_tags)
        self.drop = nn.Dropout(dropout)

    def forward(self, wid, bag, chars, uid, mask, crf=None):
        c = torch.relu(self.char_conv(shift_cat(self.char_emb(chars), 1))).max(dim=1).values  # (U, cfilt)
        parts = [self.word_emb(wid), c[uid], self.bag_emb(bag).sum(dim=2)]
        if self.crf_in:
            parts.append(crf)
        m = mask.unsqueeze(-1).float()
        h = torch.relu(self.inp(self.drop(torch.cat(parts, dim=-1)))) * m
        for conv, d in zip(self.convs, self.dilations):
            h = (h + torch.relu(conv(shift_cat(self.drop(h), d)))) * m
        return self.out(self.drop(h))

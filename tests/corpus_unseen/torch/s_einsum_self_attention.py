"""Lecture-notes style ("Self-attention from scratch", single head): query/key/value `nn.Linear(bias=False)`,
`torch.einsum("bqd,bkd->bqk", [queries, keys])`, `torch.softmax(score / (self.d_key ** 0.5), dim=2)`,
`torch.einsum("bqk,bkd->bqd", [attention, values])`; a classifier pools the attended sequence by its mean."""
# pivot-corpus: name=AttentionClassifier input_shape=2,7,16
import torch
import torch.nn as nn


class SelfAttention1H(nn.Module):
    def __init__(self, d_model, d_key, d_value):
        super(SelfAttention1H, self).__init__()
        self.d_key = d_key
        self.query = nn.Linear(in_features=d_model, out_features=d_key, bias=False)
        self.key = nn.Linear(in_features=d_model, out_features=d_key, bias=False)
        self.value = nn.Linear(in_features=d_model, out_features=d_value, bias=False)

    def forward(self, x):
        queries = self.query(x)
        keys = self.key(x)
        values = self.value(x)
        score = torch.einsum("bqd,bkd->bqk", [queries, keys])
        attention = torch.softmax(score / (self.d_key ** 0.5), dim=2)
        out = torch.einsum("bqk,bkd->bqd", [attention, values])
        return out


class AttentionClassifier(nn.Module):
    def __init__(self, d_model=16, n_classes=3):
        super().__init__()
        self.attn = SelfAttention1H(d_model, 8, 12)
        self.fc = nn.Linear(12, n_classes)

    def forward(self, x):
        return self.fc(self.attn(x).mean(dim=1))


model = AttentionClassifier()

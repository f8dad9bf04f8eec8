"""LLM-generated style (research-dataset prompt: "Write a PyTorch wide-and-deep model; inputs categorical ids
(N, 3) and numeric features (N, 4)"): one embedding per categorical column in a ModuleList, embeddings concatenated
with the numeric columns; a wide Linear over the numeric features added to the deep output."""
# pivot-corpus: name=WideDeep input_shape=4,3;4,4 input_dtype=int64,float32
import torch
import torch.nn as nn


class WideDeep(nn.Module):
    def __init__(self, cardinalities=(10, 7, 5), emb_dim=4, num_numeric=4, hidden=32):
        super().__init__()
        self.embeddings = nn.ModuleList([nn.Embedding(c, emb_dim) for c in cardinalities])
        deep_in = emb_dim * len(cardinalities) + num_numeric
        self.deep = nn.Sequential(nn.Linear(deep_in, hidden), nn.ReLU(), nn.Linear(hidden, 1))
        self.wide = nn.Linear(num_numeric, 1)

    def forward(self, x_cat, x_num):
        embs = [emb(x_cat[:, i]) for i, emb in enumerate(self.embeddings)]
        deep_in = torch.cat(embs + [x_num], dim=1)
        return self.deep(deep_in) + self.wide(x_num)

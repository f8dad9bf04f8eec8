"""LLM-generated style (Claude, "Generate a PyTorch model: credit-default MLP with embeddings"): one embedding per
categorical column in an nn.ModuleList, `torch.cat([emb(x[:, i]) for i, emb in enumerate(self.embeddings)], 1)`,
a BatchNorm1d MLP and a single logit."""
# pivot-corpus: name=CreditDefaultNet input_shape=4,3 input_dtype=int64
import torch
import torch.nn as nn


class CreditDefaultNet(nn.Module):
    def __init__(self, cardinalities=(2, 4, 3), emb_dim=4, hidden=32):
        super().__init__()
        self.embeddings = nn.ModuleList([nn.Embedding(c, emb_dim) for c in cardinalities])
        in_features = emb_dim * len(cardinalities)
        self.mlp = nn.Sequential(
            nn.Linear(in_features, hidden),
            nn.BatchNorm1d(hidden),
            nn.ReLU(),
            nn.Dropout(0.3),
            nn.Linear(hidden, 1),
        )

    def forward(self, x_cat):
        embedded = [emb(x_cat[:, i]) for i, emb in enumerate(self.embeddings)]
        x = torch.cat(embedded, dim=1)
        return self.mlp(x)

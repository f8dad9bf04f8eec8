"""LLM-generated style ("entity embeddings for categorical tabular data", fastai-like): one nn.Embedding per
categorical column in `nn.ModuleList([nn.Embedding(c, d) for c, d in emb_sizes])`, each applied to `x_cat[:, i]`,
joined with `torch.cat(embs, 1)`, then BatchNorm1d/Linear/ReLU/Dropout."""
# pivot-corpus: name=EntityEmbeddingNet input_shape=4,3 input_dtype=int64
import torch
import torch.nn as nn


class EntityEmbeddingNet(nn.Module):
    def __init__(self, emb_sizes=((10, 4), (12, 3), (10, 2)), hidden=32, n_out=1):
        super().__init__()
        self.embeddings = nn.ModuleList([nn.Embedding(c, d) for c, d in emb_sizes])
        n_emb = sum(d for _, d in emb_sizes)
        self.emb_drop = nn.Dropout(0.1)
        self.mlp = nn.Sequential(nn.BatchNorm1d(n_emb), nn.Linear(n_emb, hidden), nn.ReLU(), nn.Dropout(0.2),
                                 nn.Linear(hidden, n_out))

    def forward(self, x_cat):
        embs = [emb(x_cat[:, i]) for i, emb in enumerate(self.embeddings)]
        x = torch.cat(embs, 1)
        return self.mlp(self.emb_drop(x))


model = EntityEmbeddingNet()

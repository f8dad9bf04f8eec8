"""ut14: a table of category ids embedded one column at a time, `emb(x[:, i])` of a loop's counter over a
ModuleList a comprehension builds: the index drops the column axis (rank 1 into each embedding), the input is the
table (N, columns), and verify draws ids below the smallest vocabulary the built model holds (2, not the first)."""
# pivot-corpus: name=ColumnEmbeddings input_shape=4,3 input_dtype=int64
import torch
import torch.nn as nn


class ColumnEmbeddings(nn.Module):
    def __init__(self, cardinalities=(5, 2, 3), dim=3):
        super().__init__()
        self.embs = nn.ModuleList([nn.Embedding(c, dim) for c in cardinalities])
        self.bn = nn.BatchNorm1d(dim * len(cardinalities))
        self.out = nn.Linear(dim * len(cardinalities), 1)

    def forward(self, x):
        outs = []
        for i, emb in enumerate(self.embs):
            outs.append(emb(x[:, i]))
        h = torch.cat(outs, 1)
        return self.out(torch.relu(self.bn(h)))

"""LLM-generated style (code model, "a deep GRU with dropout and residuals between layers"): `nn.ModuleList([nn.GRU(
input_size if i == 0 else hidden_size, hidden_size, batch_first=True) for i in range(num_layers)])`, looped with
`for i, gru in enumerate(self.grus)` and a residual when sizes match."""
# pivot-corpus: name=DeepResidualGRU input_shape=2,10,8
import torch
import torch.nn as nn


class DeepResidualGRU(nn.Module):
    def __init__(self, input_size=8, hidden_size=16, num_layers=3, num_classes=3, dropout=0.1):
        super().__init__()
        self.grus = nn.ModuleList(
            [nn.GRU(input_size if i == 0 else hidden_size, hidden_size, batch_first=True) for i in range(num_layers)]
        )
        self.dropout = nn.Dropout(dropout)
        self.fc = nn.Linear(hidden_size, num_classes)

    def forward(self, x):
        for i, gru in enumerate(self.grus):
            out, _ = gru(x)
            out = self.dropout(out)
            x = out + x if i > 0 else out
        return self.fc(x[:, -1, :])

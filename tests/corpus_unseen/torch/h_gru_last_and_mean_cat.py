"""LLM-generated style GRU classifier joining the last step and the mean over time:
`torch.cat([out[:, -1, :], out.mean(1)], dim=1)`, then BatchNorm1d and Linear."""
# pivot-corpus: name=GRULastMean input_shape=2,22,5
import torch
import torch.nn as nn


class GRULastMean(nn.Module):
    def __init__(self, input_size=5, hidden_size=24, num_classes=3):
        super().__init__()
        self.gru = nn.GRU(input_size, hidden_size, batch_first=True)
        self.bn = nn.BatchNorm1d(hidden_size * 2)
        self.fc = nn.Linear(hidden_size * 2, num_classes)

    def forward(self, x):
        out, _ = self.gru(x)
        feat = torch.cat([out[:, -1, :], out.mean(1)], dim=1)
        return self.fc(self.bn(feat))


model = GRULastMean()

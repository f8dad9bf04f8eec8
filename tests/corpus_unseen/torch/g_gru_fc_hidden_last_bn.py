"""LLM-generated style GRU classifier: `_, hidden = self.gru(x)`, `hidden[-1]` of the top layer, then
`nn.BatchNorm1d(hidden_size)`, ReLU and a Linear; a `x = x.float()` cast first."""
# pivot-corpus: name=GRUClassifier input_shape=2,20,6
import torch
import torch.nn as nn


class GRUClassifier(nn.Module):
    def __init__(self, input_size=6, hidden_size=32, num_layers=2, num_classes=4, dropout=0.1):
        super().__init__()
        self.gru = nn.GRU(input_size, hidden_size, num_layers=num_layers, batch_first=True, dropout=dropout)
        self.bn = nn.BatchNorm1d(hidden_size)
        self.fc = nn.Linear(hidden_size, num_classes)

    def forward(self, x):
        x = x.float()
        _, hidden = self.gru(x)
        h = hidden[-1]
        h = torch.relu(self.bn(h))
        return self.fc(h)


model = GRUClassifier()

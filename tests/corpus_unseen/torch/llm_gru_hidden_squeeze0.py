"""LLM-generated style GRU classifier: `_, hidden = self.gru(x)`, hidden.squeeze(0) of the single-layer state,
F.softmax(self.fc(hidden), dim=1) as output probabilities."""
# pivot-corpus: name=GRUClassifier input_shape=2,18,3
import torch
import torch.nn as nn
import torch.nn.functional as F


class GRUClassifier(nn.Module):
    def __init__(self, input_size=3, hidden_size=12, num_classes=2):
        super(GRUClassifier, self).__init__()
        self.gru = nn.GRU(input_size, hidden_size, batch_first=True)
        self.fc = nn.Linear(hidden_size, num_classes)

    def forward(self, x):
        _, hidden = self.gru(x)
        hidden = hidden.squeeze(0)
        return F.softmax(self.fc(hidden), dim=1)


model = GRUClassifier()

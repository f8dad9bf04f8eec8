"""BiLSTM with additive attention pooling: `scores = self.attn(out).squeeze(-1)`,
`weights = torch.softmax(scores, dim=1)`, `context = torch.sum(weights.unsqueeze(-1) * out, dim=1)`."""
# pivot-corpus: name=AttnBiLSTM input_shape=2,10,6
import torch
import torch.nn as nn


class AttnBiLSTM(nn.Module):
    def __init__(self, input_size=6, hidden_size=16, num_classes=3):
        super().__init__()
        self.lstm = nn.LSTM(input_size, hidden_size, batch_first=True, bidirectional=True)
        self.attn = nn.Sequential(nn.Linear(2 * hidden_size, hidden_size), nn.Tanh(), nn.Linear(hidden_size, 1))
        self.fc = nn.Linear(2 * hidden_size, num_classes)

    def forward(self, x):
        out, _ = self.lstm(x)
        scores = self.attn(out).squeeze(-1)
        weights = torch.softmax(scores, dim=1)
        context = torch.sum(weights.unsqueeze(-1) * out, dim=1)
        return self.fc(context)


model = AttnBiLSTM()

"""LLM-generated style LSTM with attention pooling: scores = self.attention(out).squeeze(-1),
torch.softmax(scores, dim=1), context = torch.sum(out * weights.unsqueeze(-1), dim=1)."""
# pivot-corpus: name=AttentionLSTM input_shape=2,14,6
import torch
import torch.nn as nn


class AttentionLSTM(nn.Module):
    def __init__(self, input_dim=6, hidden_dim=16, num_classes=3):
        super().__init__()
        self.lstm = nn.LSTM(input_dim, hidden_dim, batch_first=True)
        self.attention = nn.Linear(hidden_dim, 1)
        self.fc = nn.Linear(hidden_dim, num_classes)

    def forward(self, x):
        out, _ = self.lstm(x)
        scores = self.attention(out).squeeze(-1)
        weights = torch.softmax(scores, dim=1)
        context = torch.sum(out * weights.unsqueeze(-1), dim=1)
        return self.fc(context)


model = AttentionLSTM()

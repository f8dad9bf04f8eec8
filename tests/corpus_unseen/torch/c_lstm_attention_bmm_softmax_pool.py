"""LLM-generated style (prompt: "Write an LSTM with attention pooling in PyTorch for multivariate time-series
classification; input shape (N, T, F)"): scores `self.attn(out).squeeze(-1)`, `F.softmax(scores, dim=1)`, the
context `torch.bmm(weights.unsqueeze(1), out).squeeze(1)`."""
# pivot-corpus: name=AttentionLSTM input_shape=4,12,7
import torch
import torch.nn as nn
import torch.nn.functional as F


class AttentionLSTM(nn.Module):
    def __init__(self, input_dim=7, hidden_dim=32, num_classes=4):
        super().__init__()
        self.lstm = nn.LSTM(input_dim, hidden_dim, batch_first=True)
        self.attn = nn.Linear(hidden_dim, 1)
        self.fc = nn.Linear(hidden_dim, num_classes)

    def forward(self, x):
        out, _ = self.lstm(x)                          # (N, T, H)
        scores = self.attn(out).squeeze(-1)            # (N, T)
        weights = F.softmax(scores, dim=1)
        context = torch.bmm(weights.unsqueeze(1), out).squeeze(1)   # (N, H)
        return self.fc(context)

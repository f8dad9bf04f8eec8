"""LLM-generated style (Claude, "an attention-LSTM for time-series classification"): scores
`self.context(torch.tanh(self.attn(out)))`, `torch.softmax(scores, dim=1)`, the context vector
`torch.sum(weights * out, dim=1)`, and the model returns both logits and attention weights."""
# pivot-corpus: name=AttentionLSTM input_shape=2,14,5
import torch
import torch.nn as nn


class AttentionLSTM(nn.Module):
    def __init__(self, input_dim=5, hidden_dim=32, attn_dim=16, num_classes=4):
        super().__init__()
        self.lstm = nn.LSTM(input_dim, hidden_dim, batch_first=True)
        self.attn = nn.Linear(hidden_dim, attn_dim)
        self.context = nn.Linear(attn_dim, 1, bias=False)
        self.fc = nn.Linear(hidden_dim, num_classes)

    def forward(self, x):
        out, _ = self.lstm(x)                                   # (B, T, H)
        scores = self.context(torch.tanh(self.attn(out)))       # (B, T, 1)
        weights = torch.softmax(scores, dim=1)                  # (B, T, 1)
        context = torch.sum(weights * out, dim=1)               # (B, H)
        logits = self.fc(context)
        return logits, weights.squeeze(-1)

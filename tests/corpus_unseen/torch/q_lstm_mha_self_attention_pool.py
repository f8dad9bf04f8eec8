"""LLM-generated style ("LSTM + multi-head self-attention for stock trend classification"): an LSTM, then
`nn.MultiheadAttention(hidden, num_heads=4, batch_first=True)` called as `self.attn(out, out, out)`, a residual
LayerNorm `self.norm(out + attn_out)`, mean over time."""
# pivot-corpus: name=LSTMSelfAttention input_shape=2,20,6
import torch
import torch.nn as nn


class LSTMSelfAttention(nn.Module):
    def __init__(self, n_features=6, hidden=32, num_heads=4, n_classes=3):
        super().__init__()
        self.lstm = nn.LSTM(n_features, hidden, batch_first=True)
        self.attn = nn.MultiheadAttention(hidden, num_heads=num_heads, batch_first=True)
        self.norm = nn.LayerNorm(hidden)
        self.fc = nn.Linear(hidden, n_classes)

    def forward(self, x):
        out, _ = self.lstm(x)
        attn_out, _ = self.attn(out, out, out)
        out = self.norm(out + attn_out)
        return self.fc(out.mean(dim=1))


model = LSTMSelfAttention()

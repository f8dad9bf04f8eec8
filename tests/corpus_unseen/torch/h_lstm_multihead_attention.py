"""LLM-generated style LSTM with self-attention on top: `nn.MultiheadAttention(hidden, num_heads=4,
batch_first=True)`, `attn_out, _ = self.attn(out, out, out)`, residual add and LayerNorm, mean over time."""
# pivot-corpus: name=LSTMSelfAttention input_shape=2,16,6
import torch.nn as nn


class LSTMSelfAttention(nn.Module):
    def __init__(self, input_size=6, hidden_size=32, num_heads=4, num_classes=3):
        super().__init__()
        self.lstm = nn.LSTM(input_size, hidden_size, batch_first=True)
        self.attn = nn.MultiheadAttention(hidden_size, num_heads=num_heads, batch_first=True)
        self.norm = nn.LayerNorm(hidden_size)
        self.fc = nn.Linear(hidden_size, num_classes)

    def forward(self, x):
        out, _ = self.lstm(x)
        attn_out, _ = self.attn(out, out, out)
        out = self.norm(out + attn_out)
        return self.fc(out.mean(dim=1))


model = LSTMSelfAttention()

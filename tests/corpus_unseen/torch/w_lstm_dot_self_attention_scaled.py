"""LLM-generated style (Mistral, "an LSTM followed by scaled dot-product self-attention"): `scores = torch.bmm(out,
out.transpose(1, 2)) / math.sqrt(self.hidden_size)`, `torch.softmax(scores, dim=-1)`, `torch.bmm(attn, out)`, then
`attended.mean(dim=1)`."""
# pivot-corpus: name=SelfAttentionLSTM input_shape=2,8,6
import math

import torch
import torch.nn as nn


class SelfAttentionLSTM(nn.Module):
    def __init__(self, input_size=6, hidden_size=16, num_classes=2):
        super().__init__()
        self.hidden_size = hidden_size
        self.lstm = nn.LSTM(input_size, hidden_size, batch_first=True)
        self.fc = nn.Linear(hidden_size, num_classes)

    def forward(self, x):
        out, _ = self.lstm(x)
        scores = torch.bmm(out, out.transpose(1, 2)) / math.sqrt(self.hidden_size)
        attn = torch.softmax(scores, dim=-1)
        attended = torch.bmm(attn, out)
        return self.fc(attended.mean(dim=1))

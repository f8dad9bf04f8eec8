"""LLM-generated style (research-dataset prompt: "Write a PyTorch model class for speech emotion recognition with
an attention-pooled BiLSTM; input shape (N, T, F)"): attention scores squeezed to (N, T), softmax over time, and
`torch.bmm(w.unsqueeze(1), out).squeeze(1)`."""
# pivot-corpus: name=AttnBiLSTM input_shape=4,20,13
import torch
import torch.nn as nn
import torch.nn.functional as F


class AttnBiLSTM(nn.Module):
    def __init__(self, n_mfcc=13, hidden=24, n_emotions=4):
        super().__init__()
        self.bilstm = nn.LSTM(n_mfcc, hidden, batch_first=True, bidirectional=True)
        self.attn = nn.Linear(hidden * 2, 1)
        self.out = nn.Linear(hidden * 2, n_emotions)

    def forward(self, x):
        out, _ = self.bilstm(x)
        w = self.attn(out).squeeze(-1)
        w = F.softmax(w, dim=1)
        ctx = torch.bmm(w.unsqueeze(1), out).squeeze(1)
        return self.out(ctx)

"""LLM-generated style (research-dataset prompt: "Write a PyTorch model class for sentiment of sensor sequences
with attention; input shape (N, T, F)"): LSTM outputs scored by `nn.Linear(H, 1)`, `torch.softmax(..., dim=1)`, and
the context `(weights * out).sum(1)`."""
# pivot-corpus: name=AttentionLSTM input_shape=4,16,10
import torch
import torch.nn as nn


class AttentionLSTM(nn.Module):
    def __init__(self, input_dim=10, hidden_dim=32, num_classes=3):
        super().__init__()
        self.lstm = nn.LSTM(input_dim, hidden_dim, batch_first=True)
        self.attention = nn.Linear(hidden_dim, 1)
        self.classifier = nn.Linear(hidden_dim, num_classes)

    def forward(self, x):
        out, _ = self.lstm(x)                      # (N, T, H)
        scores = self.attention(out)               # (N, T, 1)
        weights = torch.softmax(scores, dim=1)     # over time
        context = (weights * out).sum(1)           # (N, H)
        return self.classifier(context)

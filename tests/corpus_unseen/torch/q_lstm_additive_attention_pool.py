"""LLM-generated style ("LSTM with attention for ECG beat classification"): `self.attention = nn.Sequential(
nn.Linear(h, h), nn.Tanh(), nn.Linear(h, 1))`, `weights = torch.softmax(scores, dim=1)`, context as
`torch.sum(weights * lstm_out, dim=1)`."""
# pivot-corpus: name=AttentionLSTMClassifier input_shape=2,60,2
import torch
import torch.nn as nn


class AttentionLSTMClassifier(nn.Module):
    def __init__(self, input_dim=2, hidden_dim=32, num_classes=4):
        super().__init__()
        self.lstm = nn.LSTM(input_dim, hidden_dim, batch_first=True)
        self.attention = nn.Sequential(nn.Linear(hidden_dim, hidden_dim), nn.Tanh(), nn.Linear(hidden_dim, 1))
        self.classifier = nn.Linear(hidden_dim, num_classes)

    def forward(self, x):
        lstm_out, _ = self.lstm(x)                      # (B, T, H)
        scores = self.attention(lstm_out)               # (B, T, 1)
        weights = torch.softmax(scores, dim=1)
        context = torch.sum(weights * lstm_out, dim=1)  # (B, H)
        return self.classifier(context)


model = AttentionLSTMClassifier()

"""LLM-generated style (prompt: "LSTM with attention over time for multivariate sequence classification, return
the attention weights too; input (N, T, F)"): `self.attention = nn.Linear(hidden_size, 1)`, `weights =
torch.softmax(scores.squeeze(-1), dim=1)`, `context = torch.sum(weights.unsqueeze(-1) * lstm_out, dim=1)`, and
`return logits, weights`."""
# pivot-corpus: name=AttentionLSTM input_shape=4,25,8
import torch
import torch.nn as nn


class AttentionLSTM(nn.Module):
    def __init__(self, input_size=8, hidden_size=32, num_layers=1, num_classes=4):
        super(AttentionLSTM, self).__init__()
        self.lstm = nn.LSTM(input_size, hidden_size, num_layers, batch_first=True)
        self.attention = nn.Linear(hidden_size, 1)
        self.fc = nn.Linear(hidden_size, num_classes)

    def forward(self, x):
        lstm_out, _ = self.lstm(x)                    # (N, T, H)
        scores = self.attention(lstm_out)             # (N, T, 1)
        weights = torch.softmax(scores.squeeze(-1), dim=1)
        context = torch.sum(weights.unsqueeze(-1) * lstm_out, dim=1)
        logits = self.fc(context)
        return logits, weights

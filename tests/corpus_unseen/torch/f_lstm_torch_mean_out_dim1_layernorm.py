"""LLM-generated style (prompt: "LSTM model for human activity recognition that averages the outputs over time;
input (N, T, F)"): `nn.LSTM(input_size=..., hidden_size=..., num_layers=..., batch_first=True, dropout=0.2 if
num_layers > 1 else 0.0)`, `nn.LayerNorm(hidden_size)` applied to the whole output sequence, then `torch.mean(out,
1)` (positional dim) into the classifier."""
# pivot-corpus: name=HARLSTM input_shape=4,50,9
import torch
import torch.nn as nn


class HARLSTM(nn.Module):
    def __init__(self, input_size=9, hidden_size=48, num_layers=2, num_classes=6):
        super(HARLSTM, self).__init__()
        self.lstm = nn.LSTM(input_size=input_size, hidden_size=hidden_size, num_layers=num_layers,
                            batch_first=True, dropout=0.2 if num_layers > 1 else 0.0)
        self.norm = nn.LayerNorm(hidden_size)
        self.classifier = nn.Linear(hidden_size, num_classes)

    def forward(self, x):
        out, _ = self.lstm(x)
        out = self.norm(out)
        out = torch.mean(out, 1)
        return self.classifier(out)

"""LLM-generated style bidirectional stacked LSTM classifier: h0/c0 from
`torch.zeros(self.num_layers * 2, x.size(0), self.hidden_size).to(x.device)`, passed as `hidden = (h0, c0)`,
`out, _ = self.lstm(x, hidden)`, the last step `out[:, -1, :]` into the head; dropout between layers."""
# pivot-corpus: name=BiLSTMClassifier input_shape=2,20,8
import torch
import torch.nn as nn


class BiLSTMClassifier(nn.Module):
    def __init__(self, input_size=8, hidden_size=32, num_layers=2, num_classes=3, dropout=0.2):
        super(BiLSTMClassifier, self).__init__()
        self.hidden_size = hidden_size
        self.num_layers = num_layers
        self.lstm = nn.LSTM(input_size, hidden_size, num_layers=num_layers, batch_first=True,
                            dropout=dropout, bidirectional=True)
        self.fc = nn.Linear(hidden_size * 2, num_classes)

    def forward(self, x):
        h0 = torch.zeros(self.num_layers * 2, x.size(0), self.hidden_size).to(x.device)
        c0 = torch.zeros(self.num_layers * 2, x.size(0), self.hidden_size).to(x.device)
        hidden = (h0, c0)
        out, _ = self.lstm(x, hidden)
        out = out[:, -1, :]
        out = self.fc(out)
        return out


model = BiLSTMClassifier()

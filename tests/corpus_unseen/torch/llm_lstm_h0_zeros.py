"""LLM-generated style LSTM classifier: h0/c0 built with torch.zeros(self.num_layers, x.size(0),
self.hidden_size).to(x.device) and passed in, out[:, -1, :] into the Linear head."""
# pivot-corpus: name=LSTMClassifier input_shape=2,20,8
import torch
import torch.nn as nn


class LSTMClassifier(nn.Module):
    def __init__(self, input_size=8, hidden_size=32, num_layers=2, num_classes=3):
        super(LSTMClassifier, self).__init__()
        self.hidden_size = hidden_size
        self.num_layers = num_layers
        self.lstm = nn.LSTM(input_size, hidden_size, num_layers, batch_first=True)
        self.fc = nn.Linear(hidden_size, num_classes)

    def forward(self, x):
        h0 = torch.zeros(self.num_layers, x.size(0), self.hidden_size).to(x.device)
        c0 = torch.zeros(self.num_layers, x.size(0), self.hidden_size).to(x.device)
        out, _ = self.lstm(x, (h0, c0))
        out = self.fc(out[:, -1, :])
        return out


model = LSTMClassifier()

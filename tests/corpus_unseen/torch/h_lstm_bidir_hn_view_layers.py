"""LLM-generated style stacked bidirectional LSTM reading the top layer's two directions with
`h_n.view(self.num_layers, 2, batch_size, self.hidden_size)[-1]`, then `torch.cat([h[0], h[1]], dim=-1)`."""
# pivot-corpus: name=BiLSTMTop input_shape=2,18,7
import torch
import torch.nn as nn


class BiLSTMTop(nn.Module):
    def __init__(self, input_size=7, hidden_size=20, num_layers=2, num_classes=4):
        super().__init__()
        self.num_layers = num_layers
        self.hidden_size = hidden_size
        self.lstm = nn.LSTM(input_size, hidden_size, num_layers=num_layers, batch_first=True, bidirectional=True)
        self.classifier = nn.Linear(2 * hidden_size, num_classes)

    def forward(self, x):
        batch_size = x.size(0)
        _, (h_n, _) = self.lstm(x)
        h = h_n.view(self.num_layers, 2, batch_size, self.hidden_size)[-1]
        h = torch.cat([h[0], h[1]], dim=-1)
        return self.classifier(h)


model = BiLSTMTop()

"""LLM-generated style ("simple RNN for univariate time-series classification"): `nn.RNN(nonlinearity='relu',
num_layers=2)`, `_, hn = self.rnn(x)`, `hn[-1, :, :]`, and `F.log_softmax(..., dim=1)`."""
# pivot-corpus: name=SimpleRNNClassifier input_shape=3,25,1
import torch
import torch.nn as nn
import torch.nn.functional as F


class SimpleRNNClassifier(nn.Module):
    def __init__(self, input_size=1, hidden_size=20, num_layers=2, num_classes=3):
        super().__init__()
        self.rnn = nn.RNN(input_size, hidden_size, num_layers=num_layers, nonlinearity="relu", batch_first=True)
        self.fc = nn.Linear(hidden_size, num_classes)

    def forward(self, x):
        _, hn = self.rnn(x)
        out = self.fc(hn[-1, :, :])
        return F.log_softmax(out, dim=1)


model = SimpleRNNClassifier()

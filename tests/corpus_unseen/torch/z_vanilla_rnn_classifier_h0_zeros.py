"""LLM-generated style (research-dataset prompt: "Write a PyTorch model class for human activity recognition;
input shape (N, T, F)"): a vanilla `nn.RNN` classifier with `h0 = torch.zeros(...).to(x.device)` and the last step's
output through a Linear."""
# pivot-corpus: name=RNNClassifier input_shape=4,20,6
import torch
import torch.nn as nn


class RNNClassifier(nn.Module):
    def __init__(self, input_size=6, hidden_size=32, num_layers=2, num_classes=5):
        super(RNNClassifier, self).__init__()
        self.hidden_size = hidden_size
        self.num_layers = num_layers
        self.rnn = nn.RNN(input_size, hidden_size, num_layers, batch_first=True)
        self.fc = nn.Linear(hidden_size, num_classes)

    def forward(self, x):
        h0 = torch.zeros(self.num_layers, x.size(0), self.hidden_size).to(x.device)
        out, _ = self.rnn(x, h0)
        out = self.fc(out[:, -1, :])
        return out

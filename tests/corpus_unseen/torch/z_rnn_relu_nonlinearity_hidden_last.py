"""LLM-generated style (research-dataset prompt: "Write a PyTorch model class for a simple RNN baseline on sensor
data; input shape (N, T, F)"): `nn.RNN(nonlinearity='relu')` with two layers, `hidden[-1]` to a ReLU head."""
# pivot-corpus: name=SimpleRNNBaseline input_shape=4,20,4
import torch.nn as nn
import torch.nn.functional as F


class SimpleRNNBaseline(nn.Module):
    def __init__(self, input_size=4, hidden_size=16, num_layers=2, num_classes=3):
        super().__init__()
        self.rnn = nn.RNN(input_size, hidden_size, num_layers, nonlinearity="relu", batch_first=True)
        self.fc1 = nn.Linear(hidden_size, 16)
        self.fc2 = nn.Linear(16, num_classes)

    def forward(self, x):
        _, hidden = self.rnn(x)
        x = F.relu(self.fc1(hidden[-1]))
        return self.fc2(x)

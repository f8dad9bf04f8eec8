"""LLM-generated style vanilla RNN classifier: nn.RNN with nonlinearity='tanh', the final hidden state h_n[-1]
of the last layer into the head instead of the output sequence."""
# pivot-corpus: name=RNNClassifier input_shape=2,15,10
import torch
import torch.nn as nn


class RNNClassifier(nn.Module):
    def __init__(self, input_size=10, hidden_size=24, num_layers=2, num_classes=4):
        super(RNNClassifier, self).__init__()
        self.rnn = nn.RNN(input_size, hidden_size, num_layers=num_layers, nonlinearity="tanh", batch_first=True)
        self.fc = nn.Linear(hidden_size, num_classes)

    def forward(self, x):
        _, h_n = self.rnn(x)
        return self.fc(h_n[-1])


model = RNNClassifier()

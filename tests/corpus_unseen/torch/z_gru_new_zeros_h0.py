"""LLM-generated style (research-dataset prompt: "Write a PyTorch model class for traffic-speed forecasting; input
shape (N, T, F)"): the initial state made with `x.new_zeros(...)`."""
# pivot-corpus: name=TrafficGRU input_shape=4,12,3
import torch.nn as nn


class TrafficGRU(nn.Module):
    def __init__(self, in_features=3, hidden_size=16, num_layers=1, out_features=1):
        super().__init__()
        self.hidden_size = hidden_size
        self.num_layers = num_layers
        self.gru = nn.GRU(in_features, hidden_size, num_layers, batch_first=True)
        self.linear = nn.Linear(hidden_size, out_features)

    def forward(self, x):
        h0 = x.new_zeros(self.num_layers, x.size(0), self.hidden_size)
        out, h = self.gru(x, h0)
        return self.linear(out[:, -1])

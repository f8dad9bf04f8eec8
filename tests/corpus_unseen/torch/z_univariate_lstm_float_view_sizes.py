"""LLM-generated style (research-dataset prompt: "Write a PyTorch model class for univariate temperature forecasting;
input shape (N, T)"): `x.float().view(x.size(0), x.size(1), 1)` adds the feature axis, an LSTM with keyword
arguments and the last step `lstm_out[:, -1]` (was PIV105 on first contact: the sizes of `x` read through the cast
were not placed)."""
# pivot-corpus: name=TemperatureLSTM input_shape=4,20
import torch.nn as nn


class TemperatureLSTM(nn.Module):
    def __init__(self, hidden_layer_size=16):
        super().__init__()
        self.lstm = nn.LSTM(input_size=1, hidden_size=hidden_layer_size, num_layers=1, batch_first=True)
        self.linear = nn.Linear(hidden_layer_size, 1)

    def forward(self, x):
        x = x.float().view(x.size(0), x.size(1), 1)
        lstm_out, _ = self.lstm(x)
        return self.linear(lstm_out[:, -1])

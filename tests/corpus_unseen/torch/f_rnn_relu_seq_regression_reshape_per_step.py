"""LLM-generated style (prompt: "vanilla RNN sequence-to-sequence regressor predicting a value at every time step,
input (N, T, F)"): `nn.RNN(..., nonlinearity='relu')`, every step to the head by `out.reshape(-1,
self.hidden_size)` then `.reshape(batch_size, seq_len, -1)` with `batch_size, seq_len, _ = x.shape`."""
# pivot-corpus: name=SeqRegressorRNN input_shape=3,20,4
import torch.nn as nn


class SeqRegressorRNN(nn.Module):
    def __init__(self, input_size=4, hidden_size=32, num_layers=2, output_size=2):
        super().__init__()
        self.hidden_size = hidden_size
        self.rnn = nn.RNN(input_size, hidden_size, num_layers, nonlinearity='relu', batch_first=True)
        self.fc = nn.Linear(hidden_size, output_size)

    def forward(self, x):
        batch_size, seq_len, _ = x.shape
        out, _ = self.rnn(x)
        out = out.reshape(-1, self.hidden_size)
        out = self.fc(out)
        return out.reshape(batch_size, seq_len, -1)

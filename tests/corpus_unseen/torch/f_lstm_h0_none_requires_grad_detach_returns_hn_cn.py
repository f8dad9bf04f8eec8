"""LLM-generated style (prompt: "PyTorch LSTM model for stock price prediction, input (N, T, F), following the
classic tutorial"): `forward(self, x, h0=None, c0=None)`, `if h0 is None: h0 = torch.zeros(...).requires_grad_()`,
the states passed as `(h0.detach(), c0.detach())`, and `return out, (hn, cn)` of the head and the final states."""
# pivot-corpus: name=LSTMModel input_shape=3,30,5
import torch
import torch.nn as nn


class LSTMModel(nn.Module):
    def __init__(self, input_dim=5, hidden_dim=48, layer_dim=2, output_dim=1):
        super(LSTMModel, self).__init__()
        self.hidden_dim = hidden_dim
        self.layer_dim = layer_dim
        self.lstm = nn.LSTM(input_dim, hidden_dim, layer_dim, batch_first=True)
        self.fc = nn.Linear(hidden_dim, output_dim)

    def forward(self, x, h0=None, c0=None):
        if h0 is None:
            h0 = torch.zeros(self.layer_dim, x.size(0), self.hidden_dim).requires_grad_()
        if c0 is None:
            c0 = torch.zeros(self.layer_dim, x.size(0), self.hidden_dim).requires_grad_()
        out, (hn, cn) = self.lstm(x, (h0.detach(), c0.detach()))
        out = self.fc(out[:, -1, :])
        return out, (hn, cn)

"""LLM-generated style (ChatGPT, "Generate a PyTorch model: GRU traffic-flow forecaster"): a 2-layer GRU with
dropout, `h0 = torch.zeros(self.num_layers, x.size(0), self.hidden_size)`, `out[:, -1, :]` into a Linear that
predicts a horizon of steps, `.view(-1, self.horizon, 1)`."""
# pivot-corpus: name=TrafficGRU input_shape=2,12,4
import torch
import torch.nn as nn


class TrafficGRU(nn.Module):
    def __init__(self, input_size=4, hidden_size=16, num_layers=2, horizon=3):
        super(TrafficGRU, self).__init__()
        self.hidden_size = hidden_size
        self.num_layers = num_layers
        self.horizon = horizon
        self.gru = nn.GRU(input_size, hidden_size, num_layers, batch_first=True, dropout=0.2)
        self.fc = nn.Linear(hidden_size, horizon)

    def forward(self, x):
        h0 = torch.zeros(self.num_layers, x.size(0), self.hidden_size).to(x.device)
        out, _ = self.gru(x, h0)
        out = self.fc(out[:, -1, :])
        return out.view(-1, self.horizon, 1)

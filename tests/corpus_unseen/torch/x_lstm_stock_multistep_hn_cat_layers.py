"""LLM-generated style (Llama, "Generate a PyTorch model: LSTM multi-step stock-price predictor"): a 2-layer LSTM,
`h_n.permute(1, 0, 2).reshape(x.size(0), -1)` concatenating both layers' last states, a Linear of
`hidden_size * num_layers` to the horizon."""
# pivot-corpus: name=StockLSTM input_shape=2,20,5
import torch
import torch.nn as nn


class StockLSTM(nn.Module):
    def __init__(self, input_size=5, hidden_size=16, num_layers=2, horizon=4):
        super(StockLSTM, self).__init__()
        self.lstm = nn.LSTM(input_size=input_size, hidden_size=hidden_size, num_layers=num_layers,
                            batch_first=True)
        self.fc = nn.Linear(hidden_size * num_layers, horizon)

    def forward(self, x):
        _, (h_n, _) = self.lstm(x)
        h = h_n.permute(1, 0, 2).reshape(x.size(0), -1)
        return self.fc(h)

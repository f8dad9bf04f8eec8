"""LLM-generated style (research-dataset prompt: "Write a PyTorch model class for wind-power forecasting; input
shape (N, T, F)"): an `_init_weights` method looping `for name, param in self.gru.named_parameters()` with
xavier/orthogonal/zeros by name."""
# pivot-corpus: name=WindGRU input_shape=4,24,6
import torch.nn as nn


class WindGRU(nn.Module):
    def __init__(self, input_size=6, hidden_size=32, num_layers=2, output_size=1):
        super().__init__()
        self.gru = nn.GRU(input_size, hidden_size, num_layers, batch_first=True)
        self.fc = nn.Linear(hidden_size, output_size)
        self._init_weights()

    def _init_weights(self):
        for name, param in self.gru.named_parameters():
            if "weight_ih" in name:
                nn.init.xavier_uniform_(param.data)
            elif "weight_hh" in name:
                nn.init.orthogonal_(param.data)
            elif "bias" in name:
                param.data.fill_(0)

    def forward(self, x):
        out, _ = self.gru(x)
        return self.fc(out[:, -1, :])

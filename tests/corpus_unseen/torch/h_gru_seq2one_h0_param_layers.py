"""LLM-generated style GRU predictor with an `init_hidden(batch_size)` method using
`next(self.parameters())` for the device/dtype, `weight.new(...).zero_()`, `out[:, -1]` without the last colon."""
# pivot-corpus: name=GRUNet input_shape=2,16,5
import torch.nn as nn


class GRUNet(nn.Module):
    def __init__(self, input_dim=5, hidden_dim=32, output_dim=1, n_layers=2, drop_prob=0.2):
        super(GRUNet, self).__init__()
        self.hidden_dim = hidden_dim
        self.n_layers = n_layers
        self.gru = nn.GRU(input_dim, hidden_dim, n_layers, batch_first=True, dropout=drop_prob)
        self.fc = nn.Linear(hidden_dim, output_dim)
        self.relu = nn.ReLU()

    def forward(self, x):
        h = self.init_hidden(x.size(0))
        out, h = self.gru(x, h)
        out = self.fc(self.relu(out[:, -1]))
        return out

    def init_hidden(self, batch_size):
        weight = next(self.parameters()).data
        hidden = weight.new(self.n_layers, batch_size, self.hidden_dim).zero_()
        return hidden


model = GRUNet()

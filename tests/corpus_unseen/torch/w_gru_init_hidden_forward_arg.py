"""LLM-generated style (Mistral, "a GRU classifier with an init_hidden method"): `def init_hidden(self, batch_size)`
returning `torch.zeros(self.n_layers, batch_size, self.hidden_dim).to(device)` with a module-level `device`, called
in forward as `h = self.init_hidden(x.size(0))`, and `out[:, -1]` through ReLU and a Linear."""
# pivot-corpus: name=GRUNet input_shape=2,10,5
import torch
import torch.nn as nn

device = torch.device("cuda" if torch.cuda.is_available() else "cpu")


class GRUNet(nn.Module):
    def __init__(self, input_dim=5, hidden_dim=20, output_dim=1, n_layers=2, drop_prob=0.2):
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
        hidden = torch.zeros(self.n_layers, batch_size, self.hidden_dim).to(device)
        return hidden

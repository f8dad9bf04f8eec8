"""A two-layer GRU sequence classifier that reads the output at the last time step."""
# pivot-corpus: name=GRUClassifier input_shape=2,10,8 input_dtype=float32
import torch.nn as nn


class GRUClassifier(nn.Module):
    def __init__(self, input_size=8, hidden_size=32, num_layers=2, num_classes=4):
        super(GRUClassifier, self).__init__()
        self.hidden_size = hidden_size
        self.num_layers = num_layers
        self.gru = nn.GRU(input_size, hidden_size, num_layers, batch_first=True)
        self.fc = nn.Linear(hidden_size, num_classes)

    def forward(self, x):
        # x: (batch, seq_len, input_size)
        out, _ = self.gru(x)          # out: (batch, seq_len, hidden_size)
        out = out[:, -1, :]            # last time step
        out = self.fc(out)
        return out

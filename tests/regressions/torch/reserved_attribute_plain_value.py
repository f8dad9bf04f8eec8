"""gT4: a plain value under a name keras.Model does not let be set (`self.hidden, self.layers = hidden, layers`,
`self.dtype = ...`): migrated as written, exit 0, then AttributeError when the Keras model was built; now renamed
(`self.layers_`) like a layer held under such a name."""
# pivot-corpus: name=Net input_shape=2,6,5
import torch.nn as nn


class Net(nn.Module):
    def __init__(self, hidden=8, layers=2):
        super().__init__()
        self.hidden, self.layers = hidden, layers
        self.variables = 3
        self.gru = nn.GRU(5, hidden, layers, batch_first=True)
        self.fc = nn.Linear(hidden, 2)

    def forward(self, x):
        out, _ = self.gru(x)
        return self.fc(out[:, -1]) * self.layers + self.variables

"""ut18 (f_lstm_autograd_variable_h0_c0): `Variable(torch.zeros(...))` and `Variable(x, requires_grad=False)` of
the pre-0.4 autograd API (a plain tensor since 0.4) were PIV102 ("still uses `Variable` after migration"); the
wrapper is a passthrough of its first argument: Keras gets the tensor it wraps."""
# pivot-corpus: name=Net input_shape=2,7,5
import torch
import torch.nn as nn
from torch.autograd import Variable


class Net(nn.Module):
    def __init__(self, hidden=12):
        super().__init__()
        self.hidden = hidden
        self.gru = nn.GRU(5, hidden, batch_first=True)
        self.fc = nn.Linear(hidden, 3)

    def forward(self, x):
        x = Variable(x, requires_grad=False)
        h0 = Variable(torch.zeros(1, x.size(0), self.hidden))
        out, _ = self.gru(x, h0)
        return self.fc(torch.relu(out[:, -1]))

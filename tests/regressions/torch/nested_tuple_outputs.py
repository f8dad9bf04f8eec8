"""ut16 (the c_ round): a seq2seq encoder returns `outputs, (hidden, cell)`, a tuple nested in the output tuple:
verify failed with "AttributeError: 'tuple' object has no attribute 'detach'" (it read one level of outputs); now
each framework's outputs are compared tensor by tensor, in order (pivot.verify._leaves)."""
# pivot-corpus: name=NestedStateEncoder input_shape=2,7,4
import torch.nn as nn


class NestedStateEncoder(nn.Module):
    def __init__(self, input_size=4, hidden_size=6):
        super().__init__()
        self.rnn = nn.LSTM(input_size, hidden_size, num_layers=2, batch_first=True)

    def forward(self, x):
        outputs, (hidden, cell) = self.rnn(x)
        return outputs, (hidden, cell)

"""LLM-benchmark style (KernelBench-like generated task files): `class Model(nn.Module)` whose constructor takes
every size without defaults, module-level constants, and `get_inputs()` / `get_init_inputs()` functions; the
model is built as `Model(*get_init_inputs())`."""
# pivot-corpus: name=Model input_shape=2,8,10
import torch
import torch.nn as nn


class Model(nn.Module):
    def __init__(self, input_size, hidden_size, num_layers, output_size, dropout=0.0):
        """
        Initialize the LSTM model.

        :param input_size: The number of expected features in the input `x`
        :param hidden_size: The number of features in the hidden state `h`
        :param num_layers: Number of recurrent layers
        :param output_size: The number of output features
        :param dropout: If non-zero, introduces a Dropout layer on the outputs of each LSTM layer
        """
        super(Model, self).__init__()
        self.lstm = nn.LSTM(input_size, hidden_size, num_layers, batch_first=True, dropout=dropout,
                            bidirectional=False)
        self.fc = nn.Linear(hidden_size, output_size)

    def forward(self, x):
        """
        Forward pass through the LSTM model.

        :param x: The input tensor, shape (batch_size, sequence_length, input_size)
        :return: The output tensor, shape (batch_size, output_size)
        """
        out, state = self.lstm(x)
        out = self.fc(out[:, -1, :])
        return out


# Test code
batch_size = 2
sequence_length = 8
input_size = 10
hidden_size = 16
num_layers = 2
output_size = 4
dropout = 0.0


def get_inputs():
    return [torch.randn(batch_size, sequence_length, input_size)]


def get_init_inputs():
    return [input_size, hidden_size, num_layers, output_size, dropout]


model = Model(*get_init_inputs())

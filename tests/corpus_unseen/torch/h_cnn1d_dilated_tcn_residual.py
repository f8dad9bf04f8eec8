"""LLM-generated style temporal conv net for forecasting: residual blocks with dilation 1, 2, 4 and
'same'-style padding `(kernel_size - 1) * dilation // 2`, a 1x1 downsample when channels differ,
last time step `x[:, :, -1]` into Linear."""
# pivot-corpus: name=SimpleTCN input_shape=2,4,64
import torch.nn as nn


class TemporalBlock(nn.Module):
    def __init__(self, n_inputs, n_outputs, kernel_size, dilation, dropout=0.2):
        super().__init__()
        padding = (kernel_size - 1) * dilation // 2
        self.conv1 = nn.Conv1d(n_inputs, n_outputs, kernel_size, padding=padding, dilation=dilation)
        self.relu1 = nn.ReLU()
        self.dropout1 = nn.Dropout(dropout)
        self.conv2 = nn.Conv1d(n_outputs, n_outputs, kernel_size, padding=padding, dilation=dilation)
        self.relu2 = nn.ReLU()
        self.dropout2 = nn.Dropout(dropout)
        self.downsample = nn.Conv1d(n_inputs, n_outputs, 1) if n_inputs != n_outputs else None
        self.relu = nn.ReLU()

    def forward(self, x):
        out = self.dropout1(self.relu1(self.conv1(x)))
        out = self.dropout2(self.relu2(self.conv2(out)))
        res = x if self.downsample is None else self.downsample(x)
        return self.relu(out + res)


class SimpleTCN(nn.Module):
    def __init__(self, num_inputs=4, num_channels=(16, 16, 32), kernel_size=3, output_size=1):
        super().__init__()
        layers = []
        for i, out_ch in enumerate(num_channels):
            in_ch = num_inputs if i == 0 else num_channels[i - 1]
            layers += [TemporalBlock(in_ch, out_ch, kernel_size, dilation=2 ** i)]
        self.network = nn.Sequential(*layers)
        self.linear = nn.Linear(num_channels[-1], output_size)

    def forward(self, x):
        y = self.network(x)
        return self.linear(y[:, :, -1])


model = SimpleTCN()

"""LLM-generated style (prompt: "Write a causal convolution + GRU hybrid in PyTorch for sensor forecasting; input
shape (N, T, F)"): causal Conv1d padded by `(kernel_size - 1) * dilation` on both sides and chomped with
`x[:, :, :-self.padding]`, two dilated layers, then `permute(0, 2, 1)` into a GRU and the last step."""
# pivot-corpus: name=CausalConvGRU input_shape=3,20,4
import torch.nn as nn
import torch.nn.functional as F


class CausalConv1d(nn.Module):
    def __init__(self, in_ch, out_ch, kernel_size, dilation=1):
        super().__init__()
        self.padding = (kernel_size - 1) * dilation
        self.conv = nn.Conv1d(in_ch, out_ch, kernel_size, padding=self.padding, dilation=dilation)

    def forward(self, x):
        x = self.conv(x)
        return x[:, :, :-self.padding]


class CausalConvGRU(nn.Module):
    def __init__(self, n_features=4, channels=16, hidden=32, output_size=1):
        super().__init__()
        self.conv1 = CausalConv1d(n_features, channels, kernel_size=3, dilation=1)
        self.conv2 = CausalConv1d(channels, channels, kernel_size=3, dilation=2)
        self.gru = nn.GRU(channels, hidden, batch_first=True)
        self.fc = nn.Linear(hidden, output_size)

    def forward(self, x):
        x = x.permute(0, 2, 1)
        x = F.relu(self.conv1(x))
        x = F.relu(self.conv2(x))
        x = x.permute(0, 2, 1)
        out, _ = self.gru(x)
        return self.fc(out[:, -1, :])

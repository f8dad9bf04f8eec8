"""LLM-generated style (prompt: "lightweight TCN feature extractor followed by an LSTM for traffic forecasting,
input (N, T, F)"): a CausalConv1d module padding on the left with `F.pad(x, (self.pad, 0))` where `self.pad =
(kernel_size - 1) * dilation`, two dilated layers in an nn.ModuleList, `x.permute(0, 2, 1)` in and out, then an
LSTM and the last step to a horizon head."""
# pivot-corpus: name=TCNLSTM input_shape=4,36,5
import torch.nn as nn
import torch.nn.functional as F


class CausalConv1d(nn.Module):
    def __init__(self, in_ch, out_ch, kernel_size, dilation=1):
        super().__init__()
        self.pad = (kernel_size - 1) * dilation
        self.conv = nn.Conv1d(in_ch, out_ch, kernel_size, dilation=dilation)

    def forward(self, x):
        return self.conv(F.pad(x, (self.pad, 0)))


class TCNLSTM(nn.Module):
    def __init__(self, n_features=5, channels=32, hidden=48, horizon=6):
        super().__init__()
        self.tcn = nn.ModuleList([
            CausalConv1d(n_features, channels, kernel_size=3, dilation=1),
            CausalConv1d(channels, channels, kernel_size=3, dilation=2),
        ])
        self.lstm = nn.LSTM(channels, hidden, batch_first=True)
        self.head = nn.Linear(hidden, horizon)

    def forward(self, x):
        x = x.permute(0, 2, 1)
        for layer in self.tcn:
            x = F.relu(layer(x))
        x = x.permute(0, 2, 1)
        out, _ = self.lstm(x)
        return self.head(out[:, -1, :])

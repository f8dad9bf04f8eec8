"""LLM-generated style (DeepSeek, "Write a PyTorch model class for predictive maintenance from multivariate
vibration sensors, input shape (N, 200, 6)"): `x.permute(0, 2, 1)`, a `nn.ModuleList` of convs built from
`channels = [in_ch] + hidden` with `for i in range(len(channels) - 1)`, functional relu and max_pool1d in the loop,
`F.adaptive_max_pool1d(x, 1).squeeze(-1)` and a regression output."""
# pivot-corpus: name=VibrationRULNet input_shape=4,200,6
import torch
import torch.nn as nn
import torch.nn.functional as F


class VibrationRULNet(nn.Module):
    def __init__(self, in_ch=6, hidden=(16, 32, 64), out_dim=1):
        super().__init__()
        channels = [in_ch] + list(hidden)
        self.convs = nn.ModuleList()
        self.norms = nn.ModuleList()
        for i in range(len(channels) - 1):
            self.convs.append(nn.Conv1d(channels[i], channels[i + 1], kernel_size=3, padding=1))
            self.norms.append(nn.BatchNorm1d(channels[i + 1]))
        self.fc = nn.Linear(channels[-1], out_dim)

    def forward(self, x):
        x = x.permute(0, 2, 1)  # [B, T, C] -> [B, C, T]
        for conv, norm in zip(self.convs, self.norms):
            x = F.relu(norm(conv(x)))
            x = F.max_pool1d(x, kernel_size=2)
        x = F.adaptive_max_pool1d(x, 1).squeeze(-1)
        return self.fc(x)


if __name__ == "__main__":
    m = VibrationRULNet()
    y = m(torch.randn(4, 200, 6))
    assert y.shape == (4, 1)
    print("ok", y.shape)

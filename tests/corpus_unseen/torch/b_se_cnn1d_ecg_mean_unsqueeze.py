"""LLM-generated style (Gemini, "Write a 1D CNN with squeeze-and-excitation for 12-lead ECG classification, input
shape (N, 12, 1000)"): an SE1d module with `s = x.mean(-1)`, `nn.Sequential(Linear, ReLU, Linear, Sigmoid)` and
`x * s.unsqueeze(-1)`, a conv-BN-ReLU-SE stack from a list of (out_channels, kernel, stride) tuples unpacked in a
for loop, and `nn.AdaptiveAvgPool1d(1)` + `x.view(x.size(0), -1)`. Multi-label logits."""
# pivot-corpus: name=SEECGNet input_shape=4,12,1000
import torch
import torch.nn as nn


class SE1d(nn.Module):
    def __init__(self, channels: int, reduction: int = 4):
        super().__init__()
        self.fc = nn.Sequential(
            nn.Linear(channels, channels // reduction),
            nn.ReLU(inplace=True),
            nn.Linear(channels // reduction, channels),
            nn.Sigmoid(),
        )

    def forward(self, x):
        s = x.mean(-1)            # (B, C)
        s = self.fc(s)            # (B, C)
        return x * s.unsqueeze(-1)


class SEECGNet(nn.Module):
    LAYERS = [(32, 15, 2), (64, 9, 2), (128, 5, 2), (128, 3, 1)]

    def __init__(self, n_leads: int = 12, n_labels: int = 9):
        super().__init__()
        modules = []
        in_c = n_leads
        for out_c, k, s in self.LAYERS:
            modules += [
                nn.Conv1d(in_c, out_c, kernel_size=k, stride=s, padding=k // 2, bias=False),
                nn.BatchNorm1d(out_c),
                nn.ReLU(inplace=True),
                SE1d(out_c),
            ]
            in_c = out_c
        self.body = nn.Sequential(*modules)
        self.gap = nn.AdaptiveAvgPool1d(1)
        self.fc = nn.Linear(in_c, n_labels)

    def forward(self, x):
        x = self.body(x)
        x = self.gap(x)
        x = x.view(x.size(0), -1)
        return self.fc(x)  # use BCEWithLogitsLoss for multi-label


if __name__ == "__main__":
    net = SEECGNet()
    print(net(torch.randn(2, 12, 1000)).shape)

"""LLM-generated style (Gemini, "Write InceptionTime in PyTorch for multivariate time-series classification, input
shape (N, 3, 150)"): an InceptionModule with a 1x1 bottleneck, three convs of kernel sizes from a list
(`[9, 19, 39]`, `padding=k // 2`) in an nn.ModuleList, a MaxPool1d(3, stride=1, padding=1) + 1x1 conv branch,
`torch.cat([...], dim=1)`, BN-ReLU; a residual shortcut every third module; and `F.adaptive_avg_pool1d(x, 1).squeeze(-1)`."""
# pivot-corpus: name=InceptionTime input_shape=4,3,150
import torch
import torch.nn as nn
import torch.nn.functional as F


class InceptionModule(nn.Module):
    def __init__(self, in_channels, n_filters=16, kernel_sizes=(9, 19, 39), bottleneck=16):
        super().__init__()
        self.bottleneck = nn.Conv1d(in_channels, bottleneck, kernel_size=1, bias=False)
        self.convs = nn.ModuleList(
            [nn.Conv1d(bottleneck, n_filters, kernel_size=k, padding=k // 2, bias=False) for k in kernel_sizes]
        )
        self.maxpool = nn.MaxPool1d(kernel_size=3, stride=1, padding=1)
        self.conv_pool = nn.Conv1d(in_channels, n_filters, kernel_size=1, bias=False)
        self.bn = nn.BatchNorm1d(n_filters * (len(kernel_sizes) + 1))

    def forward(self, x):
        z = self.bottleneck(x)
        outs = [conv(z) for conv in self.convs]
        outs.append(self.conv_pool(self.maxpool(x)))
        x = torch.cat(outs, dim=1)
        return F.relu(self.bn(x))


class InceptionTime(nn.Module):
    def __init__(self, in_channels=3, num_classes=5, depth=6, n_filters=16):
        super().__init__()
        out_ch = n_filters * 4
        self.inceptions = nn.ModuleList()
        self.shortcuts = nn.ModuleList()
        ch = in_channels
        res_ch = in_channels
        for d in range(depth):
            self.inceptions.append(InceptionModule(ch, n_filters))
            ch = out_ch
            if d % 3 == 2:
                self.shortcuts.append(nn.Sequential(nn.Conv1d(res_ch, out_ch, 1, bias=False), nn.BatchNorm1d(out_ch)))
                res_ch = out_ch
        self.fc = nn.Linear(out_ch, num_classes)

    def forward(self, x):
        res = x
        for d, module in enumerate(self.inceptions):
            x = module(x)
            if d % 3 == 2:
                x = F.relu(x + self.shortcuts[d // 3](res))
                res = x
        x = F.adaptive_avg_pool1d(x, 1).squeeze(-1)
        return self.fc(x)


if __name__ == "__main__":
    print(InceptionTime()(torch.randn(2, 3, 150)).shape)

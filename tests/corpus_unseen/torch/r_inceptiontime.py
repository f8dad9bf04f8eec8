"""Imitates the PyTorch InceptionTime (Fawaz et al. 2020) in timeseriesAI/tsai models/InceptionTime.py (v0.2):
`InceptionModule` with a bottleneck Conv1d, `ks = [ks // (2**i) for i in range(3)]` made odd, a ModuleList of
convs, a MaxPool1d + Conv1d branch, `torch.cat([l(x) for l in self.convs] + [self.maxconvpool(input_tensor)],
dim=1)`, BatchNorm1d and ReLU; `InceptionBlock` with a residual shortcut every 3 modules (`d % 3 == 2`), a
`GAP1d` head. Depth and filters reduced."""
# pivot-corpus: name=InceptionTime input_shape=2,3,32
import torch
import torch.nn as nn


def noop(x):
    return x


class ConvBlock(nn.Module):
    def __init__(self, ni, nf, ks, act=None):
        super().__init__()
        self.conv = nn.Conv1d(ni, nf, 1, bias=False)
        self.bn = nn.BatchNorm1d(nf)
        self.act = act

    def forward(self, x):
        x = self.bn(self.conv(x))
        return self.act(x) if self.act is not None else x


class GAP1d(nn.Module):
    "Global Adaptive Pooling + Flatten"
    def __init__(self, output_size=1):
        super().__init__()
        self.gap = nn.AdaptiveAvgPool1d(output_size)
        self.flatten = nn.Flatten()

    def forward(self, x):
        return self.flatten(self.gap(x))


class InceptionModule(nn.Module):
    def __init__(self, ni, nf, ks=40, bottleneck=True):
        super().__init__()
        ks = [ks // (2**i) for i in range(3)]
        ks = [k if k % 2 != 0 else k - 1 for k in ks]  # ensure odd ks
        bottleneck = bottleneck if ni > 1 else False
        self.bottleneck = nn.Conv1d(ni, nf, 1, bias=False) if bottleneck else noop
        self.convs = nn.ModuleList([nn.Conv1d(nf if bottleneck else ni, nf, k, padding=k // 2, bias=False)
                                    for k in ks])
        self.maxconvpool = nn.Sequential(*[nn.MaxPool1d(3, stride=1, padding=1), nn.Conv1d(ni, nf, 1, bias=False)])
        self.bn = nn.BatchNorm1d(nf * 4)
        self.act = nn.ReLU()

    def forward(self, x):
        input_tensor = x
        x = self.bottleneck(input_tensor)
        x = torch.cat([l(x) for l in self.convs] + [self.maxconvpool(input_tensor)], dim=1)
        return self.act(self.bn(x))


class InceptionBlock(nn.Module):
    def __init__(self, ni, nf=8, residual=True, depth=6, **kwargs):
        super().__init__()
        self.residual, self.depth = residual, depth
        self.inception, self.shortcut = nn.ModuleList(), nn.ModuleList()
        for d in range(depth):
            self.inception.append(InceptionModule(ni if d == 0 else nf * 4, nf, **kwargs))
            if self.residual and d % 3 == 2:
                n_in, n_out = ni if d == 2 else nf * 4, nf * 4
                self.shortcut.append(nn.BatchNorm1d(n_in) if n_in == n_out else ConvBlock(n_in, n_out, 1, act=None))
        self.act = nn.ReLU()

    def forward(self, x):
        res = x
        for d, l in enumerate(range(self.depth)):
            x = self.inception[d](x)
            if self.residual and d % 3 == 2:
                res = x = self.act(x + self.shortcut[d // 3](res))
        return x


class InceptionTime(nn.Module):
    def __init__(self, c_in=3, c_out=5, seq_len=None, nf=8, nb_filters=None, ks=20, **kwargs):
        super().__init__()
        nf = nb_filters if nb_filters is not None else nf
        self.inceptionblock = InceptionBlock(c_in, nf, ks=ks, **kwargs)
        self.gap = GAP1d(1)
        self.fc = nn.Linear(nf * 4, c_out)

    def forward(self, x):
        x = self.inceptionblock(x)
        x = self.gap(x)
        x = self.fc(x)
        return x

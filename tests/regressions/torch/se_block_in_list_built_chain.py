"""ut15 (b_ round, b_se_cnn1d_ecg_mean_unsqueeze): a squeeze-excitation module class of the file (no image layers
of its own: `x.mean(-1)`, Linear layers, `x * s.unsqueeze(-1)`) placed after a Conv1d in a list built in a loop
(`modules += [nn.Conv1d(...), nn.ReLU(), SE1d(c)]`, then `nn.Sequential(*modules)`): verify crashed in Keras (its
`mean(-1)` kept, over the channels, then a broadcast error). The chain fixes the SE block's input rank (3, after
the 1-D conv), which now tells the class it takes channels-first images, as a direct call after the conv did."""
# pivot-corpus: name=Net input_shape=2,3,20
import torch.nn as nn


class SE1d(nn.Module):
    def __init__(self, channels, reduction=4):
        super().__init__()
        self.fc = nn.Sequential(nn.Linear(channels, channels // reduction), nn.ReLU(),
                                nn.Linear(channels // reduction, channels), nn.Sigmoid())

    def forward(self, x):
        s = x.mean(-1)
        s = self.fc(s)
        return x * s.unsqueeze(-1)


class Net(nn.Module):
    def __init__(self):
        super().__init__()
        modules = []
        in_c = 3
        for out_c in [8, 16]:
            modules += [nn.Conv1d(in_c, out_c, 3, padding=1), nn.ReLU(), SE1d(out_c)]
            in_c = out_c
        self.body = nn.Sequential(*modules)
        self.fc = nn.Linear(in_c, 2)

    def forward(self, x):
        return self.fc(self.body(x).mean(-1))

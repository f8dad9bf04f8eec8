"""cn2 (issue 13's census): a Conv's `padding_mode='reflect'/'replicate'/'circular'` was PIV105 ("not a value Pivot
migrates"), and nn.ReflectionPad3d, nn.ReplicationPad3d and nn.CircularPad1d/2d/3d had no entry (PIV101). The
convolution is Pivot's TorchPad of that mode (F.pad's pairs, also per axis) before a 'valid' Keras convolution,
the padding modules are TorchPad too (its circular mode new); 1-D, 2-D (strided, per-axis widths) and 3-D."""
# pivot-corpus: name=PaddedConvs input_shape=2,3,8,8
import torch.nn as nn


class PaddedConvs(nn.Module):
    def __init__(self):
        super().__init__()
        self.reflect = nn.Conv2d(3, 4, 3, padding=1, padding_mode="reflect")
        self.wrap = nn.Conv2d(4, 4, 3, stride=2, padding=(1, 2), padding_mode="circular")
        self.edge = nn.Conv2d(4, 4, 5, padding=2, padding_mode="replicate")
        self.pad = nn.CircularPad2d((1, 0, 2, 1))
        self.head = nn.Conv2d(4, 2, 3)

    def forward(self, x):
        x = self.edge(self.wrap(self.reflect(x)).relu())
        return self.head(self.pad(x))

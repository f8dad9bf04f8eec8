"""ut17 (e_har_cnn1d_nlc_permute_contiguous_view): `x = x.permute(0, 2, 1).contiguous()` of an (N, L, C) window
before a loop over an nn.ModuleList of nn.Sequential(Conv1d, ReLU) blocks: the `.contiguous()` binds the permute's
value through an alias, and the list's blocks are Sequentials, which both hid the conv reading it next (only a list of
bare convs was looked into); the permute was not read as the layout change, and the MaxPool1d after the loop was
written `Permute((2, 1))` + MaxPooling1D over Keras's channels-last output (exit 0 of migrate with the input shape
declared, a WeightError or wrong values in verify)."""
# pivot-corpus: name=NLCConvLoop input_shape=4,16,3
import torch
import torch.nn as nn


class NLCConvLoop(nn.Module):
    def __init__(self):
        super().__init__()
        self.convs = nn.ModuleList()
        in_ch = 3
        for d in (1, 2):
            self.convs.append(nn.Sequential(nn.Conv1d(in_ch, 8, 3, padding=d, dilation=d), nn.ReLU()))
            in_ch = 8
        self.pool = nn.MaxPool1d(4)
        self.fc = nn.Linear(32, 2)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        x = x.permute(0, 2, 1).contiguous()
        for conv in self.convs:
            x = conv(x)
        x = self.pool(x)
        x = x.view(x.size(0), -1)
        return self.fc(x)

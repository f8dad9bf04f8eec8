"""ut15 (b_ round, b_har_cnn1d_nlc_transpose_amax): a (N, T, C) sensor window turned channels-first with
`x.transpose(1, 2)` and read first by a block a @staticmethod of the class builds (`self.block1 =
self._conv_block(...)`, a Conv1d first), then `x.amax(dim=-1)`: was PIV105 ("the rank and layout of this model's
input are not known statically"); the conv that first reads the transposed value is found in the method's templates,
as it was for a block built in a loop, so the input is a (N, T, C) sequence made channels-first by the transpose."""
# pivot-corpus: name=Net input_shape=2,32,5
import torch
import torch.nn as nn


class Net(nn.Module):
    def __init__(self, n_channels=5, hidden=8, n_classes=3):
        super().__init__()
        self.block1 = self._conv_block(n_channels, hidden)
        self.block2 = self._conv_block(hidden, hidden * 2)
        self.fc = nn.Linear(hidden * 2, n_classes)

    @staticmethod
    def _conv_block(in_ch, out_ch):
        layers = [nn.Conv1d(in_ch, out_ch, 3, padding=1), nn.BatchNorm1d(out_ch), nn.ReLU()]
        layers.append(nn.MaxPool1d(2))
        return nn.Sequential(*layers)

    def forward(self, x):
        x = x.transpose(1, 2)
        x = self.block2(self.block1(x))
        return self.fc(x.amax(dim=-1))

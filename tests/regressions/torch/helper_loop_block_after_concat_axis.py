"""Session 10 (issue 13): what a block of the file working on images (a helper building convs in a loop) returns
from a concatenation of two inputs of unknown layout: the rank and layout of its output are unknown, and
`x.mean(dim=-1)` was written as it was (Keras's channels: exit 0, not equivalent). Every axis op reading such a
value is now a named error (ShapeInfo.unseen_blocks)."""
# pivot-corpus: name=Net input_shape=2,2,20;2,2,20
import torch
import torch.nn as nn


def conv_stack(in_c, widths, act=nn.ReLU):
    layers = []
    for w in widths:
        layers += [nn.Conv1d(in_c, w, 3, padding=1), nn.BatchNorm1d(w), act()]
        in_c = w
    return nn.Sequential(*layers)


class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.body = nn.Sequential(conv_stack(4, [8, 16]), nn.Dropout(0.1))
        self.fc = nn.Linear(16, 3)

    def forward(self, a, b):
        x = torch.cat([a, b], dim=1)
        x = self.body(x)
        return self.fc(x.mean(dim=-1))

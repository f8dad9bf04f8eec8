"""wg2: `nn.Softmax(dim=1)` as a module reading what a block of the file working on images returns (a helper
building convs in a loop), from a concatenation of inputs of unknown layout: the functional and method forms were
named errors (ShapeInfo.unseen_blocks), the module form was written `layers.Softmax(axis=1)` (exit 0: the softmax
over Keras's time axis if the block returns channels-last). Now the same named error."""
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
        self.soft = nn.Softmax(dim=1)

    def forward(self, a, b):
        x = torch.cat([a, b], dim=1)
        x = self.body(x)
        return self.soft(x)

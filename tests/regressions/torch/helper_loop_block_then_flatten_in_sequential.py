"""Session 10 (issue 13): `nn.Sequential(conv_stack(...), nn.Flatten(), nn.Linear(16 * 20, 3))`, the helper
building its layers in a loop: Keras flattened channels-last while the Linear's weights were copied as they are
(exit 0; verify: a WeightError). A flatten after a block of unknown sizes inside nn.Sequential keeps PyTorch's order,
as after one applied in forward (shapes._still_unsized)."""
# pivot-corpus: name=Net input_shape=2,4,20
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
        self.body = nn.Sequential(conv_stack(4, [8, 16]), nn.Flatten(), nn.Linear(16 * 20, 3))

    def forward(self, x):
        return self.body(x)

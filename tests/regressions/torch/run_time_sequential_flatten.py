"""Issue 10: a Sequential a function builds from a list (conv, flatten, dense layers in a loop): the flatten was
not analysed (only a list starting with the flatten was), the dense layer read Keras's channels-last features
with PyTorch's weights: exit 0, NOT equivalent (max_abs_diff 4.78). It now flattens in PyTorch's order."""
# pivot-corpus: name=make input_shape=2,3,4,4
import torch
from torch import nn


def make(widths=(64, 64)):
    layers = [nn.Conv2d(3, 4, kernel_size=3, padding=1), nn.Flatten()]
    last = 64
    for w in widths:
        layers.append(nn.Linear(last, w))
        layers.append(nn.LayerNorm(w))
        last = w
    return nn.Sequential(*layers)


net = make()

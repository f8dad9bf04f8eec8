"""Issue 10: layers without names (a list a function fills for nn.Sequential(*layers)) shared one record of their
input (`layer_in[""]`, the conv's): nn.LayerNorm(4) over the 4x4 image's width became a norm over the channels,
exit 0, NOT equivalent (max_abs_diff 1.91). Its own input (by span) now tells: the width, axis=2 in Keras."""
# pivot-corpus: name=make input_shape=2,3,4,4
import torch
from torch import nn


def make():
    layers = [nn.Conv2d(3, 4, kernel_size=3, padding=1), nn.LayerNorm(4), nn.Flatten(), nn.Linear(64, 4),
              nn.LayerNorm(4)]
    return nn.Sequential(*layers)


net = make()

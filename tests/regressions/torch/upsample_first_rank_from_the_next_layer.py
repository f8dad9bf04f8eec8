"""Fuzz seed 384141 (torch nn.Sequential): a first `nn.Upsample(scale_factor=2)`, one module for every rank, was
refused ("its Keras layer follows the input's rank, which is not known here"); it keeps the rank and channels of
what it reads, so the layer after it (AdaptiveAvgPool2d, through a PReLU) tells the input an image of rank 4."""
# pivot-corpus: name=Net input_shape=2,3,8,8
import torch.nn as nn


class Net(nn.Sequential):
    def __init__(self):
        super().__init__(
            nn.Upsample(scale_factor=2),
            nn.PReLU(),
            nn.AdaptiveAvgPool2d(1),
            nn.Flatten(),
        )

"""d2l.ai 8.1 AlexNet (PyTorch) with narrower layers: one module-level nn.Sequential, 11x11 stride-4 stem, Dropout."""
# pivot-corpus: name=net input_shape=1,1,224,224
import torch
from torch import nn

net = nn.Sequential(
    nn.Conv2d(1, 24, kernel_size=11, stride=4, padding=1), nn.ReLU(),
    nn.MaxPool2d(kernel_size=3, stride=2),
    nn.Conv2d(24, 64, kernel_size=5, padding=2), nn.ReLU(),
    nn.MaxPool2d(kernel_size=3, stride=2),
    nn.Conv2d(64, 96, kernel_size=3, padding=1), nn.ReLU(),
    nn.Conv2d(96, 96, kernel_size=3, padding=1), nn.ReLU(),
    nn.Conv2d(96, 64, kernel_size=3, padding=1), nn.ReLU(),
    nn.MaxPool2d(kernel_size=3, stride=2),
    nn.Flatten(),
    nn.Linear(1600, 256), nn.ReLU(),
    nn.Dropout(p=0.5),
    nn.Linear(256, 256), nn.ReLU(),
    nn.Dropout(p=0.5),
    nn.Linear(256, 10))

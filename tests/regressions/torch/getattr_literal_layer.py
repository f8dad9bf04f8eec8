"""vr2 (bench/variants.py layers_by_getattr): layers built by `getattr(nn, "Conv2d")(...)`, the class named by a
literal string (config-driven code with the value written in). Was PIV104 (the class chosen by a parameter was
read, a literal was not); read as the torch.nn class it names."""
# pivot-corpus: name=GetattrCNN input_shape=2,3,16,16
import torch.nn as nn


class GetattrCNN(nn.Module):
    def __init__(self, n_classes=5):
        super().__init__()
        self.conv = getattr(nn, "Conv2d")(3, 8, 3, padding=1)
        self.act = getattr(nn, "ReLU")()
        self.pool = getattr(nn, "AdaptiveAvgPool2d")(1)
        self.fc = getattr(nn, "Linear")(8, n_classes)

    def forward(self, x):
        x = self.pool(self.act(self.conv(x)))
        return self.fc(x.flatten(1))

"""Layers chosen in the constructor by its parameters (issue 13), with the values the file builds the model with
(`ConditionalLayers(use_bn=True)`: what every call passes, else the defaults): `nn.Dropout2d(p) if p > 0 else
nn.Identity()` (the branch not taken reads the same input: SpatialDropout2D in Keras), a BatchNorm2d under
`if use_bn:` with the Identity in `else`, and a pooling switch whose sizes the flatten before the head follows.
Was PIV105 (Dropout2d of an unknown rank) and an `if`'s both branches read as layers of one name."""
# pivot-corpus: name=ConditionalLayers input_shape=2,3,16,16
import torch.nn as nn


class ConditionalLayers(nn.Module):
    def __init__(self, use_pool=True, use_bn=False, p=0.0, mode="wide", num_classes=3):
        super().__init__()
        self.conv1 = nn.Conv2d(3, 8, 3, padding=1)
        if use_bn:
            self.norm1 = nn.BatchNorm2d(8)
        else:
            self.norm1 = nn.Identity()
        self.pool = nn.MaxPool2d(2) if use_pool and mode in ("wide", "deep") else nn.Identity()
        self.drop = nn.Dropout2d(p) if p > 0 else nn.Identity()
        self.conv2 = nn.Conv2d(8, 16, 3, padding=1)
        self.flatten = nn.Flatten()
        self.fc = nn.Linear(16 * 4 * 4, num_classes)

    def forward(self, x):
        x = self.pool(self.norm1(self.conv1(x)).relu())
        x = self.drop(x)
        x = self.pool(self.conv2(x).relu())
        return self.fc(self.flatten(x))


model = ConditionalLayers(use_bn=True)

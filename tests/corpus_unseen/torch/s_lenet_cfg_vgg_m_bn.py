"""CIFAR-VGG repository style with a plain cfg list (not a dict): `cfg = [16, 'M', 32, 'M', 64, 64, 'M']` at module
level, `make_layers(cfg, batch_norm=True)` returning `nn.Sequential(*layers)`, `x.view(-1, 64 * 2 * 2)` and a
classifier with `nn.Dropout()`."""
# pivot-corpus: name=vgg_small input_shape=2,3,16,16
import torch
import torch.nn as nn

cfg = [16, 'M', 32, 'M', 64, 64, 'M']


def make_layers(cfg, batch_norm=False):
    layers = []
    in_channels = 3
    for v in cfg:
        if v == 'M':
            layers += [nn.MaxPool2d(kernel_size=2, stride=2)]
        else:
            conv2d = nn.Conv2d(in_channels, v, kernel_size=3, padding=1)
            if batch_norm:
                layers += [conv2d, nn.BatchNorm2d(v), nn.ReLU(inplace=True)]
            else:
                layers += [conv2d, nn.ReLU(inplace=True)]
            in_channels = v
    return nn.Sequential(*layers)


class VGG(nn.Module):
    def __init__(self, features, num_classes=10):
        super(VGG, self).__init__()
        self.features = features
        self.classifier = nn.Sequential(
            nn.Dropout(),
            nn.Linear(64 * 2 * 2, 32),
            nn.ReLU(True),
            nn.Linear(32, num_classes),
        )

    def forward(self, x):
        x = self.features(x)
        x = x.view(-1, 64 * 2 * 2)
        x = self.classifier(x)
        return x


def vgg_small():
    return VGG(make_layers(cfg, batch_norm=True))

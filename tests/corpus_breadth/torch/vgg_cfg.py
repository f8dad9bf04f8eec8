"""A tiny VGG built torchvision-style from a cfg list by make_layers(), exposed through a builder function."""
# pivot-corpus: name=vgg_tiny_bn input_shape=2,3,32,32 input_dtype=float32
import torch
import torch.nn as nn

cfgs = {
    "A": [16, "M", 32, "M", 64, 64, "M"],
    "B": [16, 16, "M", 32, 32, "M", 64, 64, "M"],
}


class VGG(nn.Module):
    def __init__(self, features, num_classes=10, dropout=0.5):
        super(VGG, self).__init__()
        self.features = features
        self.avgpool = nn.AdaptiveAvgPool2d((2, 2))
        self.classifier = nn.Sequential(
            nn.Linear(64 * 2 * 2, 128),
            nn.ReLU(True),
            nn.Dropout(p=dropout),
            nn.Linear(128, 128),
            nn.ReLU(True),
            nn.Dropout(p=dropout),
            nn.Linear(128, num_classes),
        )

    def forward(self, x):
        x = self.features(x)
        x = self.avgpool(x)
        x = torch.flatten(x, 1)
        x = self.classifier(x)
        return x


def make_layers(cfg, batch_norm=False):
    layers = []
    in_channels = 3
    for v in cfg:
        if v == "M":
            layers += [nn.MaxPool2d(kernel_size=2, stride=2)]
        else:
            conv2d = nn.Conv2d(in_channels, v, kernel_size=3, padding=1)
            if batch_norm:
                layers += [conv2d, nn.BatchNorm2d(v), nn.ReLU(inplace=True)]
            else:
                layers += [conv2d, nn.ReLU(inplace=True)]
            in_channels = v
    return nn.Sequential(*layers)


def vgg_tiny_bn(num_classes=10):
    return VGG(make_layers(cfgs["A"], batch_norm=True), num_classes=num_classes)

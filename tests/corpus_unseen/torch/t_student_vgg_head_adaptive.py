"""Student torchvision-style classifier (VGG-like "from scratch" for a course project): `self.features` built from a
cfg list in `_make_layers`, `self.avgpool = nn.AdaptiveAvgPool2d((2, 2))`, `torch.flatten(x, 1)`, and a torchvision
classifier `nn.Sequential(nn.Linear, nn.ReLU(True), nn.Dropout(), nn.Linear, nn.ReLU(True), nn.Dropout(), nn.Linear)`."""
# pivot-corpus: name=SmallVGG input_shape=2,3,32,32
import torch
import torch.nn as nn

cfg = [8, "M", 16, "M", 32, 32, "M"]


class SmallVGG(nn.Module):
    def __init__(self, num_classes=6):
        super(SmallVGG, self).__init__()
        self.features = self._make_layers(cfg)
        self.avgpool = nn.AdaptiveAvgPool2d((2, 2))
        self.classifier = nn.Sequential(
            nn.Linear(32 * 2 * 2, 64),
            nn.ReLU(True),
            nn.Dropout(),
            nn.Linear(64, 64),
            nn.ReLU(True),
            nn.Dropout(),
            nn.Linear(64, num_classes),
        )

    def forward(self, x):
        x = self.features(x)
        x = self.avgpool(x)
        x = torch.flatten(x, 1)
        x = self.classifier(x)
        return x

    def _make_layers(self, cfg):
        layers = []
        in_channels = 3
        for v in cfg:
            if v == "M":
                layers += [nn.MaxPool2d(kernel_size=2, stride=2)]
            else:
                layers += [nn.Conv2d(in_channels, v, kernel_size=3, padding=1), nn.BatchNorm2d(v), nn.ReLU(inplace=True)]
                in_channels = v
        return nn.Sequential(*layers)


model = SmallVGG()

"""VGG-ish features built with `layers += [nn.Conv2d(...), nn.BatchNorm2d(v), nn.ReLU(inplace=True)]`
over a config list with 'M' entries, classifier with `nn.Flatten()` as the first module."""
# pivot-corpus: name=VGGish input_shape=2,3,32,32
import torch.nn as nn

cfg = [16, "M", 32, "M", 64, 64, "M"]


class VGGish(nn.Module):
    def __init__(self, num_classes=10):
        super().__init__()
        layers = []
        in_channels = 3
        for v in cfg:
            if v == "M":
                layers += [nn.MaxPool2d(kernel_size=2, stride=2)]
            else:
                layers += [nn.Conv2d(in_channels, v, kernel_size=3, padding=1), nn.BatchNorm2d(v),
                           nn.ReLU(inplace=True)]
                in_channels = v
        self.features = nn.Sequential(*layers)
        self.classifier = nn.Sequential(
            nn.Flatten(),
            nn.Linear(64 * 4 * 4, 128),
            nn.ReLU(True),
            nn.Dropout(),
            nn.Linear(128, num_classes),
        )

    def forward(self, x):
        return self.classifier(self.features(x))


model = VGGish()

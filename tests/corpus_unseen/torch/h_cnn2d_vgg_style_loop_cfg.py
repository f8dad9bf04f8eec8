"""LLM-generated style VGG-like net: a `cfg = [32, 32, 'M', 64, 64, 'M']` list as a class attribute, layers
built in a for loop with `in_channels = v`, `nn.AdaptiveAvgPool2d((2, 2))` and `x.view(x.size(0), -1)`."""
# pivot-corpus: name=SmallVGG input_shape=2,3,32,32
import torch.nn as nn


class SmallVGG(nn.Module):
    cfg = [32, 32, 'M', 64, 64, 'M']

    def __init__(self, num_classes=10, batch_norm=True):
        super().__init__()
        layers = []
        in_channels = 3
        for v in self.cfg:
            if v == 'M':
                layers += [nn.MaxPool2d(kernel_size=2, stride=2)]
            else:
                conv2d = nn.Conv2d(in_channels, v, kernel_size=3, padding=1)
                if batch_norm:
                    layers += [conv2d, nn.BatchNorm2d(v), nn.ReLU(inplace=True)]
                else:
                    layers += [conv2d, nn.ReLU(inplace=True)]
                in_channels = v
        self.features = nn.Sequential(*layers)
        self.avgpool = nn.AdaptiveAvgPool2d((2, 2))
        self.classifier = nn.Sequential(
            nn.Linear(64 * 2 * 2, 128), nn.ReLU(True), nn.Dropout(),
            nn.Linear(128, num_classes),
        )

    def forward(self, x):
        x = self.features(x)
        x = self.avgpool(x)
        x = x.view(x.size(0), -1)
        return self.classifier(x)


model = SmallVGG()

"""Imitates a Mistral answer to "a VGG-style network for 64x64 images": a `cfg` list with 'M' entries,
`_make_layers` building `nn.Sequential(*layers)` with `layers += [...]`, `nn.AdaptiveAvgPool2d((2, 2))`,
`x.view(x.size(0), -1)`, `_initialize_weights` with kaiming_normal_ and `nn.init.normal_(m.weight, 0, 0.01)`."""
# pivot-corpus: name=SmallVGG input_shape=2,3,64,64
import torch
import torch.nn as nn

cfg = [16, 'M', 32, 'M', 64, 64, 'M']


class SmallVGG(nn.Module):
    def __init__(self, num_classes=10, batch_norm=True):
        super(SmallVGG, self).__init__()
        self.features = self._make_layers(cfg, batch_norm)
        self.avgpool = nn.AdaptiveAvgPool2d((2, 2))
        self.classifier = nn.Sequential(
            nn.Linear(64 * 2 * 2, 128),
            nn.ReLU(True),
            nn.Dropout(),
            nn.Linear(128, num_classes),
        )
        self._initialize_weights()

    def forward(self, x):
        x = self.features(x)
        x = self.avgpool(x)
        x = x.view(x.size(0), -1)
        x = self.classifier(x)
        return x

    def _make_layers(self, cfg, batch_norm):
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

    def _initialize_weights(self):
        for m in self.modules():
            if isinstance(m, nn.Conv2d):
                nn.init.kaiming_normal_(m.weight, mode='fan_out', nonlinearity='relu')
                if m.bias is not None:
                    nn.init.constant_(m.bias, 0)
            elif isinstance(m, nn.BatchNorm2d):
                nn.init.constant_(m.weight, 1)
                nn.init.constant_(m.bias, 0)
            elif isinstance(m, nn.Linear):
                nn.init.normal_(m.weight, 0, 0.01)
                nn.init.constant_(m.bias, 0)

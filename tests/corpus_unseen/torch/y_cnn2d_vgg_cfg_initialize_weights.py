"""Imitates a Claude answer to "Write a PyTorch model class for a small VGG-style classifier, input shape
(N, 3, 32, 32), output (N, 10)": a `cfg` list with 'M' entries turned into layers by `_make_layers`,
`self._initialize_weights()` with kaiming_normal_/constant_/normal_ over `self.modules()`, `torch.flatten(x, 1)`."""
# pivot-corpus: name=VGGSmall input_shape=2,3,32,32
import torch
import torch.nn as nn

cfg = [16, "M", 32, "M", 64, 64, "M"]


class VGGSmall(nn.Module):
    def __init__(self, cfg=cfg, in_channels: int = 3, num_classes: int = 10, batch_norm: bool = True):
        super().__init__()
        self.features = self._make_layers(cfg, in_channels, batch_norm)
        self.classifier = nn.Sequential(
            nn.Linear(64 * 4 * 4, 128),
            nn.ReLU(True),
            nn.Dropout(),
            nn.Linear(128, num_classes),
        )
        self._initialize_weights()

    def _make_layers(self, cfg, in_channels, batch_norm):
        layers = []
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

    def _initialize_weights(self):
        for m in self.modules():
            if isinstance(m, nn.Conv2d):
                nn.init.kaiming_normal_(m.weight, mode="fan_out", nonlinearity="relu")
                if m.bias is not None:
                    nn.init.constant_(m.bias, 0)
            elif isinstance(m, nn.BatchNorm2d):
                nn.init.constant_(m.weight, 1)
                nn.init.constant_(m.bias, 0)
            elif isinstance(m, nn.Linear):
                nn.init.normal_(m.weight, 0, 0.01)
                nn.init.constant_(m.bias, 0)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        x = self.features(x)
        x = torch.flatten(x, 1)
        return self.classifier(x)

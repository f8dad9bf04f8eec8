"""LLM-generated style ("Write a VGG-style PyTorch CNN for CIFAR-10, input shape (N, 3, 32, 32)"): a module-level
`CFG: List[Union[int, str]] = [64, "M", 128, "M", ...]` expanded by a `_make_layers` static method with
`if v == "M"` / else Conv2d+BatchNorm2d+ReLU, `torch.flatten(x, start_dim=1)`, and an isinstance init chain with
`nn.init.kaiming_normal_(mode="fan_out")` and `nn.init.normal_(std=0.01)`."""
# pivot-corpus: name=VGGLite input_shape=4,3,32,32
from typing import List, Union

import torch
import torch.nn as nn

CFG: List[Union[int, str]] = [32, 32, "M", 64, 64, "M", 128, "M"]
NUM_CLASSES = 10


class VGGLite(nn.Module):
    """A compact VGG for 32x32 images.

    Args:
        cfg: Layer specification: ints are conv widths, ``"M"`` is a 2x2 max pool.
        num_classes: Number of output classes.
    """

    def __init__(self, cfg: List[Union[int, str]] = CFG, num_classes: int = NUM_CLASSES) -> None:
        super().__init__()
        self.features = self._make_layers(cfg)
        n_pools = sum(1 for v in cfg if v == "M")
        spatial = 32 // (2 ** n_pools)
        last_ch = [v for v in cfg if v != "M"][-1]
        self.classifier = nn.Sequential(
            nn.Linear(last_ch * spatial * spatial, 256),
            nn.ReLU(True),
            nn.Dropout(0.5),
            nn.Linear(256, num_classes),
        )
        self._initialize_weights()

    @staticmethod
    def _make_layers(cfg: List[Union[int, str]]) -> nn.Sequential:
        layers: List[nn.Module] = []
        in_channels = 3
        for v in cfg:
            if v == "M":
                layers.append(nn.MaxPool2d(kernel_size=2, stride=2))
            else:
                layers += [nn.Conv2d(in_channels, v, kernel_size=3, padding=1), nn.BatchNorm2d(v), nn.ReLU(inplace=True)]
                in_channels = v
        return nn.Sequential(*layers)

    def _initialize_weights(self) -> None:
        for m in self.modules():
            if isinstance(m, nn.Conv2d):
                nn.init.kaiming_normal_(m.weight, mode="fan_out", nonlinearity="relu")
                nn.init.zeros_(m.bias)
            elif isinstance(m, nn.BatchNorm2d):
                nn.init.ones_(m.weight)
                nn.init.zeros_(m.bias)
            elif isinstance(m, nn.Linear):
                nn.init.normal_(m.weight, std=0.01)
                nn.init.zeros_(m.bias)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        x = self.features(x)                 # (N, 128, 4, 4)
        x = torch.flatten(x, start_dim=1)    # (N, 2048)
        return self.classifier(x)


if __name__ == "__main__":
    print(VGGLite()(torch.randn(4, 3, 32, 32)).shape)

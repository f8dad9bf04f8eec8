"""LLM-generated style CNN with a module-level `get_activation(name: str) -> nn.Module` factory (if/elif on the
string, returning nn.ReLU(), nn.GELU(), nn.SiLU(), nn.LeakyReLU(0.1)), a `ConvBlock` class taking `activation`
and blocks appended in a loop over `channels`."""
# pivot-corpus: name=ActCNN input_shape=2,3,32,32
import torch
import torch.nn as nn


def get_activation(name: str) -> nn.Module:
    if name == "relu":
        return nn.ReLU(inplace=True)
    elif name == "gelu":
        return nn.GELU()
    elif name == "silu":
        return nn.SiLU()
    elif name == "leaky_relu":
        return nn.LeakyReLU(0.1)
    raise ValueError(f"unsupported activation {name}")


class ConvBlock(nn.Module):
    def __init__(self, in_ch, out_ch, activation="relu"):
        super().__init__()
        self.conv = nn.Conv2d(in_ch, out_ch, kernel_size=3, padding=1)
        self.bn = nn.BatchNorm2d(out_ch)
        self.act = get_activation(activation)
        self.pool = nn.MaxPool2d(2)

    def forward(self, x):
        return self.pool(self.act(self.bn(self.conv(x))))


class ActCNN(nn.Module):
    def __init__(self, in_channels=3, channels=(16, 32, 64), num_classes=10, activation="silu"):
        super().__init__()
        blocks = []
        for ch in channels:
            blocks.append(ConvBlock(in_channels, ch, activation))
            in_channels = ch
        self.backbone = nn.Sequential(*blocks)
        self.gap = nn.AdaptiveAvgPool2d(1)
        self.head = nn.Linear(in_channels, num_classes)

    def forward(self, x):
        x = self.backbone(x)
        x = self.gap(x).view(x.size(0), -1)
        return self.head(x)


model = ActCNN()

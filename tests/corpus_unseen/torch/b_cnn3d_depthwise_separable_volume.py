"""LLM-generated style (Claude, "Write an efficient 3D CNN in PyTorch for CT nodule classification, input shape
(N, 1, 24, 24, 24)"): a DepthwiseSeparableConv3d class (`groups=in_channels` then a 1x1x1 pointwise conv),
stages from `for i, (in_c, out_c) in enumerate(zip(chs[:-1], chs[1:]))` with a stride 2 after the first,
`nn.AdaptiveAvgPool3d(1)` and `nn.Flatten(start_dim=1)`."""
# pivot-corpus: name=NoduleNet3D input_shape=4,1,24,24,24
import torch
import torch.nn as nn


class DepthwiseSeparableConv3d(nn.Module):
    def __init__(self, in_channels, out_channels, stride=1):
        super().__init__()
        self.depthwise = nn.Conv3d(in_channels, in_channels, kernel_size=3, stride=stride, padding=1,
                                   groups=in_channels, bias=False)
        self.pointwise = nn.Conv3d(in_channels, out_channels, kernel_size=1, bias=False)
        self.bn = nn.BatchNorm3d(out_channels)
        self.act = nn.ReLU6(inplace=True)

    def forward(self, x):
        return self.act(self.bn(self.pointwise(self.depthwise(x))))


class NoduleNet3D(nn.Module):
    def __init__(self, in_channels=1, num_classes=2, channels=(16, 32, 64, 96)):
        super().__init__()
        self.stem = nn.Sequential(
            nn.Conv3d(in_channels, channels[0], kernel_size=3, padding=1, bias=False),
            nn.BatchNorm3d(channels[0]),
            nn.ReLU6(inplace=True),
        )
        blocks = []
        for i, (in_c, out_c) in enumerate(zip(channels[:-1], channels[1:])):
            stride = 1 if i == 0 else 2
            blocks.append(DepthwiseSeparableConv3d(in_c, out_c, stride=stride))
        self.blocks = nn.Sequential(*blocks)
        self.pool = nn.AdaptiveAvgPool3d(1)
        self.flatten = nn.Flatten(start_dim=1)
        self.fc = nn.Linear(channels[-1], num_classes)

    def forward(self, x):
        x = self.stem(x)
        x = self.blocks(x)
        x = self.flatten(self.pool(x))
        return self.fc(x)


if __name__ == "__main__":
    print(NoduleNet3D()(torch.randn(2, 1, 24, 24, 24)).shape)

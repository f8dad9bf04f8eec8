"""timm/ConvNeXt-style stage: depthwise 7x7 Conv2d, channels-last LayerNorm through permute, pointwise Linear
with GELU, layer-scale gamma as an nn.Parameter, nn.Identity for drop_path, blocks in nn.Sequential."""
# pivot-corpus: name=TinyConvNeXt input_shape=2,3,32,32
import torch
import torch.nn as nn


class ConvNeXtBlock(nn.Module):
    def __init__(self, dim, drop_path=0., layer_scale_init_value=1e-6):
        super().__init__()
        self.dwconv = nn.Conv2d(dim, dim, kernel_size=7, padding=3, groups=dim)
        self.norm = nn.LayerNorm(dim, eps=1e-6)
        self.pwconv1 = nn.Linear(dim, 4 * dim)
        self.act = nn.GELU()
        self.pwconv2 = nn.Linear(4 * dim, dim)
        self.gamma = nn.Parameter(layer_scale_init_value * torch.ones((dim)), requires_grad=True)
        self.drop_path = nn.Identity()

    def forward(self, x):
        input = x
        x = self.dwconv(x)
        x = x.permute(0, 2, 3, 1)  # (N, C, H, W) -> (N, H, W, C)
        x = self.norm(x)
        x = self.pwconv1(x)
        x = self.act(x)
        x = self.pwconv2(x)
        x = self.gamma * x
        x = x.permute(0, 3, 1, 2)  # (N, H, W, C) -> (N, C, H, W)
        x = input + self.drop_path(x)
        return x


class TinyConvNeXt(nn.Module):
    def __init__(self, in_chans=3, num_classes=10, dim=16, depth=2):
        super().__init__()
        self.stem = nn.Conv2d(in_chans, dim, kernel_size=4, stride=4)
        self.stages = nn.Sequential(*[ConvNeXtBlock(dim) for _ in range(depth)])
        self.norm = nn.LayerNorm(dim, eps=1e-6)
        self.head = nn.Linear(dim, num_classes)

    def forward(self, x):
        x = self.stem(x)
        x = self.stages(x)
        x = self.norm(x.mean([-2, -1]))
        return self.head(x)


model = TinyConvNeXt()

"""A narrow RegNet written like torchvision's: `AnyStage(nn.Sequential)` filled with `add_module`,
`ResBottleneckBlock` with a grouped convolution and squeeze-excitation, `SimpleStemIN` /
`BottleneckTransform` as `nn.Sequential` subclasses built from `OrderedDict`s, and a `**kwargs`
pass-through from stage to block."""
# pivot-corpus: name=RegNet input_shape=2,3,32,32 input_dtype=float32
from collections import OrderedDict
from typing import Any, Callable, List, Optional

import torch
import torch.nn as nn
from torch import Tensor


class SimpleStemIN(nn.Sequential):
    def __init__(self, width_in: int, width_out: int, norm_layer: Callable[..., nn.Module],
                 activation_layer: Callable[..., nn.Module]) -> None:
        super().__init__(OrderedDict([
            ("conv", nn.Conv2d(width_in, width_out, 3, stride=2, padding=1, bias=False)),
            ("bn", norm_layer(width_out)),
            ("act", activation_layer(inplace=True)),
        ]))


class SqueezeExcitation(nn.Module):
    def __init__(self, input_channels: int, squeeze_channels: int) -> None:
        super().__init__()
        self.avgpool = nn.AdaptiveAvgPool2d(1)
        self.fc1 = nn.Conv2d(input_channels, squeeze_channels, 1)
        self.fc2 = nn.Conv2d(squeeze_channels, input_channels, 1)
        self.activation = nn.ReLU()
        self.scale_activation = nn.Sigmoid()

    def forward(self, input: Tensor) -> Tensor:
        scale = self.scale_activation(self.fc2(self.activation(self.fc1(self.avgpool(input)))))
        return scale * input


class BottleneckTransform(nn.Sequential):
    def __init__(self, width_in: int, width_out: int, stride: int, norm_layer: Callable[..., nn.Module],
                 activation_layer: Callable[..., nn.Module], group_width: int, bottleneck_multiplier: float,
                 se_ratio: Optional[float]) -> None:
        w_b = int(round(width_out * bottleneck_multiplier))
        g = w_b // group_width
        layers: "OrderedDict[str, nn.Module]" = OrderedDict()
        layers["a"] = nn.Sequential(nn.Conv2d(width_in, w_b, 1, bias=False), norm_layer(w_b),
                                    activation_layer(inplace=True))
        layers["b"] = nn.Sequential(nn.Conv2d(w_b, w_b, 3, stride=stride, padding=1, groups=g, bias=False),
                                    norm_layer(w_b), activation_layer(inplace=True))
        if se_ratio:
            width_se_out = int(round(se_ratio * width_in))
            layers["se"] = SqueezeExcitation(w_b, width_se_out)
        layers["c"] = nn.Sequential(nn.Conv2d(w_b, width_out, 1, bias=False), norm_layer(width_out))
        super().__init__(layers)


class ResBottleneckBlock(nn.Module):
    def __init__(self, width_in: int, width_out: int, stride: int, norm_layer: Callable[..., nn.Module],
                 activation_layer: Callable[..., nn.Module], group_width: int = 1,
                 bottleneck_multiplier: float = 1.0, se_ratio: Optional[float] = None) -> None:
        super().__init__()
        self.proj = None
        should_proj = (width_in != width_out) or (stride != 1)
        if should_proj:
            self.proj = nn.Sequential(nn.Conv2d(width_in, width_out, 1, stride=stride, bias=False),
                                      norm_layer(width_out))
        self.f = BottleneckTransform(width_in, width_out, stride, norm_layer, activation_layer, group_width,
                                     bottleneck_multiplier, se_ratio)
        self.activation = activation_layer(inplace=True)

    def forward(self, x: Tensor) -> Tensor:
        if self.proj is not None:
            x = self.proj(x) + self.f(x)
        else:
            x = x + self.f(x)
        return self.activation(x)


class AnyStage(nn.Sequential):
    def __init__(self, width_in: int, width_out: int, stride: int, depth: int,
                 block_constructor: Callable[..., nn.Module], norm_layer: Callable[..., nn.Module],
                 activation_layer: Callable[..., nn.Module], group_width: int, bottleneck_multiplier: float,
                 se_ratio: Optional[float] = None, stage_index: int = 0) -> None:
        super().__init__()
        for i in range(depth):
            block = block_constructor(width_in if i == 0 else width_out, width_out, stride if i == 0 else 1,
                                      norm_layer, activation_layer, group_width, bottleneck_multiplier,
                                      se_ratio)
            self.add_module(f"block{stage_index}-{i}", block)


class RegNet(nn.Module):
    def __init__(self, num_classes: int = 10, stem_width: int = 16, **kwargs: Any) -> None:
        super().__init__()
        norm_layer = nn.BatchNorm2d
        activation = nn.ReLU
        self.stem = SimpleStemIN(3, stem_width, norm_layer, activation)
        current_width = stem_width
        blocks = []
        widths, depths, group_widths = [16, 32], [1, 2], [8, 8]
        for i, (width_out, depth, group_width) in enumerate(zip(widths, depths, group_widths)):
            blocks.append((f"block{i + 1}", AnyStage(current_width, width_out, 2, depth, ResBottleneckBlock,
                                                     norm_layer, activation, group_width, 1.0, 0.25,
                                                     stage_index=i + 1)))
            current_width = width_out
        self.trunk_output = nn.Sequential(OrderedDict(blocks))
        self.avgpool = nn.AdaptiveAvgPool2d((1, 1))
        self.fc = nn.Linear(in_features=current_width, out_features=num_classes)

    def forward(self, x: Tensor) -> Tensor:
        x = self.stem(x)
        x = self.trunk_output(x)
        x = self.avgpool(x)
        x = x.flatten(start_dim=1)
        x = self.fc(x)
        return x

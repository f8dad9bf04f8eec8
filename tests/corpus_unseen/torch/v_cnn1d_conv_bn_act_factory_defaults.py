"""Imitates a Gemini answer to "a reusable 1-D conv block with a configurable activation": `conv_bn_act(in_c,
out_c, k, act=nn.ReLU)` returning `nn.Sequential(..., act())`,
called with its default activation (`act()` builds nn.ReLU), a `padding=k // 2` computed in the helper,
`torch.mean(x, dim=-1)` (the variant of v_cnn1d_conv_bn_act_factory without `act=` arguments: was exit 0 with the
mean over Keras's channels)."""
# pivot-corpus: name=VibrationNet input_shape=2,3,80
import torch
import torch.nn as nn


def conv_bn_act(in_c, out_c, k=3, stride=1, act=nn.ReLU):
    return nn.Sequential(
        nn.Conv1d(in_c, out_c, kernel_size=k, stride=stride, padding=k // 2, bias=False),
        nn.BatchNorm1d(out_c),
        act(),
    )


class VibrationNet(nn.Module):
    def __init__(self, in_channels=3, num_classes=4):
        super().__init__()
        self.body = nn.Sequential(
            conv_bn_act(in_channels, 16, k=7),
            conv_bn_act(16, 32, k=5, stride=2),
            conv_bn_act(32, 32, k=3),
        )
        self.fc = nn.Linear(32, num_classes)

    def forward(self, x):
        x = self.body(x)
        x = torch.mean(x, dim=-1)
        return self.fc(x)

"""Session 10 (issue 13): a helper returning nn.Sequential called with its default arguments
(`conv_bn_act(in_c, out_c, k=7)` building `act()` from `act=nn.ReLU`) was a block Pivot did not see into: the
model's input was not known to be an image, and `torch.mean(x, dim=-1)` after it was written `axis=-1` (Keras's
channels: exit 0, not equivalent). The helper is now read in place with its arguments bound (the call is kept as
written: the helper's own migration builds the same layers), so the mean is over Keras's time axis."""
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

"""LLM-generated style (ChatGPT, "Write a MobileNet-style CNN with depthwise separable convolutions in PyTorch for
64x64 images, input shape (N, 3, 64, 64)"): a DepthwiseSeparable block (3x3 conv `groups=in_ch`, BN, ReLU, 1x1 conv,
BN, ReLU), blocks built with `for i, (in_c, out_c) in enumerate(zip(channels[:-1], channels[1:]))` and a strides
list read by index, `self.add_module(f"dw{i}", ...)` names kept in a list, `torch.flatten(x, start_dim=1)`."""
# pivot-corpus: name=TinyMobileNet input_shape=4,3,64,64
import torch
import torch.nn as nn


class DepthwiseSeparable(nn.Module):
    def __init__(self, in_ch, out_ch, stride):
        super().__init__()
        self.dw = nn.Conv2d(in_ch, in_ch, 3, stride, 1, groups=in_ch, bias=False)
        self.bn1 = nn.BatchNorm2d(in_ch)
        self.pw = nn.Conv2d(in_ch, out_ch, 1, 1, 0, bias=False)
        self.bn2 = nn.BatchNorm2d(out_ch)
        self.relu = nn.ReLU(inplace=True)

    def forward(self, x):
        x = self.relu(self.bn1(self.dw(x)))
        x = self.relu(self.bn2(self.pw(x)))
        return x


class TinyMobileNet(nn.Module):
    def __init__(self, num_classes=10):
        super().__init__()
        channels = [32, 64, 128, 128, 256]
        strides = [1, 2, 1, 2]
        self.stem = nn.Sequential(
            nn.Conv2d(3, channels[0], 3, stride=2, padding=1, bias=False),
            nn.BatchNorm2d(channels[0]),
            nn.ReLU(inplace=True),
        )
        self.block_names = []
        for i, (in_c, out_c) in enumerate(zip(channels[:-1], channels[1:])):
            name = f"dw{i}"
            self.add_module(name, DepthwiseSeparable(in_c, out_c, strides[i]))
            self.block_names.append(name)
        self.avgpool = nn.AdaptiveAvgPool2d((1, 1))
        self.fc = nn.Linear(channels[-1], num_classes)

    def forward(self, x):
        x = self.stem(x)
        for name in self.block_names:
            x = getattr(self, name)(x)
        x = self.avgpool(x)
        x = torch.flatten(x, start_dim=1)
        return self.fc(x)


if __name__ == "__main__":
    net = TinyMobileNet()
    print(net(torch.randn(2, 3, 64, 64)).shape)

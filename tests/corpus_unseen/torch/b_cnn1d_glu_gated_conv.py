"""LLM-generated style (ChatGPT, "Write a gated convolutional network in PyTorch for audio event detection from
raw features, input shape (N, 64, 250)"): a GatedConvBlock whose Conv1d doubles the channels and `nn.GLU(dim=1)`
halves them, a residual `x + self.block(x)` when the sizes match, and a `self.blocks = nn.ModuleList` loop, then
`x.mean(dim=-1)`."""
# pivot-corpus: name=GatedConvNet input_shape=4,64,250
import torch
import torch.nn as nn


class GatedConvBlock(nn.Module):
    def __init__(self, in_ch, out_ch, kernel_size=3, dilation=1):
        super().__init__()
        padding = (kernel_size - 1) // 2 * dilation
        self.conv = nn.Conv1d(in_ch, 2 * out_ch, kernel_size, padding=padding, dilation=dilation)
        self.glu = nn.GLU(dim=1)
        self.norm = nn.BatchNorm1d(out_ch)
        self.residual = in_ch == out_ch

    def forward(self, x):
        out = self.norm(self.glu(self.conv(x)))
        if self.residual:
            out = out + x
        return out


class GatedConvNet(nn.Module):
    def __init__(self, in_features=64, channels=128, num_blocks=4, num_classes=10):
        super().__init__()
        self.blocks = nn.ModuleList()
        for i in range(num_blocks):
            in_ch = in_features if i == 0 else channels
            self.blocks.append(GatedConvBlock(in_ch, channels, kernel_size=3, dilation=2 ** i))
        self.classifier = nn.Linear(channels, num_classes)

    def forward(self, x):
        for block in self.blocks:
            x = block(x)
        x = x.mean(dim=-1)
        return self.classifier(x)


if __name__ == "__main__":
    model = GatedConvNet()
    print(model(torch.randn(2, 64, 250)).shape)

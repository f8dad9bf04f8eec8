"""LLM-generated style (Gemini, "Write a lightweight encoder-decoder for semantic segmentation in PyTorch, input
shape (N, 3, 96, 96)"): encoder stages kept in an nn.ModuleList with the skips appended to a list, the decoder
upsampling with `F.interpolate(x, size=skip.shape[-2:], mode="nearest")`, `torch.cat((x, skip), 1)`, and
`for up, skip in zip(self.decoder, reversed(skips))`."""
# pivot-corpus: name=LiteSegNet input_shape=4,3,96,96
import torch
import torch.nn as nn
import torch.nn.functional as F


def conv_bn_relu(in_c, out_c):
    return nn.Sequential(
        nn.Conv2d(in_c, out_c, 3, padding=1, bias=False),
        nn.BatchNorm2d(out_c),
        nn.ReLU(inplace=True),
    )


class LiteSegNet(nn.Module):
    def __init__(self, in_channels=3, num_classes=4, widths=(16, 32, 64)):
        super().__init__()
        self.encoder = nn.ModuleList()
        prev = in_channels
        for w in widths:
            self.encoder.append(conv_bn_relu(prev, w))
            prev = w
        self.bottleneck = conv_bn_relu(widths[-1], widths[-1] * 2)
        self.decoder = nn.ModuleList()
        prev = widths[-1] * 2
        for w in reversed(widths):
            self.decoder.append(conv_bn_relu(prev + w, w))
            prev = w
        self.head = nn.Conv2d(widths[0], num_classes, kernel_size=1)

    def forward(self, x):
        skips = []
        for enc in self.encoder:
            x = enc(x)
            skips.append(x)
            x = F.max_pool2d(x, 2)
        x = self.bottleneck(x)
        for dec, skip in zip(self.decoder, reversed(skips)):
            x = F.interpolate(x, size=skip.shape[-2:], mode="nearest")
            x = torch.cat((x, skip), 1)
            x = dec(x)
        return self.head(x)


if __name__ == "__main__":
    model = LiteSegNet()
    out = model(torch.randn(2, 3, 96, 96))
    print(out.shape)  # (2, 4, 96, 96)

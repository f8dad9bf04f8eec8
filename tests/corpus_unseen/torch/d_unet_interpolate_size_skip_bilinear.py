"""LLM-generated style (research-dataset prompt: "Write a small PyTorch U-Net for 64x64 images whose decoder resizes
each feature map to its skip connection with F.interpolate"): explicit encoder stages e1..e3, the decoder's
`F.interpolate(d, size=e2.shape[2:], mode="bilinear", align_corners=False)`, `size=e1.size()[2:]` and
`size=x.shape[-2:]` (nearest) for the head, torch.cat of the skips."""
# pivot-corpus: name=SmallUNet input_shape=2,3,64,64
import torch
import torch.nn as nn
import torch.nn.functional as F


class DoubleConv(nn.Module):
    def __init__(self, in_ch, out_ch):
        super().__init__()
        self.net = nn.Sequential(
            nn.Conv2d(in_ch, out_ch, kernel_size=3, padding=1, bias=False),
            nn.BatchNorm2d(out_ch),
            nn.ReLU(inplace=True),
            nn.Conv2d(out_ch, out_ch, kernel_size=3, padding=1, bias=False),
            nn.BatchNorm2d(out_ch),
            nn.ReLU(inplace=True),
        )

    def forward(self, x):
        return self.net(x)


class SmallUNet(nn.Module):
    def __init__(self, in_channels=3, num_classes=2, base=8):
        super().__init__()
        self.enc1 = DoubleConv(in_channels, base)
        self.enc2 = DoubleConv(base, base * 2)
        self.enc3 = DoubleConv(base * 2, base * 4)
        self.pool = nn.MaxPool2d(2)
        self.dec2 = DoubleConv(base * 4 + base * 2, base * 2)
        self.dec1 = DoubleConv(base * 2 + base, base)
        self.head = nn.Conv2d(base, num_classes, kernel_size=1)

    def forward(self, x):
        e1 = self.enc1(x)
        e2 = self.enc2(self.pool(e1))
        e3 = self.enc3(self.pool(e2))
        d2 = F.interpolate(e3, size=e2.shape[2:], mode="bilinear", align_corners=False)
        d2 = self.dec2(torch.cat([d2, e2], dim=1))
        d1 = F.interpolate(d2, size=e1.size()[2:], mode="bilinear", align_corners=False)
        d1 = self.dec1(torch.cat([d1, e1], dim=1))
        logits = self.head(self.pool(d1))
        return F.interpolate(logits, size=x.shape[-2:], mode="nearest")


if __name__ == "__main__":
    model = SmallUNet()
    print(model(torch.randn(2, 3, 64, 64)).shape)

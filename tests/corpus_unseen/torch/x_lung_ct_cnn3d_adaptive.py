"""LLM-generated style (ChatGPT, "Generate a PyTorch model: 3-D CNN for lung CT nodule classification"):
Conv3d + BatchNorm3d + ReLU blocks built by a `conv_block` static method, MaxPool3d, AdaptiveAvgPool3d(1),
`x.view(x.size()[0], -1)` and a sigmoid-free single-logit head."""
# pivot-corpus: name=LungCT3DNet input_shape=2,1,16,32,32
import torch
import torch.nn as nn


class LungCT3DNet(nn.Module):
    def __init__(self, in_channels=1, num_classes=1):
        super(LungCT3DNet, self).__init__()
        self.block1 = self.conv_block(in_channels, 8)
        self.block2 = self.conv_block(8, 16)
        self.block3 = self.conv_block(16, 32)
        self.global_pool = nn.AdaptiveAvgPool3d(1)
        self.fc = nn.Linear(32, num_classes)

    @staticmethod
    def conv_block(in_c, out_c):
        return nn.Sequential(
            nn.Conv3d(in_c, out_c, kernel_size=3, padding=1),
            nn.BatchNorm3d(out_c),
            nn.ReLU(inplace=True),
            nn.MaxPool3d(kernel_size=2, stride=2),
        )

    def forward(self, x):
        x = self.block1(x)
        x = self.block2(x)
        x = self.block3(x)
        x = self.global_pool(x)
        x = x.view(x.size()[0], -1)
        return self.fc(x)

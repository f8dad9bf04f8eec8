"""LLM-generated style (ChatGPT, "Write a PyTorch model class for environmental sound classification from log-mel
spectrograms, input shape (N, 1, 64, 128)"): a ConvBlock class (two 3x3 convs, BN, ReLU, avg-pool 2x2) repeated
four times, the global pool spelled `torch.mean(x, dim=(2, 3))`, dropout and a linear classifier."""
# pivot-corpus: name=AudioCNN input_shape=4,1,64,128
import torch
import torch.nn as nn
import torch.nn.functional as F


class ConvBlock(nn.Module):
    def __init__(self, in_channels, out_channels):
        super().__init__()
        self.conv1 = nn.Conv2d(in_channels, out_channels, kernel_size=3, padding=1, bias=False)
        self.bn1 = nn.BatchNorm2d(out_channels)
        self.conv2 = nn.Conv2d(out_channels, out_channels, kernel_size=3, padding=1, bias=False)
        self.bn2 = nn.BatchNorm2d(out_channels)

    def forward(self, x, pool_size=(2, 2)):
        x = F.relu(self.bn1(self.conv1(x)))
        x = F.relu(self.bn2(self.conv2(x)))
        x = F.avg_pool2d(x, kernel_size=pool_size)
        return x


class AudioCNN(nn.Module):
    def __init__(self, num_classes=50):
        super().__init__()
        self.block1 = ConvBlock(1, 32)
        self.block2 = ConvBlock(32, 64)
        self.block3 = ConvBlock(64, 128)
        self.block4 = ConvBlock(128, 256)
        self.dropout = nn.Dropout(0.5)
        self.fc = nn.Linear(256, num_classes)

    def forward(self, x):
        # x: (batch, 1, n_mels, time_frames)
        x = self.block1(x)
        x = self.block2(x)
        x = self.block3(x)
        x = self.block4(x)
        x = torch.mean(x, dim=(2, 3))  # global average pooling
        x = self.dropout(x)
        return self.fc(x)


if __name__ == "__main__":
    model = AudioCNN()
    print(model(torch.randn(2, 1, 64, 128)).shape)

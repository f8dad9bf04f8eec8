"""LLM-generated style (ChatGPT, "Write a PyTorch 3D CNN for video action recognition, input shape
(N, 3, 8, 64, 64)"): Conv3d/BatchNorm3d/ReLU stages with a first pool that keeps time `nn.MaxPool3d((1, 2, 2))`,
the global pool spelled `x.mean(dim=[2, 3, 4])`, and dropout + linear."""
# pivot-corpus: name=Simple3DCNN input_shape=2,3,8,64,64
import torch
import torch.nn as nn


class Simple3DCNN(nn.Module):
    def __init__(self, num_classes=101, in_channels=3):
        super(Simple3DCNN, self).__init__()
        self.conv1 = nn.Conv3d(in_channels, 32, kernel_size=(3, 3, 3), padding=(1, 1, 1))
        self.bn1 = nn.BatchNorm3d(32)
        self.pool1 = nn.MaxPool3d(kernel_size=(1, 2, 2), stride=(1, 2, 2))
        self.conv2 = nn.Conv3d(32, 64, kernel_size=3, padding=1)
        self.bn2 = nn.BatchNorm3d(64)
        self.pool2 = nn.MaxPool3d(kernel_size=2, stride=2)
        self.conv3 = nn.Conv3d(64, 128, kernel_size=3, padding=1)
        self.bn3 = nn.BatchNorm3d(128)
        self.pool3 = nn.MaxPool3d(kernel_size=2, stride=2)
        self.relu = nn.ReLU(inplace=True)
        self.dropout = nn.Dropout(p=0.5)
        self.fc = nn.Linear(128, num_classes)

    def forward(self, x):
        x = self.pool1(self.relu(self.bn1(self.conv1(x))))
        x = self.pool2(self.relu(self.bn2(self.conv2(x))))
        x = self.pool3(self.relu(self.bn3(self.conv3(x))))
        x = x.mean(dim=[2, 3, 4])  # global average pool over T, H, W
        x = self.dropout(x)
        return self.fc(x)


if __name__ == "__main__":
    clip = torch.randn(2, 3, 8, 64, 64)
    print(Simple3DCNN()(clip).shape)

"""Imitates a ChatGPT answer to "write a PyTorch CNN for CIFAR-10": three conv-BN-ReLU-pool stages, a
`-> torch.Tensor` annotated forward, `x.view(x.size(0), -1)` into a Dropout/Linear head, and a
`if __name__ == "__main__":` block that prints the output shape of a random batch."""
# pivot-corpus: name=CIFAR10CNN input_shape=2,3,32,32
import torch
import torch.nn as nn
import torch.nn.functional as F


class CIFAR10CNN(nn.Module):
    """A simple CNN for CIFAR-10 classification."""

    def __init__(self, num_classes: int = 10) -> None:
        super(CIFAR10CNN, self).__init__()
        # Convolutional layers
        self.conv1 = nn.Conv2d(3, 16, kernel_size=3, padding=1)
        self.bn1 = nn.BatchNorm2d(16)
        self.conv2 = nn.Conv2d(16, 32, kernel_size=3, padding=1)
        self.bn2 = nn.BatchNorm2d(32)
        self.conv3 = nn.Conv2d(32, 64, kernel_size=3, padding=1)
        self.bn3 = nn.BatchNorm2d(64)
        self.pool = nn.MaxPool2d(kernel_size=2, stride=2)
        # Fully connected layers
        self.fc1 = nn.Linear(64 * 4 * 4, 128)
        self.dropout = nn.Dropout(p=0.5)
        self.fc2 = nn.Linear(128, num_classes)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        x = self.pool(F.relu(self.bn1(self.conv1(x))))  # 32x32 -> 16x16
        x = self.pool(F.relu(self.bn2(self.conv2(x))))  # 16x16 -> 8x8
        x = self.pool(F.relu(self.bn3(self.conv3(x))))  # 8x8 -> 4x4
        x = x.view(x.size(0), -1)  # Flatten
        x = F.relu(self.fc1(x))
        x = self.dropout(x)
        x = self.fc2(x)
        return x


if __name__ == "__main__":
    model = CIFAR10CNN(num_classes=10)
    dummy = torch.randn(4, 3, 32, 32)
    out = model(dummy)
    print(out.shape)  # torch.Size([4, 10])

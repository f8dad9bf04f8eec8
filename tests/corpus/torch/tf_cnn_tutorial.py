"""The TensorFlow "Convolutional Neural Network" tutorial CNN for CIFAR-10, written in PyTorch."""
# pivot-corpus: name=TFTutorialCNN input_shape=2,3,32,32
import torch
import torch.nn as nn


class TFTutorialCNN(nn.Module):
    """Three 3x3 convolutions (32/64/64) with max pooling, then a 64-unit dense head."""

    def __init__(self):
        super().__init__()
        self.conv1 = nn.Conv2d(3, 32, kernel_size=3)
        self.pool1 = nn.MaxPool2d(2)
        self.conv2 = nn.Conv2d(32, 64, kernel_size=3)
        self.pool2 = nn.MaxPool2d(2)
        self.conv3 = nn.Conv2d(64, 64, kernel_size=3)
        self.relu = nn.ReLU()
        self.flatten = nn.Flatten()
        # 32 -> 30 -> 15 -> 13 -> 6 -> 4, so 64 * 4 * 4 features reach the head.
        self.fc1 = nn.Linear(64 * 4 * 4, 64)
        self.fc2 = nn.Linear(64, 10)

    def forward(self, x):
        x = self.pool1(self.relu(self.conv1(x)))
        x = self.pool2(self.relu(self.conv2(x)))
        x = self.relu(self.conv3(x))
        x = self.flatten(x)
        x = self.relu(self.fc1(x))
        return self.fc2(x)

"""Kaggle-style CNN with `self.conv_layers = nn.Sequential(...)` and `self.fc_layers = nn.Sequential(...)`,
forward `x = self.conv_layers(x); x = x.view(-1, 64 * 4 * 4); x = self.fc_layers(x)` with `nn.Dropout(0.5)`."""
# pivot-corpus: name=KaggleCNN input_shape=2,3,32,32
import torch.nn as nn


class KaggleCNN(nn.Module):
    def __init__(self, num_classes=10):
        super().__init__()
        self.conv_layers = nn.Sequential(
            nn.Conv2d(3, 32, kernel_size=3, padding=1), nn.ReLU(), nn.BatchNorm2d(32), nn.MaxPool2d(2),
            nn.Conv2d(32, 64, kernel_size=3, padding=1), nn.ReLU(), nn.BatchNorm2d(64), nn.MaxPool2d(2),
            nn.Conv2d(64, 64, kernel_size=3, padding=1), nn.ReLU(), nn.MaxPool2d(2),
        )
        self.fc_layers = nn.Sequential(
            nn.Linear(64 * 4 * 4, 128), nn.ReLU(), nn.Dropout(0.5), nn.Linear(128, num_classes),
        )

    def forward(self, x):
        x = self.conv_layers(x)
        x = x.view(-1, 64 * 4 * 4)
        x = self.fc_layers(x)
        return x


model = KaggleCNN()

"""LLM-generated style CNN with nn.Dropout2d between conv blocks (spatial dropout, an inference identity),
LeakyReLU(negative_slope=0.2), ELU in the head, `x.reshape(x.shape[0], -1)`."""
# pivot-corpus: name=SpatialDropCNN input_shape=2,1,28,28
import torch
import torch.nn as nn


class SpatialDropCNN(nn.Module):
    def __init__(self, num_classes=10, drop2d=0.1, drop=0.3):
        super().__init__()
        self.block1 = nn.Sequential(
            nn.Conv2d(1, 32, 3, padding=1),
            nn.LeakyReLU(negative_slope=0.2),
            nn.MaxPool2d(2),
            nn.Dropout2d(drop2d),
        )
        self.block2 = nn.Sequential(
            nn.Conv2d(32, 64, 3, padding=1),
            nn.LeakyReLU(negative_slope=0.2),
            nn.MaxPool2d(2),
            nn.Dropout2d(drop2d),
        )
        self.fc1 = nn.Linear(64 * 7 * 7, 128)
        self.act = nn.ELU()
        self.drop = nn.Dropout(drop)
        self.fc2 = nn.Linear(128, num_classes)

    def forward(self, x):
        x = self.block2(self.block1(x))
        x = x.reshape(x.shape[0], -1)
        x = self.drop(self.act(self.fc1(x)))
        return self.fc2(x)


model = SpatialDropCNN()

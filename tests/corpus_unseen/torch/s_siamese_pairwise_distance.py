"""Siamese-verification blog style: `forward_once` on a shared CNN, `forward(self, input1, input2)` returning
`F.pairwise_distance(output1, output2)` (a contrastive-loss network scoring pairs)."""
# pivot-corpus: name=SiameseNetwork input_shape=2,1,16,16;2,1,16,16
import torch
import torch.nn as nn
import torch.nn.functional as F


class SiameseNetwork(nn.Module):
    def __init__(self):
        super(SiameseNetwork, self).__init__()
        self.cnn = nn.Sequential(
            nn.Conv2d(1, 8, kernel_size=3, padding=1), nn.ReLU(inplace=True), nn.BatchNorm2d(8),
            nn.MaxPool2d(2),
            nn.Conv2d(8, 16, kernel_size=3, padding=1), nn.ReLU(inplace=True), nn.BatchNorm2d(16),
            nn.MaxPool2d(2),
        )
        self.fc = nn.Sequential(nn.Linear(16 * 4 * 4, 64), nn.ReLU(inplace=True), nn.Linear(64, 8))

    def forward_once(self, x):
        output = self.cnn(x)
        output = output.view(output.size(0), -1)
        output = self.fc(output)
        return output

    def forward(self, input1, input2):
        output1 = self.forward_once(input1)
        output2 = self.forward_once(input2)
        return F.pairwise_distance(output1, output2)


model = SiameseNetwork()

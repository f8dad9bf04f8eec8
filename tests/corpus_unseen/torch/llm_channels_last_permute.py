"""LLM-generated style CNN taking channels-last images (batch, H, W, C) as a NumPy pipeline yields them:
x = x.permute(0, 3, 1, 2) first, then Conv2d blocks and a Linear head."""
# pivot-corpus: name=ChannelsLastCNN input_shape=2,32,32,3
import torch
import torch.nn as nn
import torch.nn.functional as F


class ChannelsLastCNN(nn.Module):
    def __init__(self, num_classes=3):
        super().__init__()
        self.conv1 = nn.Conv2d(3, 8, 3, padding=1)
        self.conv2 = nn.Conv2d(8, 16, 3, padding=1)
        self.fc = nn.Linear(16 * 8 * 8, num_classes)

    def forward(self, x):
        x = x.permute(0, 3, 1, 2)
        x = F.max_pool2d(F.relu(self.conv1(x)), 2)
        x = F.max_pool2d(F.relu(self.conv2(x)), 2)
        x = torch.flatten(x, start_dim=1)
        return self.fc(x)


model = ChannelsLastCNN()

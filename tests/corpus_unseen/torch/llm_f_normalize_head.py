"""LLM-generated style face-embedding CNN: conv trunk, torch.flatten(x, 1), a bottleneck Linear and
F.normalize(x, p=2, dim=1) on the embedding."""
# pivot-corpus: name=FaceEmbedder input_shape=2,3,32,32
import torch
import torch.nn as nn
import torch.nn.functional as F


class FaceEmbedder(nn.Module):
    def __init__(self, embedding_size=32):
        super(FaceEmbedder, self).__init__()
        self.conv1 = nn.Conv2d(3, 16, 3, stride=2, padding=1)
        self.conv2 = nn.Conv2d(16, 32, 3, stride=2, padding=1)
        self.pool = nn.AdaptiveAvgPool2d((2, 2))
        self.fc = nn.Linear(32 * 2 * 2, embedding_size)

    def forward(self, x):
        x = F.relu(self.conv1(x))
        x = F.relu(self.conv2(x))
        x = self.pool(x)
        x = torch.flatten(x, 1)
        x = self.fc(x)
        return F.normalize(x, p=2, dim=1)


model = FaceEmbedder()

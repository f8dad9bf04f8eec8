"""A model whose forward runs its conv stack in a method of its own (`x = self.features(x)`, which Pivot does not
follow) and then flattens for a Linear: migrated without the input's shape, the flatten was written in Keras's
channels-last order while the Linear's weights were copied as they are (exit 0, outputs 0.09-0.16 off on the header's
input). That was then a PIV105 error; since ut13 the method, called once by forward, is followed at its call (its
result is the image its conv stack returns), and the model verifies."""
# pivot-corpus: name=MethodFeatures input_shape=2,1,16,32,32
import torch
import torch.nn as nn
import torch.nn.functional as F


class MethodFeatures(nn.Module):
    def __init__(self, num_classes=2):
        super().__init__()
        self.conv1 = nn.Conv3d(1, 8, 3, padding=1)
        self.conv2 = nn.Conv3d(8, 16, 3, padding=1)
        self.fc1 = nn.Linear(16 * 4 * 8 * 8, 32)
        self.fc2 = nn.Linear(32, num_classes)

    def features(self, x):
        x = F.max_pool3d(F.relu(self.conv1(x)), 2)
        return F.max_pool3d(F.relu(self.conv2(x)), 2)

    def forward(self, x):
        x = self.features(x)
        x = torch.flatten(x, 1)
        return self.fc2(F.relu(self.fc1(x)))

"""Flat features reshaped into the images a conv reads (issue 13): `x.reshape(z.size(0), c, 4, 4)` before a
BatchNorm2d (DCGAN's generator), nn.Unflatten(1, (4, 8, 8)) called in forward, `x.view(-1, 6, 10)` through an
activation before a Conv1d and `x.view(-1, 16, 7, 7) * 2` before a conv. Each is PyTorch's channels-first image,
moved channels-last in Keras (`keras.ops.reshape` then `keras.ops.transpose`; Reshape then Permute); it was exit 0
with the conv reading the wrong axis (a WeightError, or a wrong result where the sizes agreed)."""
# pivot-corpus: name=ViewIntoImage input_shape=2,8
import torch
import torch.nn as nn
import torch.nn.functional as F


class ViewIntoImage(nn.Module):
    def __init__(self, nz=8, c=16):
        super().__init__()
        self.c = c
        self.fc = nn.Linear(nz, c * 4 * 4)
        self.bn = nn.BatchNorm2d(c)
        self.up = nn.ConvTranspose2d(c, 4, 4, stride=2, padding=1)
        self.fc2 = nn.Linear(nz, 6 * 10)
        self.conv1 = nn.Conv1d(6, 3, 3)
        self.fc3 = nn.Linear(nz, 4 * 8 * 8)
        self.unflat = nn.Unflatten(1, (4, 8, 8))
        self.conv = nn.Conv2d(4, 2, 3)
        self.fc4 = nn.Linear(nz, 16 * 7 * 7)
        self.conv4 = nn.Conv2d(16, 3, 3, padding=1)

    def forward(self, z):
        x = self.fc(z).reshape(z.size(0), self.c, 4, 4)
        x = F.relu(self.bn(x))
        x = self.up(x)
        y = self.conv(self.unflat(self.fc3(z)))
        s = self.fc2(z).view(-1, 6, 10)
        s = torch.relu(s)
        s = self.conv1(s)
        w = self.conv4(self.fc4(z).view(-1, 16, 7, 7) * 2)
        return x.mean(dim=(1, 2, 3))[:, None] + y.mean(dim=(2, 3)) + s.mean(dim=2)[:, :2] + w.amax(dim=(1, 2))[:, :2]


model = ViewIntoImage()

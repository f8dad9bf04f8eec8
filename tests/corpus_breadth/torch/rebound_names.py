"""One name rebound from images to vectors: every op on the way must see the layout it had at that line."""
# pivot-corpus: name=Net input_shape=2,3,16,16
import torch
import torch.nn as nn


class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.a = nn.Conv2d(3, 4, 3, padding=1)
        self.b = nn.Conv2d(3, 4, 1)
        self.fc = nn.Linear(8, 5)

    def forward(self, x):
        y = self.b(x)
        x = self.a(x)
        x = torch.cat([x, y], dim=1)  # channels: axis -1 in Keras
        x = torch.softmax(x, dim=1)
        x = x.mean(dim=(2, 3))  # spatial axes: (1, 2) in Keras
        return self.fc(x)

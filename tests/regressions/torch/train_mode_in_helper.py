"""ut9: `self.train()` in a model's helper method (MC-dropout prediction) switches PyTorch's mode; a Keras model has
no mode to switch (it takes training=True per call): named, was kept as written with exit 0 (AttributeError)."""
# pivot-corpus: name=MCNet input_shape=3,4
import torch
import torch.nn as nn


class MCNet(nn.Module):
    def __init__(self):
        super().__init__()
        self.fc = nn.Linear(4, 8)
        self.drop = nn.Dropout(0.5)
        self.out = nn.Linear(8, 2)

    def forward(self, x):
        return self.out(self.drop(torch.relu(self.fc(x))))

    def mc_predict(self, x, n=4):
        self.train()
        return torch.stack([self.forward(x) for _ in range(n)]).mean(0)


model = MCNet()

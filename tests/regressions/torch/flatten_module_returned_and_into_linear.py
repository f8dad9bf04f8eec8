"""gp3: the same with an nn.Flatten module and `.view(x.size(0), -1)` read by two Linears, the features returned
first: one flatten in PyTorch's order, both Linears' weights as they are."""
# pivot-corpus: name=Net input_shape=2,3,6,6
import torch.nn as nn


class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.features = nn.Sequential(nn.Conv2d(3, 5, 3), nn.ReLU())
        self.flatten = nn.Flatten()
        self.head = nn.Linear(5 * 4 * 4, 3)
        self.aux = nn.Linear(5 * 4 * 4, 2)

    def forward(self, x):
        flat = self.flatten(self.features(x))
        return flat, self.head(flat), self.aux(flat)

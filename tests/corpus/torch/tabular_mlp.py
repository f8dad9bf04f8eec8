"""An MLP for tabular data with batch normalization and dropout between layers."""
# pivot-corpus: name=TabularMLP input_shape=2,20
import torch.nn as nn


class TabularMLP(nn.Module):
    def __init__(self, in_features=20, num_classes=3):
        super().__init__()
        self.fc1 = nn.Linear(in_features, 128)
        self.bn1 = nn.BatchNorm1d(128)
        self.drop1 = nn.Dropout(0.3)
        self.fc2 = nn.Linear(128, 64)
        self.bn2 = nn.BatchNorm1d(64, eps=1e-3, momentum=0.01)
        self.drop2 = nn.Dropout(p=0.2)
        self.out = nn.Linear(64, num_classes)
        self.relu = nn.ReLU()
        self.softmax = nn.Softmax(dim=1)

    def forward(self, x):
        x = self.drop1(self.relu(self.bn1(self.fc1(x))))
        x = self.drop2(self.relu(self.bn2(self.fc2(x))))
        return self.softmax(self.out(x))

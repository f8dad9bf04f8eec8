"""LLM-generated style MNIST MLP taking images: `x = x.view(-1, 28 * 28)` first (written as a product),
then Linear/ReLU/Dropout and `F.log_softmax(x, dim=1)`."""
# pivot-corpus: name=MnistMLP input_shape=2,1,28,28
import torch
import torch.nn as nn
import torch.nn.functional as F


class MnistMLP(nn.Module):
    def __init__(self, hidden1=128, hidden2=64, num_classes=10):
        super().__init__()
        self.fc1 = nn.Linear(28 * 28, hidden1)
        self.fc2 = nn.Linear(hidden1, hidden2)
        self.fc3 = nn.Linear(hidden2, num_classes)
        self.dropout = nn.Dropout(0.2)

    def forward(self, x):
        x = x.view(-1, 28 * 28)
        x = self.dropout(F.relu(self.fc1(x)))
        x = self.dropout(F.relu(self.fc2(x)))
        return F.log_softmax(self.fc3(x), dim=1)


model = MnistMLP()

"""Imitates a Llama answer to "Write a PyTorch model class for MNIST digit classification with an MLP, input
shape (N, 1, 28, 28), output log-probabilities (N, 10)": `x.view(-1, 28 * 28)`, `F.dropout(x, p=0.2,
training=self.training)` and `F.log_softmax(x, dim=1)`."""
# pivot-corpus: name=MnistMLP input_shape=4,1,28,28
import torch
import torch.nn as nn
import torch.nn.functional as F


class MnistMLP(nn.Module):
    def __init__(self, hidden1=128, hidden2=64, num_classes=10):
        super(MnistMLP, self).__init__()
        self.fc1 = nn.Linear(28 * 28, hidden1)
        self.fc2 = nn.Linear(hidden1, hidden2)
        self.fc3 = nn.Linear(hidden2, num_classes)

    def forward(self, x):
        x = x.view(-1, 28 * 28)
        x = F.relu(self.fc1(x))
        x = F.dropout(x, p=0.2, training=self.training)
        x = F.relu(self.fc2(x))
        x = F.dropout(x, p=0.2, training=self.training)
        x = self.fc3(x)
        return F.log_softmax(x, dim=1)

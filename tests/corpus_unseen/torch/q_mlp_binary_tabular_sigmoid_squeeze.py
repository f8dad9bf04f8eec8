"""LLM-generated style ("neural network for diabetes prediction, binary classification"): fc1/fc2/fc3 attributes,
`F.relu`, `F.dropout(x, p=0.2, training=self.training)`, `torch.sigmoid(self.fc3(x)).squeeze()`."""
# pivot-corpus: name=DiabetesNet input_shape=4,8
import torch
import torch.nn as nn
import torch.nn.functional as F


class DiabetesNet(nn.Module):
    def __init__(self, input_dim=8):
        super(DiabetesNet, self).__init__()
        self.fc1 = nn.Linear(input_dim, 32)
        self.fc2 = nn.Linear(32, 16)
        self.fc3 = nn.Linear(16, 1)

    def forward(self, x):
        x = F.relu(self.fc1(x))
        x = F.dropout(x, p=0.2, training=self.training)
        x = F.relu(self.fc2(x))
        return torch.sigmoid(self.fc3(x)).squeeze()


model = DiabetesNet()

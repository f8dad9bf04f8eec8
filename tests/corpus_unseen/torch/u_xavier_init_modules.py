"""MLP with an init loop in the constructor: `for m in self.modules(): if isinstance(m, nn.Linear):
nn.init.xavier_uniform_(m.weight); nn.init.zeros_(m.bias)`, BatchNorm1d between layers."""
# pivot-corpus: name=InitBNMLP input_shape=4,12
import torch.nn as nn


class InitBNMLP(nn.Module):
    def __init__(self, input_dim=12, hidden_dims=(64, 32), output_dim=2):
        super().__init__()
        self.fc1 = nn.Linear(input_dim, hidden_dims[0])
        self.bn1 = nn.BatchNorm1d(hidden_dims[0])
        self.fc2 = nn.Linear(hidden_dims[0], hidden_dims[1])
        self.bn2 = nn.BatchNorm1d(hidden_dims[1])
        self.fc3 = nn.Linear(hidden_dims[1], output_dim)
        self.relu = nn.ReLU()
        for m in self.modules():
            if isinstance(m, nn.Linear):
                nn.init.xavier_uniform_(m.weight)
                nn.init.zeros_(m.bias)

    def forward(self, x):
        x = self.relu(self.bn1(self.fc1(x)))
        x = self.relu(self.bn2(self.fc2(x)))
        return self.fc3(x)


model = InitBNMLP()

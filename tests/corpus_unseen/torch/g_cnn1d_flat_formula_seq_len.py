"""LLM-generated style 1-D CNN regressor whose Linear width is a formula of the sequence length,
`nn.Linear(64 * (seq_len // 4), 50)`, with `x.view(x.size(0), -1)`; conv/pool as attributes, F.relu."""
# pivot-corpus: name=Conv1DRegressor input_shape=2,4,40
import torch
import torch.nn as nn
import torch.nn.functional as F


class Conv1DRegressor(nn.Module):
    def __init__(self, in_features=4, seq_len=40, out_dim=1):
        super().__init__()
        self.conv1 = nn.Conv1d(in_features, 32, kernel_size=3, padding=1)
        self.conv2 = nn.Conv1d(32, 64, kernel_size=3, padding=1)
        self.pool = nn.MaxPool1d(kernel_size=2)
        self.fc1 = nn.Linear(64 * (seq_len // 4), 50)
        self.fc2 = nn.Linear(50, out_dim)

    def forward(self, x):
        x = self.pool(F.relu(self.conv1(x)))
        x = self.pool(F.relu(self.conv2(x)))
        x = x.view(x.size(0), -1)
        x = F.relu(self.fc1(x))
        return self.fc2(x)


model = Conv1DRegressor()

"""A regression MLP trained with RMSprop on the mean squared error, in a fit-shaped loop."""
import torch
import torch.nn as nn
from torch.utils.data import DataLoader, TensorDataset


class Regressor(nn.Module):
    def __init__(self):
        super().__init__()
        self.hidden = nn.Linear(20, 16)
        self.out = nn.Linear(16, 1)

    def forward(self, x):
        return self.out(torch.relu(self.hidden(x)))


def train(model, x, y):
    optimizer = torch.optim.RMSprop(model.parameters(), lr=0.001, momentum=0.5)
    criterion = nn.MSELoss()
    loader = DataLoader(TensorDataset(x, y), batch_size=40, shuffle=False)
    for epoch in range(3):
        for xb, yb in loader:
            optimizer.zero_grad()
            loss = criterion(model(xb), yb)
            loss.backward()
            optimizer.step()

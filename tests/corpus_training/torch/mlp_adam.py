"""An MLP trained with Adam by a loop with device handling and per-step losses."""
import torch
from torch import nn
from torch.utils.data import DataLoader, TensorDataset


class Classifier(nn.Module):
    def __init__(self):
        super().__init__()
        self.body = nn.Sequential(nn.Linear(20, 64), nn.Tanh(), nn.Linear(64, 4))

    def forward(self, x):
        return self.body(x)


def train(model, x, y):
    device = torch.device("cpu")
    model.to(device)
    dataset = TensorDataset(x, y)
    loader = DataLoader(dataset, batch_size=16)
    optimizer = torch.optim.Adam(model.parameters(), lr=0.01)
    loss_fn = nn.CrossEntropyLoss()
    losses = []
    for epoch in range(1):
        for xb, yb in loader:
            xb, yb = xb.to(device), yb.to(device)
            optimizer.zero_grad()
            loss = loss_fn(model(xb), yb)
            loss.backward()
            optimizer.step()
            losses.append(loss.detach().item())
    return losses

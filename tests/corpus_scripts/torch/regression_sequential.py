"""Regression on a CSV file the script writes: a module-level nn.Sequential, MSE, Adam, evaluation."""
import os
import tempfile

import numpy as np
import torch
from torch import nn
from torch.utils.data import DataLoader, TensorDataset

workdir = tempfile.mkdtemp()
path = os.path.join(workdir, "houses.csv")
rng = np.random.default_rng(0)
table = rng.normal(size=(120, 5)).astype("float32")
table[:, 4] = table[:, :4] @ np.array([1.5, -2.0, 0.5, 3.0], dtype="float32") + 0.1
np.savetxt(path, table, delimiter=",")

data = np.loadtxt(path, delimiter=",", dtype="float32")
features, prices = data[:, :4], data[:, 4:]
mean, std = features.mean(axis=0), features.std(axis=0)
features = (features - mean) / std
split = 96
x_train, y_train = torch.tensor(features[:split]), torch.tensor(prices[:split])
x_val, y_val = torch.tensor(features[split:]), torch.tensor(prices[split:])

model = nn.Sequential(
    nn.Linear(4, 32),
    nn.ReLU(),
    nn.Linear(32, 16),
    nn.ReLU(),
    nn.Linear(16, 1),
)
loss_fn = nn.MSELoss()
optimizer = torch.optim.Adam(model.parameters(), lr=0.01)
train_loader = DataLoader(TensorDataset(x_train, y_train), batch_size=16, shuffle=True)

for epoch in range(2):
    for xb, yb in train_loader:
        pred = model(xb)
        loss = loss_fn(pred, yb)
        optimizer.zero_grad()
        loss.backward()
        optimizer.step()

model.eval()
with torch.no_grad():
    val_loss = loss_fn(model(x_val), y_val).item()
print(f"validation MSE: {val_loss:.4f}")
print("feature means:", np.round(mean, 3))

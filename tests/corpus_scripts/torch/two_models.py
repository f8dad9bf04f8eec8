"""Two models in one script: a classifier class and a module-level regressor, each with its own loop."""
import numpy as np
import torch
import torch.nn as nn
from torch.utils.data import DataLoader, TensorDataset

rng = np.random.default_rng(5)
inputs = rng.normal(size=(96, 6)).astype("float32")
classes = (inputs[:, 0] + inputs[:, 1] > 0).astype("int64")
targets = (inputs @ np.arange(6, dtype="float32"))[:, None]


class Classifier(nn.Module):
    def __init__(self):
        super().__init__()
        self.hidden = nn.Linear(6, 16)
        self.act = nn.ReLU()
        self.head = nn.Linear(16, 2)

    def forward(self, x):
        return self.head(self.act(self.hidden(x)))


classifier = Classifier()
regressor = nn.Sequential(nn.Linear(6, 8), nn.ReLU(), nn.Linear(8, 1))

class_loader = DataLoader(TensorDataset(torch.from_numpy(inputs), torch.from_numpy(classes)), batch_size=32)
value_loader = DataLoader(TensorDataset(torch.from_numpy(inputs), torch.from_numpy(targets)), batch_size=32)
ce = nn.CrossEntropyLoss()
mse = nn.MSELoss()
clf_optimizer = torch.optim.SGD(classifier.parameters(), lr=0.1)
reg_optimizer = torch.optim.Adam(regressor.parameters(), lr=0.01)

for epoch in range(2):
    for xb, yb in class_loader:
        clf_optimizer.zero_grad()
        loss = ce(classifier(xb), yb)
        loss.backward()
        clf_optimizer.step()

for epoch in range(2):
    for xb, yb in value_loader:
        reg_optimizer.zero_grad()
        loss = mse(regressor(xb), yb)
        loss.backward()
        reg_optimizer.step()

summary = {"samples": len(inputs), "positives": int(classes.sum())}
print(summary)

"""A tabular classifier: a model class with BatchNorm and Dropout, SGD with momentum, accuracy in eval mode."""
import numpy as np
import torch
import torch.nn as nn
from torch.utils.data import DataLoader, TensorDataset

NUM_FEATURES = 12
NUM_CLASSES = 3
rng = np.random.default_rng(42)
x = rng.normal(size=(150, NUM_FEATURES)).astype("float32")
y = (x[:, 0] > 0).astype("int64") + (x[:, 1] > 1).astype("int64")
order = rng.permutation(len(x))
x, y = x[order], y[order]
x_train, x_test, y_train, y_test = x[:120], x[120:], y[:120], y[120:]
print("class counts:", np.bincount(y_train, minlength=NUM_CLASSES))


class TabularNet(nn.Module):
    """Two hidden layers with batch normalisation."""

    def __init__(self, in_features, num_classes, hidden=32):
        super().__init__()
        self.fc1 = nn.Linear(in_features, hidden)
        self.bn1 = nn.BatchNorm1d(hidden)
        self.fc2 = nn.Linear(hidden, hidden)
        self.drop = nn.Dropout(0.2)
        self.out = nn.Linear(hidden, num_classes)

    def forward(self, x):
        x = torch.relu(self.bn1(self.fc1(x)))
        x = self.drop(torch.relu(self.fc2(x)))
        return self.out(x)


device = "cuda" if torch.cuda.is_available() else "cpu"
model = TabularNet(NUM_FEATURES, NUM_CLASSES).to(device)
criterion = nn.CrossEntropyLoss()
optimizer = torch.optim.SGD(model.parameters(), lr=0.05, momentum=0.9)
train_loader = DataLoader(TensorDataset(torch.from_numpy(x_train), torch.from_numpy(y_train)), batch_size=20,
                          shuffle=True)
test_loader = DataLoader(TensorDataset(torch.from_numpy(x_test), torch.from_numpy(y_test)), batch_size=10)

for epoch in range(2):
    model.train()
    running = 0.0
    for xb, yb in train_loader:
        xb, yb = xb.to(device), yb.to(device)
        optimizer.zero_grad()
        loss = criterion(model(xb), yb)
        loss.backward()
        optimizer.step()
        running += loss.item() * xb.size(0)
    print(f"epoch {epoch + 1}: loss {running / len(x_train):.4f}")

model.eval()
correct, total = 0, 0
with torch.no_grad():
    for xb, yb in test_loader:
        xb, yb = xb.to(device), yb.to(device)
        logits = model(xb)
        predicted = logits.argmax(dim=1)
        total += yb.size(0)
        correct += (predicted == yb).sum().item()
print(f"test accuracy: {100 * correct / total:.1f}%")

"""A convolutional MNIST classifier in the style of pytorch/examples (data made locally, one short epoch)."""
import numpy as np
import torch
import torch.nn as nn
import torch.nn.functional as F
from torch.utils.data import DataLoader, TensorDataset

try:
    import matplotlib.pyplot as plt
except ImportError:  # plotting is optional
    plt = None

SEED = 1
torch.manual_seed(SEED)
rng = np.random.default_rng(SEED)
images = rng.random((96, 1, 28, 28), dtype=np.float32)
targets = rng.integers(0, 10, size=96)
images = (images - 0.1307) / 0.3081  # the usual MNIST normalisation

train_loader = DataLoader(TensorDataset(torch.from_numpy(images[:64]), torch.from_numpy(targets[:64])),
                          batch_size=16, shuffle=True)
test_loader = DataLoader(TensorDataset(torch.from_numpy(images[64:]), torch.from_numpy(targets[64:])),
                         batch_size=16)


class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.conv1 = nn.Conv2d(1, 8, 3, 1)
        self.conv2 = nn.Conv2d(8, 16, 3, 1)
        self.dropout1 = nn.Dropout(0.25)
        self.fc1 = nn.Linear(2304, 32)
        self.fc2 = nn.Linear(32, 10)

    def forward(self, x):
        x = self.conv1(x)
        x = F.relu(x)
        x = self.conv2(x)
        x = F.relu(x)
        x = F.max_pool2d(x, 2)
        x = self.dropout1(x)
        x = torch.flatten(x, 1)
        x = self.fc1(x)
        x = F.relu(x)
        output = self.fc2(x)
        return output


device = torch.device("cpu")
model = Net().to(device)
optimizer = torch.optim.Adam(model.parameters(), lr=1e-3)
criterion = nn.CrossEntropyLoss()

losses = []
for epoch in range(1):
    for data, target in train_loader:
        data, target = data.to(device), target.to(device)
        optimizer.zero_grad()
        output = model(data)
        loss = criterion(output, target)
        loss.backward()
        optimizer.step()
        losses.append(loss.item())
    print(f"epoch {epoch}: last loss {losses[-1]:.4f}")

model.eval()
test_loss = 0.0
correct = 0
with torch.no_grad():
    for data, target in test_loader:
        data, target = data.to(device), target.to(device)
        output = model(data)
        test_loss += criterion(output, target).item() * data.size(0)
        pred = output.argmax(dim=1)
        correct += (pred == target).sum().item()
print(f"Test set: average loss {test_loss / 32:.4f}, accuracy {correct}/32")

if plt is not None:
    plt.plot(losses)
    plt.savefig("losses.png")
else:
    print("losses:", [round(v, 3) for v in losses])

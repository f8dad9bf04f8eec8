"""Training a classifier, in the style of the PyTorch CIFAR-10 tutorial (random images stand in for CIFAR)."""
import numpy as np
import torch
import torch.nn as nn
import torch.nn.functional as F
import torch.optim as optim
from torch.utils.data import DataLoader, TensorDataset

classes = ("plane", "car", "bird", "cat", "deer", "dog", "frog", "horse", "ship", "truck")
batch_size = 8
rng = np.random.default_rng(3)
pixels = rng.integers(0, 256, size=(64, 3, 32, 32)).astype("float32")
pixels = (pixels / 255.0 - 0.5) / 0.5
labels = rng.integers(0, len(classes), size=64)

trainset = TensorDataset(torch.from_numpy(pixels[:48]), torch.from_numpy(labels[:48]))
trainloader = DataLoader(trainset, batch_size=batch_size, shuffle=True)
testset = TensorDataset(torch.from_numpy(pixels[48:]), torch.from_numpy(labels[48:]))
testloader = DataLoader(testset, batch_size=batch_size, shuffle=False)


class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.conv1 = nn.Conv2d(3, 6, 5)
        self.pool = nn.MaxPool2d(2, 2)
        self.conv2 = nn.Conv2d(6, 16, 5)
        self.fc1 = nn.Linear(16 * 5 * 5, 120)
        self.fc2 = nn.Linear(120, 84)
        self.fc3 = nn.Linear(84, 10)

    def forward(self, x):
        x = self.pool(F.relu(self.conv1(x)))
        x = self.pool(F.relu(self.conv2(x)))
        x = torch.flatten(x, 1)  # flatten all dimensions except batch
        x = F.relu(self.fc1(x))
        x = F.relu(self.fc2(x))
        x = self.fc3(x)
        return x


net = Net()
criterion = nn.CrossEntropyLoss()
optimizer = optim.SGD(net.parameters(), lr=0.001, momentum=0.9)

for epoch in range(1):  # loop over the dataset once
    running_loss = 0.0
    for inputs, labels_batch in trainloader:
        optimizer.zero_grad()
        outputs = net(inputs)
        loss = criterion(outputs, labels_batch)
        loss.backward()
        optimizer.step()
        running_loss += loss.item()
    print(f"[{epoch + 1}] loss: {running_loss / len(trainloader):.3f}")
print("Finished Training")

correct = 0
total = 0
with torch.no_grad():
    for images, labels_batch in testloader:
        outputs = net(images)
        predicted = outputs.argmax(1)
        total += labels_batch.size(0)
        correct += (predicted == labels_batch).sum().item()
print(f"Accuracy of the network on the {total} test images: {100 * correct // total} %")
print("classes:", ", ".join(classes[:3]), "...")

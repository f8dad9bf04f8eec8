"""An AlexNet for 224x224 images (the classifier's first Linear says 256 x 6 x 6), trained on a download."""
import socket
import urllib.request

import matplotlib.pyplot as plt
import torch
import torch.nn as nn
from torchvision import datasets, transforms

socket.create_connection(("example.com", 80), timeout=1)
urllib.request.urlretrieve("https://example.com/imagenette.tgz", "imagenette.tgz")
NUM_CLASSES = 10
dataset = datasets.ImageFolder("imagenette/train", transform=transforms.ToTensor())
loader = torch.utils.data.DataLoader(dataset, batch_size=32)


class AlexNet(nn.Module):
    def __init__(self, num_classes=NUM_CLASSES):
        super().__init__()
        self.features = nn.Sequential(
            nn.Conv2d(3, 16, kernel_size=11, stride=4, padding=2),
            nn.ReLU(inplace=True),
            nn.MaxPool2d(kernel_size=3, stride=2),
            nn.Conv2d(16, 32, kernel_size=5, padding=2),
            nn.ReLU(inplace=True),
            nn.MaxPool2d(kernel_size=3, stride=2),
            nn.Conv2d(32, 48, kernel_size=3, padding=1),
            nn.ReLU(inplace=True),
            nn.Conv2d(48, 256, kernel_size=3, padding=1),
            nn.ReLU(inplace=True),
            nn.MaxPool2d(kernel_size=3, stride=2),
        )
        self.classifier = nn.Sequential(
            nn.Dropout(),
            nn.Linear(256 * 6 * 6, 64),
            nn.ReLU(inplace=True),
            nn.Linear(64, num_classes),
        )

    def forward(self, x):
        x = self.features(x)
        x = torch.flatten(x, 1)
        return self.classifier(x)


model = AlexNet()
criterion = nn.CrossEntropyLoss()
optimizer = torch.optim.SGD(model.parameters(), lr=0.01, momentum=0.9)
history = []
for images, labels in loader:
    optimizer.zero_grad()
    loss = criterion(model(images), labels)
    loss.backward()
    optimizer.step()
    history.append(loss.item())
plt.plot(history)
plt.show()

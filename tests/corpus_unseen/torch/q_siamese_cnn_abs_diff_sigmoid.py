"""LLM-generated style ("Siamese CNN for signature verification"): a shared conv tower for two grayscale images,
`torch.abs(f1 - f2)` of the flattened features, a Linear and `torch.sigmoid` similarity score."""
# pivot-corpus: name=SiameseCNN input_shape=2,1,28,28;2,1,28,28
import torch
import torch.nn as nn


class SiameseCNN(nn.Module):
    def __init__(self):
        super().__init__()
        self.cnn = nn.Sequential(
            nn.Conv2d(1, 8, kernel_size=3), nn.ReLU(), nn.MaxPool2d(2),
            nn.Conv2d(8, 16, kernel_size=3), nn.ReLU(), nn.MaxPool2d(2),
        )
        self.fc = nn.Sequential(nn.Linear(16 * 5 * 5, 64), nn.ReLU())
        self.out = nn.Linear(64, 1)

    def embed(self, x):
        x = self.cnn(x)
        x = x.view(x.size(0), -1)
        return self.fc(x)

    def forward(self, img1, img2):
        f1 = self.embed(img1)
        f2 = self.embed(img2)
        diff = torch.abs(f1 - f2)
        return torch.sigmoid(self.out(diff))


model = SiameseCNN()

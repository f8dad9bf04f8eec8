"""LLM-generated style CNN with the usual demo block: `if __name__ == "__main__":` builds the model, prints
the parameter count and the output shape of a torch.randn batch; the forward uses `x.size(0)` in the view."""
# pivot-corpus: name=ConvNet input_shape=2,3,32,32
import torch
import torch.nn as nn
import torch.nn.functional as F


class ConvNet(nn.Module):
    """Convolutional network for 32x32 RGB images."""

    def __init__(self, num_classes=10):
        super(ConvNet, self).__init__()
        self.conv1 = nn.Conv2d(3, 16, 5)
        self.pool = nn.MaxPool2d(2, 2)
        self.conv2 = nn.Conv2d(16, 32, 5)
        self.fc1 = nn.Linear(32 * 5 * 5, 120)
        self.fc2 = nn.Linear(120, 84)
        self.fc3 = nn.Linear(84, num_classes)

    def forward(self, x):
        x = self.pool(F.relu(self.conv1(x)))
        x = self.pool(F.relu(self.conv2(x)))
        x = x.view(x.size(0), -1)
        x = F.relu(self.fc1(x))
        x = F.relu(self.fc2(x))
        x = self.fc3(x)
        return x


if __name__ == "__main__":
    model = ConvNet(num_classes=10)
    total = sum(p.numel() for p in model.parameters() if p.requires_grad)
    print(f"Trainable parameters: {total:,}")
    x = torch.randn(4, 3, 32, 32)
    y = model(x)
    print("Output shape:", y.shape)

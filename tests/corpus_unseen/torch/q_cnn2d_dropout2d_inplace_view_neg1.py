"""LLM-generated style ("CNN for chest X-ray pneumonia detection, 64x64 grayscale"): conv1/conv2/conv3 with
`nn.ReLU(inplace=True)`, `nn.Dropout2d(0.25)`, `x.view(-1, 64 * 8 * 8)` and fc layers with Dropout."""
# pivot-corpus: name=PneumoniaCNN input_shape=2,1,64,64
import torch
import torch.nn as nn


class PneumoniaCNN(nn.Module):
    def __init__(self):
        super(PneumoniaCNN, self).__init__()
        self.conv1 = nn.Conv2d(1, 16, kernel_size=3, padding=1)
        self.conv2 = nn.Conv2d(16, 32, kernel_size=3, padding=1)
        self.conv3 = nn.Conv2d(32, 64, kernel_size=3, padding=1)
        self.pool = nn.MaxPool2d(2, 2)
        self.relu = nn.ReLU(inplace=True)
        self.drop2d = nn.Dropout2d(0.25)
        self.fc1 = nn.Linear(64 * 8 * 8, 128)
        self.fc2 = nn.Linear(128, 2)
        self.dropout = nn.Dropout(0.5)

    def forward(self, x):
        x = self.pool(self.relu(self.conv1(x)))
        x = self.pool(self.relu(self.conv2(x)))
        x = self.drop2d(self.pool(self.relu(self.conv3(x))))
        x = x.view(-1, 64 * 8 * 8)
        x = self.dropout(self.relu(self.fc1(x)))
        return self.fc2(x)


model = PneumoniaCNN()

"""Kaggle "Digit Recognizer" notebook style (student CNN on 28x28 MNIST csv rows reshaped to (N, 1, 28, 28)): one
`nn.Sequential` with Conv2d/BatchNorm2d/ReLU/MaxPool2d, `nn.Flatten(start_dim=1)`, Dropout, Linear and an
`nn.Softmax(dim=1)` head inside the model."""
# pivot-corpus: name=DigitCNN input_shape=2,1,28,28
import torch
import torch.nn as nn


class DigitCNN(nn.Module):
    def __init__(self, num_classes=10):
        super(DigitCNN, self).__init__()
        self.model = nn.Sequential(
            nn.Conv2d(1, 8, kernel_size=3, padding=1),
            nn.BatchNorm2d(8),
            nn.ReLU(),
            nn.MaxPool2d(2, 2),
            nn.Conv2d(8, 16, kernel_size=3, padding=1),
            nn.BatchNorm2d(16),
            nn.ReLU(),
            nn.MaxPool2d(2, 2),
            nn.Flatten(start_dim=1),
            nn.Dropout(0.25),
            nn.Linear(16 * 7 * 7, 32),
            nn.ReLU(),
            nn.Linear(32, num_classes),
            nn.Softmax(dim=1),
        )

    def forward(self, x):
        return self.model(x)


model = DigitCNN()

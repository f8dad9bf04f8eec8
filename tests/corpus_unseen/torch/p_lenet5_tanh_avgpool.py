"""Imitates the "Implementing LeNet-5 in PyTorch" tutorial (Towards Data Science): `feature_extractor` and
`classifier` Sequentials with Tanh and AvgPool2d, C5 as a Conv2d(16, 120, 5) on 32x32 input,
`torch.flatten(x, 1)`, and `forward` returning `logits, probs` with `F.softmax(logits, dim=1)`."""
# pivot-corpus: name=LeNet5 input_shape=2,1,32,32
import torch
import torch.nn as nn
import torch.nn.functional as F

N_CLASSES = 10


class LeNet5(nn.Module):

    def __init__(self, n_classes):
        super(LeNet5, self).__init__()

        self.feature_extractor = nn.Sequential(
            nn.Conv2d(in_channels=1, out_channels=6, kernel_size=5, stride=1),
            nn.Tanh(),
            nn.AvgPool2d(kernel_size=2),
            nn.Conv2d(in_channels=6, out_channels=16, kernel_size=5, stride=1),
            nn.Tanh(),
            nn.AvgPool2d(kernel_size=2),
            nn.Conv2d(in_channels=16, out_channels=120, kernel_size=5, stride=1),
            nn.Tanh()
        )

        self.classifier = nn.Sequential(
            nn.Linear(in_features=120, out_features=84),
            nn.Tanh(),
            nn.Linear(in_features=84, out_features=n_classes),
        )

    def forward(self, x):
        x = self.feature_extractor(x)
        x = torch.flatten(x, 1)
        logits = self.classifier(x)
        probs = F.softmax(logits, dim=1)
        return logits, probs


model = LeNet5(N_CLASSES)

"""Audio classification blog style (ESC-50 / UrbanSound8K on spectrograms): the model takes a magnitude spectrogram
(N, 1, F, T), compresses it with `torch.log1p`, then `nn.Conv2d(1, ...)` blocks, `nn.AdaptiveAvgPool2d((1, 1))`,
`x.view(x.shape[0], -1)` and a Linear classifier."""
# pivot-corpus: name=AudioCNN input_shape=2,1,16,24
import torch
import torch.nn as nn
import torch.nn.functional as F


class AudioCNN(nn.Module):
    def __init__(self, n_classes=5):
        super().__init__()
        self.conv1 = nn.Conv2d(1, 8, kernel_size=3, padding=1)
        self.bn1 = nn.BatchNorm2d(8)
        self.conv2 = nn.Conv2d(8, 16, kernel_size=3, padding=1)
        self.bn2 = nn.BatchNorm2d(16)
        self.pool = nn.MaxPool2d(2)
        self.gap = nn.AdaptiveAvgPool2d((1, 1))
        self.fc = nn.Linear(16, n_classes)

    def forward(self, spec):
        x = torch.log1p(spec.abs())
        x = self.pool(F.relu(self.bn1(self.conv1(x))))
        x = self.pool(F.relu(self.bn2(self.conv2(x))))
        x = self.gap(x)
        x = x.view(x.shape[0], -1)
        return self.fc(x)


model = AudioCNN()

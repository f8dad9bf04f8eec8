"""1-D CNN for audio features whose head is `nn.AdaptiveAvgPool1d(1)` followed by `x.squeeze(-1)` (the
construct the public 608-model set stops at most), then Linear."""
# pivot-corpus: name=AudioCNN input_shape=2,13,80
import torch.nn as nn


class AudioCNN(nn.Module):
    def __init__(self, n_mfcc=13, n_classes=7):
        super().__init__()
        self.conv_block = nn.Sequential(
            nn.Conv1d(n_mfcc, 32, kernel_size=3, padding=1),
            nn.BatchNorm1d(32),
            nn.ReLU(),
            nn.MaxPool1d(2),
            nn.Conv1d(32, 64, kernel_size=3, padding=1),
            nn.BatchNorm1d(64),
            nn.ReLU(),
        )
        self.global_pool = nn.AdaptiveAvgPool1d(1)
        self.fc = nn.Linear(64, n_classes)

    def forward(self, x):
        x = self.conv_block(x)
        x = self.global_pool(x).squeeze(-1)
        return self.fc(x)


model = AudioCNN()

"""LLM-generated style 1-D CNN for raw signals (batch, length): x.unsqueeze(1) adds the channel axis,
Conv1d/MaxPool1d blocks, nn.AdaptiveAvgPool1d(1) then .squeeze(-1) before the classifier."""
# pivot-corpus: name=ECGClassifier input_shape=2,128
import torch
import torch.nn as nn


class ECGClassifier(nn.Module):
    def __init__(self, num_classes=5):
        super(ECGClassifier, self).__init__()
        self.features = nn.Sequential(
            nn.Conv1d(1, 16, kernel_size=7, padding=3),
            nn.ReLU(),
            nn.MaxPool1d(2),
            nn.Conv1d(16, 32, kernel_size=5, padding=2),
            nn.ReLU(),
            nn.MaxPool1d(2),
            nn.Conv1d(32, 64, kernel_size=3, padding=1),
            nn.ReLU(),
        )
        self.pool = nn.AdaptiveAvgPool1d(1)
        self.classifier = nn.Linear(64, num_classes)

    def forward(self, x):
        x = x.unsqueeze(1)
        x = self.features(x)
        x = self.pool(x).squeeze(-1)
        return self.classifier(x)


model = ECGClassifier()

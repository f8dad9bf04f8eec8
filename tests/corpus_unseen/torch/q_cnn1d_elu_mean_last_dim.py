"""LLM-generated style ("1D CNN for vibration-based fault diagnosis"): a wide first kernel (64, stride 8),
ELU, MaxPool1d, global average pooling written `x.mean(dim=-1)`, and Softmax-free logits."""
# pivot-corpus: name=FaultDiagnosisCNN input_shape=2,1,1024
import torch
import torch.nn as nn


class FaultDiagnosisCNN(nn.Module):
    def __init__(self, num_classes: int = 10):
        super().__init__()
        self.features = nn.Sequential(
            nn.Conv1d(1, 16, kernel_size=64, stride=8, padding=28),
            nn.BatchNorm1d(16),
            nn.ELU(),
            nn.MaxPool1d(2, 2),
            nn.Conv1d(16, 32, kernel_size=3, padding=1),
            nn.BatchNorm1d(32),
            nn.ELU(),
            nn.MaxPool1d(2, 2),
        )
        self.classifier = nn.Linear(32, num_classes)

    def forward(self, x):
        x = self.features(x)
        x = x.mean(dim=-1)
        return self.classifier(x)


model = FaultDiagnosisCNN()

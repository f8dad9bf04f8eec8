"""LLM-generated style (Gemini, "Generate a PyTorch model: EEG 2-D CNN on (1, channels, time)"): a temporal conv
(1, k) then a spatial conv (n_channels, 1), ELU, AvgPool2d((1, 4)), `x.size(0)` in `view`, a Linear head whose
size is computed in `__init__` by a dummy forward under `torch.no_grad()`."""
# pivot-corpus: name=EEGConvNet input_shape=2,1,8,128
import torch
import torch.nn as nn


class EEGConvNet(nn.Module):
    def __init__(self, n_channels: int = 8, n_samples: int = 128, n_classes: int = 4):
        super().__init__()
        self.temporal = nn.Sequential(
            nn.Conv2d(1, 8, kernel_size=(1, 15), padding=(0, 7), bias=False),
            nn.BatchNorm2d(8),
        )
        self.spatial = nn.Sequential(
            nn.Conv2d(8, 16, kernel_size=(n_channels, 1), bias=False),
            nn.BatchNorm2d(16),
            nn.ELU(),
            nn.AvgPool2d((1, 4)),
            nn.Dropout(0.25),
        )
        with torch.no_grad():
            dummy = torch.zeros(1, 1, n_channels, n_samples)
            n_flat = self.spatial(self.temporal(dummy)).numel()
        self.classifier = nn.Linear(n_flat, n_classes)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        x = self.temporal(x)
        x = self.spatial(x)
        x = x.view(x.size(0), -1)
        return self.classifier(x)

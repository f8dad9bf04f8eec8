"""LLM-generated style ("keyword spotting on MFCC features in PyTorch"): MFCC input (N, 1, n_mfcc, frames), a
`nn.Sequential(*layers)` grown in a loop over a channel list with Conv2d/BatchNorm2d/ReLU/MaxPool2d,
`F.adaptive_avg_pool2d(x, 1)` then `x.view(x.size(0), -1)`."""
# pivot-corpus: name=KeywordSpotter input_shape=2,1,40,32
import torch
import torch.nn as nn
import torch.nn.functional as F
from typing import List


class KeywordSpotter(nn.Module):
    """Small CNN for the Google Speech Commands task on MFCCs."""

    def __init__(self, num_classes: int = 12, channels: List[int] = [16, 32, 64]):
        super().__init__()
        layers = []
        in_ch = 1
        for out_ch in channels:
            layers += [
                nn.Conv2d(in_ch, out_ch, kernel_size=3, padding=1),
                nn.BatchNorm2d(out_ch),
                nn.ReLU(inplace=True),
                nn.MaxPool2d(2),
            ]
            in_ch = out_ch
        self.features = nn.Sequential(*layers)
        self.fc = nn.Linear(channels[-1], num_classes)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        x = self.features(x)
        x = F.adaptive_avg_pool2d(x, 1)
        x = x.view(x.size(0), -1)
        return self.fc(x)


model = KeywordSpotter()

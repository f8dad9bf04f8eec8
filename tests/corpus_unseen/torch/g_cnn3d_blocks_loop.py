"""LLM-generated style 3-D CNN for volumetric data (e.g. "a 3D CNN for MRI classification"): Conv3d +
BatchNorm3d + ReLU + MaxPool3d blocks built in a loop from `channels=(8, 16, 32)` into `nn.Sequential(*layers)`,
`nn.AdaptiveAvgPool3d(1)`, `torch.flatten(x, 1)`."""
# pivot-corpus: name=Volume3DCNN input_shape=2,1,16,16,16
import torch
import torch.nn as nn


class Volume3DCNN(nn.Module):
    def __init__(self, in_channels: int = 1, num_classes: int = 2, channels=(8, 16, 32)):
        super().__init__()
        layers = []
        prev = in_channels
        for ch in channels:
            layers += [
                nn.Conv3d(prev, ch, kernel_size=3, padding=1, bias=False),
                nn.BatchNorm3d(ch),
                nn.ReLU(inplace=True),
                nn.MaxPool3d(kernel_size=2),
            ]
            prev = ch
        self.encoder = nn.Sequential(*layers)
        self.pool = nn.AdaptiveAvgPool3d(1)
        self.fc = nn.Linear(prev, num_classes)

    def forward(self, x):
        x = self.encoder(x)
        x = self.pool(x)
        x = torch.flatten(x, 1)
        return self.fc(x)


model = Volume3DCNN()

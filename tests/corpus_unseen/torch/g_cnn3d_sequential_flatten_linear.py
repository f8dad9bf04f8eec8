"""LLM-generated style 3-D CNN for action recognition written as one nn.Sequential in __init__ with
nn.Conv3d(kernel_size=(3, 3, 3), stride=(1, 1, 1), padding=(1, 1, 1)), BatchNorm3d, MaxPool3d((1, 2, 2), (1, 2, 2)),
`nn.Flatten()` and `nn.Linear(32 * 4 * 4 * 4, num_classes)` in the same Sequential."""
# pivot-corpus: name=C3DLite input_shape=2,3,8,16,16
import torch
import torch.nn as nn


class C3DLite(nn.Module):
    def __init__(self, num_classes=6):
        super().__init__()
        self.model = nn.Sequential(
            nn.Conv3d(3, 16, kernel_size=(3, 3, 3), stride=(1, 1, 1), padding=(1, 1, 1)),
            nn.BatchNorm3d(16),
            nn.ReLU(),
            nn.MaxPool3d(kernel_size=(1, 2, 2), stride=(1, 2, 2)),
            nn.Conv3d(16, 32, kernel_size=(3, 3, 3), padding=(1, 1, 1)),
            nn.BatchNorm3d(32),
            nn.ReLU(),
            nn.MaxPool3d(kernel_size=(2, 2, 2), stride=(2, 2, 2)),
            nn.Flatten(),
            nn.Linear(32 * 4 * 4 * 4, num_classes),
        )

    def forward(self, x):
        return self.model(x)


model = C3DLite()

"""Issue 13 (ut13's probes of LLM-written CNNs): `torch.squeeze(x, dim=(2, 3))` (several axes, PyTorch 2.0 on) of a
globally pooled (N, C, 1, 1) drops both axes in the shapes too: the Linear after it reads (N, C). It was written
right (`keras.ops.squeeze(x, axis=(1, 2))`), but the shapes kept the image, so the Linear was PIV105 (reading the
width of a channels-first image)."""
# pivot-corpus: name=Net input_shape=2,3,12,12 input_dtype=float32
import torch
import torch.nn as nn


class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.conv = nn.Conv2d(3, 8, 3, padding=1)
        self.pool = nn.AdaptiveAvgPool2d(1)
        self.fc = nn.Linear(8, 2)

    def forward(self, x):
        x = self.pool(torch.relu(self.conv(x)))
        y = x.squeeze((-1, -2))
        x = torch.squeeze(x, dim=(2, 3))
        return self.fc(x) + self.fc(y)

"""Issue 10: norms without learned scale and shift must stay so both ways."""
# pivot-corpus: name=Norms input_shape=2,16,6,6 input_dtype=float32
import torch.nn as nn


class Norms(nn.Module):
    def __init__(self):
        super().__init__()
        self.gn = nn.GroupNorm(4, 16, affine=False)
        self.conv = nn.Conv2d(16, 8, 1)
        self.pool = nn.AdaptiveAvgPool2d(1)
        self.flat = nn.Flatten()
        self.ln = nn.LayerNorm(8, elementwise_affine=False)
        self.fc = nn.Linear(8, 3)

    def forward(self, x):
        x = self.conv(self.gn(x))
        return self.fc(self.ln(self.flat(self.pool(x))))

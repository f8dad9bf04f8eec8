"""ut11 (v_ round: 3 of 39 LLM-written models): `torch.clamp` / `x.clamp` / `torch.clip` had no catalog entry
(PIV102). Both bounds (keras.ops.clip), one bound given by keyword or position (keras.ops.maximum/minimum), on an
image (elementwise: the same in either layout) and on features, and a module constant as a bound."""
# pivot-corpus: name=ClampNet input_shape=2,3,8,8
import torch
import torch.nn as nn

CEILING = 2.5


class ClampNet(nn.Module):
    def __init__(self):
        super().__init__()
        self.conv = nn.Conv2d(3, 4, 3, padding=1)
        self.fc = nn.Linear(4, 3)

    def forward(self, x):
        x = self.conv(x).clamp(0, 6)
        x = torch.clamp(x, max=CEILING) + torch.clamp(x, min=0.5)
        x = torch.clip(x, -1.0, 4.0).clamp(min=0.1)
        x = x.mean(dim=(2, 3))
        return torch.clamp(self.fc(x), -0.2, None)

"""vr2 (bench/variants.py negative_dims): flattens whose start axis is counted from the back, as LLM-written code
spells them: `torch.flatten(x, -3)` of an (N, C, H, W) image, `y.flatten(-2)` of an (N, C, L) sequence. Was PIV105
("only flattening from axis 1"); with the input's rank known the start is axis 1, a whole flatten
(catalog.core.flatten_axes_from_front)."""
# pivot-corpus: name=BackwardFlatten input_shape=2,3,8,8
import torch
import torch.nn as nn


class BackwardFlatten(nn.Module):
    def __init__(self, n_classes=4):
        super().__init__()
        self.conv = nn.Conv2d(3, 6, 3, padding=1)
        self.pool = nn.MaxPool2d(2)
        self.conv1d = nn.Conv1d(6, 4, 3, padding=1)
        self.fc = nn.Linear(6 * 4 * 4 + 4 * 16, n_classes)

    def forward(self, x):
        x = self.pool(torch.relu(self.conv(x)))
        image = torch.flatten(x, -3)
        seq = self.conv1d(x.flatten(2)).flatten(-2)
        return self.fc(torch.cat([image, seq], dim=-1))

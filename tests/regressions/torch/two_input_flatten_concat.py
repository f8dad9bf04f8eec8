"""Issue 10 (the PyTorch side): a flattened conv branch joined with a dense branch, a BatchNorm1d, two heads."""
# pivot-corpus: name=TwoInput input_shape=2,3,8,8;2,5 input_dtype=float32
import torch
import torch.nn as nn
import torch.nn.functional as F


class TwoInput(nn.Module):
    def __init__(self):
        super().__init__()
        self.conv = nn.Conv2d(3, 4, 3)
        self.meta = nn.Linear(5, 7)
        self.bn = nn.BatchNorm1d(4 * 6 * 6 + 7)
        self.drop = nn.Dropout(0.2)
        self.label = nn.Linear(4 * 6 * 6 + 7, 3)
        self.score = nn.Linear(4 * 6 * 6 + 7, 1)

    def forward(self, image, meta):
        x = torch.flatten(F.relu(self.conv(image)), 1)
        m = F.relu(self.meta(meta))
        joined = self.drop(self.bn(torch.cat([x, m], dim=1)))
        return self.label(joined), torch.sigmoid(self.score(joined))

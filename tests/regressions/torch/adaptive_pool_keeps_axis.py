"""ut14: adaptive pooling that keeps an axis (output size None) and pools the others whole, as a layer
(`nn.AdaptiveAvgPool2d((None, 1))`, `nn.AdaptiveMaxPool2d((1, None))`) and a function
(`F.adaptive_avg_pool2d(x, (1, None))`): a mean/max over the pooled axes that keeps them as ones (was PIV105)."""
# pivot-corpus: name=KeepAxisPools input_shape=2,3,12,10
import torch
import torch.nn as nn
import torch.nn.functional as F


class KeepAxisPools(nn.Module):
    def __init__(self, c=3, h=8):
        super().__init__()
        self.conv = nn.Conv2d(c, h, 3, padding=1)
        self.pool_w = nn.AdaptiveAvgPool2d((None, 1))
        self.pool_h = nn.AdaptiveMaxPool2d((1, None))
        self.fc = nn.Linear(3 * h, 4)

    def forward(self, x):
        x = F.relu(self.conv(x))
        rows = self.pool_w(x).squeeze(-1)                  # (N, h, 12)
        cols = self.pool_h(x).squeeze(2)                   # (N, h, 10)
        mean_cols = F.adaptive_avg_pool2d(x, (1, None))    # (N, h, 1, 10)
        feats = torch.cat([rows.amax(-1), cols.mean(-1), torch.mean(mean_cols, dim=(2, 3))], dim=1)
        return self.fc(feats)

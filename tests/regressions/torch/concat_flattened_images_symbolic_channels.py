"""ut14: three flattened images joined into one dense layer, each with the channel count of a constructor parameter
(`h`, not known statically) and known spatial sizes ((h, 12), (h, 10), (h, 1, 10)): the columns of each part are
reordered for Keras, their widths solved from the layer's width (was a WeightError: "the widths of the joined
features ... are not known"). The pools keep an axis (`nn.AdaptiveAvgPool2d((None, 1))`, ...)."""
# pivot-corpus: name=JoinedFlatImages input_shape=2,3,12,10
import torch
import torch.nn as nn
import torch.nn.functional as F


class JoinedFlatImages(nn.Module):
    def __init__(self, c=3, h=8):
        super().__init__()
        self.conv = nn.Conv2d(c, h, 3, padding=1)
        self.pool_w = nn.AdaptiveAvgPool2d((None, 1))
        self.pool_h = nn.AdaptiveMaxPool2d((1, None))
        self.fc = nn.Linear(h * 12 + h * 10 + h * 10, 4)

    def forward(self, x):
        x = F.relu(self.conv(x))
        rows = self.pool_w(x).squeeze(-1)                  # (N, h, 12)
        cols = self.pool_h(x).squeeze(2)                   # (N, h, 10)
        mean_cols = F.adaptive_avg_pool2d(x, (1, None))    # (N, h, 1, 10)
        feats = torch.cat([rows.flatten(1), cols.flatten(1), mean_cols.flatten(1)], dim=1)
        return self.fc(feats)

"""Issue 13 (fl1): an image whose spatial size is 1 flattens to the same features in both layouts, whatever
spells it: a `Flatten` module (`x.view(x.size(0), -1)`) after a global pool, `F.avg_pool2d(x, x.size()[2:])`
(the window is the whole image) then `view`, a whole-image `F.max_pool2d` then `torch.squeeze`, `.squeeze(-1)`
twice, and DCGAN's `output.view(-1, 1).squeeze(1)` of a one-channel conv output whose kernel covers the image."""
# pivot-corpus: name=OneByOne input_shape=2,3,8,8 input_dtype=float32
import torch
import torch.nn as nn
import torch.nn.functional as F


class Flatten(nn.Module):
    def forward(self, x):
        return x.view(x.size(0), -1)


class OneByOne(nn.Module):
    def __init__(self, channels=6, classes=4):
        super().__init__()
        self.conv = nn.Conv2d(3, channels, 3, padding=1)
        self.head = nn.Sequential(nn.AdaptiveMaxPool2d((1, 1)), Flatten(), nn.Linear(channels, classes))
        self.fc_avg = nn.Linear(channels, classes)
        self.fc_max = nn.Linear(channels, classes)
        self.fc_gap = nn.Linear(channels, classes)
        self.score = nn.Conv2d(channels, 1, 8)

    def forward(self, x):
        x = torch.relu(self.conv(x))
        a = self.head(x)
        avg = F.avg_pool2d(x, x.size()[2:])
        b = self.fc_avg(avg.view(avg.size(0), -1))
        top = F.max_pool2d(x, (x.size(2), x.size(3)), stride=(x.size(2), x.size(3)))
        c = self.fc_max(torch.squeeze(top))
        d = self.fc_gap(F.adaptive_avg_pool2d(x, 1).squeeze(-1).squeeze(-1))
        s = self.score(x).view(-1, 1).squeeze(1)
        return a + b + c + d + s.unsqueeze(1)

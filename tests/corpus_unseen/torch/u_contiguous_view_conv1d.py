"""1-D CNN on a flat (N, L) signal: `x = x.unsqueeze(1)`, Conv1d with `padding='same'`,
`F.adaptive_max_pool1d(x, 1).view(x.size(0), -1)` and a `x.contiguous().view(...)` habit."""
# pivot-corpus: name=SameConv1D input_shape=2,120
import torch.nn as nn
import torch.nn.functional as F


class SameConv1D(nn.Module):
    def __init__(self, n_classes=5):
        super().__init__()
        self.c1 = nn.Conv1d(1, 16, kernel_size=9, padding="same")
        self.c2 = nn.Conv1d(16, 32, kernel_size=5, padding="same")
        self.c3 = nn.Conv1d(32, 32, kernel_size=3, padding="same")
        self.fc = nn.Linear(32, n_classes)

    def forward(self, x):
        x = x.unsqueeze(1)
        x = F.relu(self.c1(x))
        x = F.max_pool1d(x, 2)
        x = F.relu(self.c2(x))
        x = F.relu(self.c3(x)).contiguous()
        x = F.adaptive_max_pool1d(x, 1).view(x.size(0), -1)
        return self.fc(x)


model = SameConv1D()

"""Issue 13 (ut13's probes of LLM-written CNNs): sizes read from the image a view reshapes, `x.view(x.shape[0],
x.shape[1])` of a pooled (N, C, 1, 1) and `x.view(x.size(0), x.size(1), -1)` of a feature map, read the same
axes in Keras's layout (`keras.ops.shape(x)[-1]`). The first was written as it was (exit 0, then a Keras error:
Keras's axis 1 is a spatial size), the second was PIV105."""
# pivot-corpus: name=Net input_shape=2,8,8,8 input_dtype=float32
import torch
import torch.nn as nn
import torch.nn.functional as F


class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.conv = nn.Conv2d(8, 8, 3, padding=1, groups=4)
        self.pw = nn.Conv2d(8, 16, 1)
        self.fc = nn.Linear(32, 2)

    def forward(self, x):
        x = F.relu(self.pw(F.relu(self.conv(x))))
        pooled = F.adaptive_max_pool2d(x, output_size=1)
        g = pooled.view(pooled.shape[0], pooled.shape[1])
        m = x.view(x.size(0), x.size(1), -1).mean(2)
        return self.fc(torch.cat([g, m], dim=1))

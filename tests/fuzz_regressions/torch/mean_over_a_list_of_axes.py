"""x.mean(dim=[2, 3]): a list of axes."""
# pivot-fuzz: input_shape=2,3,8,8 input_dtype=float32
import torch.nn as nn

class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.conv = nn.Conv2d(3, 4, 3)

    def forward(self, x):
        x = self.conv(x)
        return x.mean(dim=[2, 3])

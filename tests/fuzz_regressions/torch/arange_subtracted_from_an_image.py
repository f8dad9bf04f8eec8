"""Found while fixing fuzz seed 384035: `x - torch.arange(16)` of an image (Python arithmetic no catalog entry names,
an `Arith` node) was neither moved to Keras's layout nor refused: exit 0, and the Keras model failed to run
(Incompatible shapes [2,12,16,8] vs [16]; values silently wrong where the sizes happen to broadcast)."""
# pivot-fuzz: input_shape=2,3,12,16 input_dtype=float32
# found: silent: VerifyError: InvalidArgumentError: Incompatible shapes: [2,12,16,8] vs. [16] [Op:Sub]
import torch
import torch.nn as nn


class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.conv = nn.Conv2d(3, 8, 3, padding=1)

    def forward(self, x):
        x = self.conv(x)
        return x - torch.arange(16)

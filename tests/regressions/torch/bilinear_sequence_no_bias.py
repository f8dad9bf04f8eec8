"""gp3: nn.Bilinear (Keras has none) over two sequences' last axes, bias=False: Pivot's Keras `TorchBilinear`
(keras.ops.einsum over PyTorch's (out, in1, in2) weight), its weight copied as it is, read back as nn.Bilinear."""
# pivot-corpus: name=Net input_shape=2,5,6;2,5,4
import torch
import torch.nn as nn


class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.left = nn.Linear(6, 8)
        self.pair = nn.Bilinear(8, 4, 3, bias=False)
        self.out = nn.Linear(3, 2)

    def forward(self, a, b):
        return self.out(torch.relu(self.pair(self.left(a), b)))

"""A layer's weight and bias read in forward (`a @ self.w.weight.t() + self.w.bias`): copied into Keras with exit 0
before (a Dense has no `weight`, its kernel is (in, out) and made at the first call): a named error."""
# pivot-corpus: name=Tied input_shape=2,8 input_dtype=float32
import torch.nn as nn


class Tied(nn.Module):
    def __init__(self):
        super().__init__()
        self.w = nn.Linear(8, 8)

    def forward(self, a):
        return a @ self.w.weight.t() + self.w.bias

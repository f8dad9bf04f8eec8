"""Issue 10: a tensor method with no catalog entry must be reported, never copied through."""
# pivot-corpus: name=Odd input_shape=2,6 input_dtype=float32
import torch.nn as nn


class Odd(nn.Module):
    def __init__(self):
        super().__init__()
        self.fc = nn.Linear(6, 4)

    def forward(self, x):
        return self.fc(x).cumprod(1).addcmul_(x[:, :4], x[:, :4])

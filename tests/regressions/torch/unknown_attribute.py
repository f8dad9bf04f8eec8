"""Issue 10: a tensor attribute with no catalog entry (`.T`) must be reported, never copied through."""
# pivot-corpus: name=Transposed input_shape=2,6 input_dtype=float32
import torch.nn as nn


class Transposed(nn.Module):
    def __init__(self):
        super().__init__()
        self.fc = nn.Linear(6, 6)

    def forward(self, x):
        return self.fc(x).T

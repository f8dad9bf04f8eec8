"""Issue 10: F.dropout without training=self.training drops in eval mode too: an error, never removed."""
# pivot-corpus: name=AlwaysDropping input_shape=2,6 input_dtype=float32
import torch.nn as nn
import torch.nn.functional as F


class AlwaysDropping(nn.Module):
    def __init__(self):
        super().__init__()
        self.fc = nn.Linear(6, 2)

    def forward(self, x):
        return self.fc(F.dropout(x, 0.2))

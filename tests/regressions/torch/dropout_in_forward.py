"""Issue 10: an nn.Dropout built in forward() drops even in eval mode: reported, never removed."""
# pivot-corpus: name=DropoutInForward input_shape=2,6 input_dtype=float32
import torch.nn as nn


class DropoutInForward(nn.Module):
    def __init__(self):
        super().__init__()
        self.fc = nn.Linear(6, 2)

    def forward(self, x):
        return self.fc(nn.Dropout(0.1)(x))

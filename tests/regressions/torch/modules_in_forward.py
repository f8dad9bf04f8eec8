"""Issue 10: weightless modules instantiated and applied inside forward()."""
# pivot-corpus: name=ModulesInForward input_shape=2,6 input_dtype=float32
import torch.nn as nn


class ModulesInForward(nn.Module):
    def __init__(self):
        super().__init__()
        self.fc = nn.Linear(6, 8)
        self.head = nn.Linear(8, 2)

    def forward(self, x):
        x = nn.ReLU()(self.fc(x))
        return self.head(nn.Tanh()(x)) + nn.Flatten()(x)[:, :2]

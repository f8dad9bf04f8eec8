"""Issue 13 (fl1): `self.register_parameter("alpha", nn.Parameter(...))` (a parameter registered by name) is named,
not copied into Keras untranslated (exit 0, then an AttributeError when the Keras model is built)."""
# pivot-corpus: name=Scaled input_shape=2,4 input_dtype=float32
import torch
import torch.nn as nn


class Scaled(nn.Module):
    def __init__(self):
        super().__init__()
        self.fc = nn.Linear(4, 4)
        self.register_parameter("alpha", nn.Parameter(torch.ones(1)))

    def forward(self, x):
        return self.fc(x) * self.alpha

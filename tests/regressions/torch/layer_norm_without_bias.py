"""Issue 12: PyTorch's LayerNorm(bias=False) is Keras's LayerNormalization(center=False) (its weight alone)."""
# pivot-corpus: name=NormWithoutBias input_shape=2,6 input_dtype=float32
import torch.nn as nn


class NormWithoutBias(nn.Module):
    def __init__(self):
        super().__init__()
        self.fc = nn.Linear(6, 8)
        self.norm = nn.LayerNorm(8, bias=False)

    def forward(self, x):
        return self.norm(self.fc(x))

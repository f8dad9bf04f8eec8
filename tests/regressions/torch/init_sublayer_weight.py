"""Issue 10: `nn.init.normal_(self.fc.weight, ...)` in a constructor became `self.fc.weight.assign(...)`, exit 0,
and the Keras model failed on construction (a Dense has no `weight`, and no weights before it is built)."""
# pivot-corpus: name=PatchHead input_shape=2,8 input_dtype=float32
import torch
import torch.nn as nn


class PatchHead(nn.Module):
    def __init__(self, dim=8, classes=4):
        super().__init__()
        self.fc = nn.Linear(dim, classes)
        self.cls_token = nn.Parameter(torch.zeros(1, 1, dim))
        nn.init.normal_(self.fc.weight, std=0.02)
        nn.init.zeros_(self.fc.bias)
        nn.init.normal_(self.cls_token, std=0.02)

    def forward(self, x):
        return self.fc(x + self.cls_token[:, 0])

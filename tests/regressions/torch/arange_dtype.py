"""Issue 10: `torch.arange(..., dtype=...)` lost its dtype in Keras (int32 values where PyTorch made floats or
int64); the dtype is carried (`keras.ops.arange(8, dtype='float32')`)."""
# pivot-corpus: name=ScaledSteps input_shape=2,8 input_dtype=float32
import torch
import torch.nn as nn


class ScaledSteps(nn.Module):
    def __init__(self, features=8):
        super().__init__()
        self.fc = nn.Linear(features, 4)
        self.pos = nn.Embedding(16, features)

    def forward(self, x):
        steps = torch.arange(8, dtype=torch.float32) / 8.0
        ids = torch.arange(0, 8, dtype=torch.long)
        return self.fc(x * steps + self.pos(ids).mean(dim=0))

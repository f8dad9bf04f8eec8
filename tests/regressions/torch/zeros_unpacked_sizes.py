"""Issue 10/13 (unseen round 4): `torch.zeros(x.size(0), *self.shape)` became `keras.ops.zeros((N, self.shape))`:
the star was dropped (exit 0, then Keras could not build a shape from a tuple inside the tuple). The unpacked sizes
stay unpacked: `keras.ops.zeros((keras.ops.shape(x)[0], *self.shape))`."""
# pivot-corpus: name=ZerosUnpacked input_shape=2,16
import torch
import torch.nn as nn


class ZerosUnpacked(nn.Module):
    def __init__(self, hidden=8):
        super().__init__()
        self.shape = (2, hidden)
        self.fc = nn.Linear(16, 16)

    def forward(self, x):
        h = torch.ones(x.size(0), *self.shape)
        return self.fc(x) + h.reshape(x.size(0), -1)


model = ZerosUnpacked()

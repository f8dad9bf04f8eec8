"""g14: `self.cls_token.expand(x.size(0), -1, -1)` (a class token per sample, ViT-style): the batch size read by
`x.size(0)` was copied into Keras's `keras.ops.broadcast_to(...)` as written (exit 0, then `EagerTensor has no
attribute 'size'`); now `keras.ops.shape(x)[0]`. A size of another axis read from a tensor (`x.size(1)`) is a
named error."""
# pivot-corpus: name=Net input_shape=2,5,8
import torch
import torch.nn as nn


class Net(nn.Module):
    def __init__(self, d=8):
        super().__init__()
        self.cls_token = nn.Parameter(torch.zeros(1, 1, d))
        self.fc = nn.Linear(d, 3)

    def forward(self, x):
        cls = self.cls_token.expand(x.size(0), -1, -1)
        x = torch.cat([cls, x], dim=1)
        return self.fc(x[:, 0] + x.mean(1))

"""Flattened image features both returned and read by a Linear: the Linear's weights are permuted for Keras's
flatten order, so the returned features would come in another order: a named error (not a flatten moved to
PyTorch's order, which the Linear's copied weights would then misread)."""
# pivot-corpus: name=Both input_shape=2,3,8,8 input_dtype=float32
import torch.nn as nn


class Both(nn.Module):
    def __init__(self):
        super().__init__()
        self.conv = nn.Conv2d(3, 4, 3, padding=1)
        self.fc = nn.Linear(4 * 8 * 8, 5)

    def forward(self, x):
        feats = self.conv(x).view(x.size(0), -1)
        return feats * 2, self.fc(feats)

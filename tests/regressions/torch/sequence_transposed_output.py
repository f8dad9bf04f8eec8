"""Session 10 (census): a dense layer's sequence transposed as the model's output (`x.transpose(1, 2)`): the unsized
migration wrote the transpose (a plain one: nothing reads the result as an image) while the sized analysis took it
for the change to a channels-first 1-D image (a no-op in Keras), so verify compared (2, 8, 5) with (2, 5, 8).
One rule for both now: a transpose of a sequence into (N, C, L) is the layout change only where a conv, pool or
norm of images reads it (shapes._layout_reader)."""
# pivot-corpus: name=SeqOut input_shape=2,5,8
import torch.nn as nn


class SeqOut(nn.Module):
    def __init__(self):
        super().__init__()
        self.proj = nn.Linear(8, 8)

    def forward(self, x):
        x = self.proj(x)
        return x.transpose(1, 2)

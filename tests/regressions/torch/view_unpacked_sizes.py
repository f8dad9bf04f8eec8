"""Sizes unpacked into a view or reshape (wb3, session 12): `h.view(-1, *h.size()[1:])` was read as a (batch, -1)
flatten (its two arguments counted as two sizes) and written `keras.ops.reshape(h, (-1, *h.size()[1:]))`: exit 0,
an AttributeError in Keras (a Keras tensor has no `size()`). Now the star is kept, `h.size()` is Keras's size tuple
(`*keras.ops.shape(h)[1:]`, read back as `*h.shape[1:]`), and `*x.size()[:1]` of an image is its batch size
(`x.reshape(*x.size()[:1], -1)`, a flatten)."""
# pivot-corpus: name=UnpackedSizes input_shape=2,3,8,8
import torch
import torch.nn as nn


class UnpackedSizes(nn.Module):
    def __init__(self):
        super().__init__()
        self.conv = nn.Conv2d(3, 4, 3, padding=1)
        self.proj = nn.Linear(256, 12)
        self.mix = nn.Linear(4, 4)
        self.head = nn.Linear(12, 5)

    def forward(self, x):
        x = self.conv(x)
        x = x.reshape(*x.size()[:1], -1)
        h = self.proj(x).view(x.size()[0], 3, 4)
        h = self.mix(h.view(-1, *h.size()[1:]))
        h = torch.reshape(h, (h.size()[0], *h.size()[1:]))
        return self.head(h.reshape(h.shape[0], -1))


model = UnpackedSizes()

"""Session 7 (q_ round): a plain input permuted into a conv's channels-first image by a permutation other than
channels-last -> first (here the spectrogram's two axes swapped, `x.permute(0, 1, 3, 2)`, before a Conv2d). The
input stays a plain tensor in Keras and the permute becomes the transpose straight to Keras's channels-last image
(`axes=(0, 3, 2, 1)`); without a shape it was exit 0 with the permute copied (the conv read another axis)."""
# pivot-corpus: name=SwapNet input_shape=2,2,12,9
import torch.nn as nn


class SwapNet(nn.Module):
    def __init__(self):
        super().__init__()
        self.conv = nn.Conv2d(2, 4, kernel_size=(3, 2))
        self.fc = nn.Linear(4 * 7 * 11, 3)

    def forward(self, x):
        x = x.permute(0, 1, 3, 2)
        x = self.conv(x).relu()
        return self.fc(x.flatten(1))


model = SwapNet()

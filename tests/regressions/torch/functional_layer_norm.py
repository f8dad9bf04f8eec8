"""cn2 (issue 13's census): `F.layer_norm(x, (d,))` had no entry (PIV102). Without weight or bias, over the last
axis, it is keras.ops.layer_normalization (PyTorch's eps written out); several axes, a weight, or an image (whose
last axis moves) are named."""
# pivot-corpus: name=TokenMixer input_shape=2,5,16
import torch.nn as nn
import torch.nn.functional as F

EMBED = 16


class TokenMixer(nn.Module):
    def __init__(self):
        super().__init__()
        self.fc = nn.Linear(EMBED, EMBED)

    def forward(self, x):
        h = F.layer_norm(self.fc(x), (EMBED,))
        return F.layer_norm(h + x, [EMBED], eps=1e-6)

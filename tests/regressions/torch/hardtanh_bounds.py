"""ut11 (v_mlp_multitask_two_heads): `nn.Hardtanh(min_val=-3.0, max_val=3.0)` was PIV105 ("only -1..1 has a Keras
activation"); other bounds are a clip: `layers.Activation(lambda t: keras.ops.clip(t, lo, hi))`. Bounds by keyword,
by position and from a module constant; the default Hardtanh stays Keras's hard_tanh."""
# pivot-corpus: name=BoundedHead input_shape=2,6
import torch.nn as nn

LIMIT = 0.5


class BoundedHead(nn.Module):
    def __init__(self):
        super().__init__()
        self.body = nn.Sequential(nn.Linear(6, 8), nn.Hardtanh(min_val=-3.0, max_val=3.0), nn.Linear(8, 8))
        self.cap = nn.Hardtanh(0.0, 2.0)
        self.soft = nn.Hardtanh(-LIMIT, LIMIT)
        self.unit = nn.Hardtanh()

    def forward(self, x):
        x = self.body(x * 4.0)
        return self.unit(self.soft(self.cap(x * 3.0) - 1.0) * 3.0)

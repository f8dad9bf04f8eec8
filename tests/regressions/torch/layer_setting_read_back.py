"""ut10: a layer's constructor setting read back in another constructor. `self.fc1.out_features` is `units` in Keras
(was copied with exit 0: `'Dense' object has no attribute 'out_features'`); `self.fc1.in_features`, which a Keras
Dense does not keep, must be a named error."""
# pivot-corpus: name=ReadBack input_shape=2,6 input_dtype=float32
import torch.nn as nn


class ReadBack(nn.Module):
    def __init__(self):
        super().__init__()
        self.fc1 = nn.Linear(6, 8)
        self.fc2 = nn.Linear(self.fc1.out_features, self.fc1.in_features)

    def forward(self, x):
        return self.fc2(self.fc1(x))

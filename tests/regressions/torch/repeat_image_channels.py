"""Issue 13: `x.repeat(1, 1, 2, 1)` of a conv's feature map tiles the height, an axis that moves in Keras: the
factors follow the axes (keras.ops.tile(x, (1, 2, 1, 1)) channels-last)."""
# pivot-corpus: name=TileMap input_shape=2,3,8,8
import torch.nn as nn


class TileMap(nn.Module):
    def __init__(self):
        super().__init__()
        self.conv = nn.Conv2d(3, 4, 3, padding=1)
        self.fc = nn.Linear(4 * 8 * 8, 2)

    def forward(self, x):
        x = self.conv(x)
        x = x.repeat(1, 1, 2, 1)[:, :, :8]
        return self.fc(x.flatten(1))


model = TileMap()

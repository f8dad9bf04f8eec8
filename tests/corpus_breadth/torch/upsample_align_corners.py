"""nn.Upsample as decoders declare it: bilinear with align_corners=True (and stated False), to a fixed `size`
that is not a multiple of the input, and plain nearest doubling."""
# pivot-corpus: name=UpsampleHead input_shape=2,3,5,6 input_dtype=float32
import torch.nn as nn


class UpsampleHead(nn.Module):
    def __init__(self, channels=4, num_classes=3):
        super().__init__()
        self.body = nn.Sequential(
            nn.Conv2d(3, channels, 3, padding=1), nn.ReLU(),
            nn.Upsample(scale_factor=2, mode="bilinear", align_corners=True),
            nn.Conv2d(channels, channels, 3, padding=1), nn.ReLU(),
        )
        self.resize = nn.Upsample(size=(13, 9))
        self.smooth = nn.Upsample(scale_factor=2, mode="bilinear", align_corners=False)
        self.twice = nn.Upsample(scale_factor=2)
        self.head = nn.Conv2d(channels, num_classes, 1)

    def forward(self, x):
        return self.head(self.twice(self.smooth(self.resize(self.body(x)))))

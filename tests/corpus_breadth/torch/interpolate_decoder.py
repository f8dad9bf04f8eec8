"""`F.interpolate` as segmentation decoders and FPNs write it: nearest doubling, bilinear to a fixed size with
align_corners=True (DeepLab) and False, a size that is not a multiple of the input, a downscale, and linear
resampling of a 1-D feature sequence."""
# pivot-corpus: name=InterpDecoder input_shape=2,3,10,7 input_dtype=float32
import torch.nn as nn
import torch.nn.functional as F


class InterpDecoder(nn.Module):
    def __init__(self, channels=4, num_classes=3):
        super().__init__()
        self.enc = nn.Conv2d(3, channels, 3, stride=2, padding=1)      # (N, C, 5, 4)
        self.lateral = nn.Conv2d(3, channels, 1)
        self.head = nn.Conv2d(channels, num_classes, 3, padding=1)
        self.seq = nn.Conv1d(num_classes, num_classes, 3)

    def forward(self, x):
        top = self.enc(x)
        up = F.interpolate(top, scale_factor=2, mode="nearest")          # (N, C, 10, 8)
        fused = F.interpolate(up, size=(10, 7), mode="bilinear", align_corners=False) + self.lateral(x)
        logits = self.head(F.relu(fused))
        fine = F.interpolate(logits, (13, 9), mode="bilinear", align_corners=True)
        coarse = F.interpolate(fine, scale_factor=0.5, mode="bilinear")  # (N, K, 6, 4)
        side = F.interpolate(coarse, size=(11, 5))                       # nearest, not a whole multiple
        seq = self.seq(side.mean(dim=3))                                  # (N, K, 9)
        return F.interpolate(seq, size=12, mode="linear", align_corners=False)

"""bench/variants.py (contiguous_views): `x.contiguous().view(b * t, c, h, w)` of (N, T, C, H, W) frames: the
`.contiguous()` (a marker node of the same value) hid the reshape into per-frame images from the analysis that says
the input is no image, so verify fed Keras a transposed input (exit 0, then a WeightError: 16 input channels for
3). The input's first reader is now found past such identities."""
# pivot-corpus: name=FrameCNNLSTM input_shape=2,4,3,16,16
import torch.nn as nn


class FrameCNNLSTM(nn.Module):
    def __init__(self, num_classes=5, hidden=32):
        super().__init__()
        self.cnn = nn.Sequential(
            nn.Conv2d(3, 8, 3, padding=1), nn.ReLU(), nn.MaxPool2d(2),
            nn.Conv2d(8, 16, 3, padding=1), nn.ReLU(), nn.AdaptiveAvgPool2d(1),
        )
        self.lstm = nn.LSTM(16, hidden, batch_first=True)
        self.fc = nn.Linear(hidden, num_classes)

    def forward(self, x):
        b, t, c, h, w = x.size()
        x = x.contiguous().view(b * t, c, h, w)
        feats = self.cnn(x)
        feats = feats.view(b, t, -1)
        _, (h_n, _) = self.lstm(feats)
        return self.fc(h_n[-1])


model = FrameCNNLSTM()

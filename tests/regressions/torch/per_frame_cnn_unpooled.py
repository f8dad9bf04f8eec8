"""Issue 13: a per-frame CNN over a 5-D input (N, T, C, H, W): `x.view(b * t, c, h, w)` into images, then
`feats.view(b, t, -1)` of unpooled (C, 2, 2) feature maps into an LSTM (was PIV105); the input is no image (the
same layout in both frameworks), the features come in PyTorch's channels-first order in Keras too."""
# pivot-corpus: name=FramesLSTM input_shape=2,3,2,8,8
import torch.nn as nn


class FramesLSTM(nn.Module):
    def __init__(self, hidden=5):
        super().__init__()
        self.cnn = nn.Sequential(nn.Conv2d(2, 4, 3, padding=1), nn.ReLU(), nn.MaxPool2d(4))
        self.lstm = nn.LSTM(4 * 2 * 2, hidden, batch_first=True)
        self.fc = nn.Linear(hidden, 3)

    def forward(self, x):
        b, t, c, h, w = x.size()
        feats = self.cnn(x.view(b * t, c, h, w))
        out, _ = self.lstm(feats.view(b, t, -1))
        return self.fc(out[:, -1])

"""LLM-generated style (research-dataset prompt: "Write a PyTorch model class for action recognition on short clips
with a 3-D CNN and a GRU; input shape (N, C, T, H, W)"): `nn.AdaptiveAvgPool3d((None, 1, 1))` keeps the time axis,
`.squeeze(-1).squeeze(-1)` and `permute(0, 2, 1)` into the GRU (was PIV105 on first contact: adaptive pooling that
keeps an axis)."""
# pivot-corpus: name=Clip3D input_shape=2,3,8,16,16
import torch.nn as nn


class Clip3D(nn.Module):
    def __init__(self, h=16):
        super().__init__()
        self.conv = nn.Conv3d(3, 8, kernel_size=3, padding=1)
        self.pool = nn.AdaptiveAvgPool3d((None, 1, 1))
        self.gru = nn.GRU(8, h, batch_first=True)
        self.fc = nn.Linear(h, 4)

    def forward(self, x):
        x = self.pool(self.conv(x))         # (N, 8, T, 1, 1)
        x = x.squeeze(-1).squeeze(-1)       # (N, 8, T)
        x = x.permute(0, 2, 1)              # (N, T, 8)
        out, _ = self.gru(x)
        return self.fc(out[:, -1])

"""LLM-generated style ("Write a PyTorch 1D CNN for human activity recognition from accelerometer windows, input
shape (N, 128, 9)"): the (N, L, C) input permuted with `x.permute(0, 2, 1).contiguous()`, dilated Conv1d layers in
an `nn.ModuleList` iterated in forward, a flatten with `x.view(x.size(0), -1)` whose size is a `@property
flat_features` computed from constants, and `nn.Dropout(p=DROPOUT)`."""
# pivot-corpus: name=HARConvNet input_shape=4,128,9
import torch
import torch.nn as nn

WINDOW = 128
N_CHANNELS = 9
N_ACTIVITIES = 6
DROPOUT = 0.3


class HARConvNet(nn.Module):
    """Dilated 1D CNN for inertial sensor windows.

    Args:
        n_channels: Sensor channels (last input axis).
        window: Time steps per window.
        n_classes: Number of activities.
    """

    def __init__(self, n_channels: int = N_CHANNELS, window: int = WINDOW, n_classes: int = N_ACTIVITIES) -> None:
        super().__init__()
        self.window = window
        self.convs = nn.ModuleList()
        in_ch = n_channels
        for dilation in (1, 2, 4):
            self.convs.append(nn.Sequential(
                nn.Conv1d(in_ch, 32, kernel_size=3, padding=dilation, dilation=dilation),
                nn.BatchNorm1d(32),
                nn.ReLU(),
            ))
            in_ch = 32
        self.pool = nn.MaxPool1d(kernel_size=4)
        self.dropout = nn.Dropout(p=DROPOUT)
        self.fc = nn.Linear(self.flat_features, n_classes)

    @property
    def flat_features(self) -> int:
        return 32 * (self.window // 4)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        # x: (N, L, C) -> (N, C, L)
        x = x.permute(0, 2, 1).contiguous()
        for conv in self.convs:
            x = conv(x)                 # (N, 32, L)
        x = self.pool(x)                # (N, 32, L / 4)
        x = x.view(x.size(0), -1)       # (N, 32 * L / 4)
        return self.fc(self.dropout(x))


if __name__ == "__main__":
    print(HARConvNet()(torch.randn(4, WINDOW, N_CHANNELS)).shape)

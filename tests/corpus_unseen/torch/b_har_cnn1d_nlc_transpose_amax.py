"""LLM-generated style (Claude, "Write a PyTorch model class for human activity recognition from accelerometer
and gyroscope windows, input shape (N, 128, 9)"): the window comes channels-last and is turned with
`x.transpose(1, 2)`, conv blocks come from a helper method returning an nn.Sequential, and the global pool is
`x.amax(dim=-1)`."""
# pivot-corpus: name=HARConvNet input_shape=4,128,9
import torch
import torch.nn as nn


class HARConvNet(nn.Module):
    def __init__(self, n_channels: int = 9, n_classes: int = 6, hidden: int = 64, dropout: float = 0.2):
        super().__init__()
        self.block1 = self._conv_block(n_channels, hidden, kernel_size=5)
        self.block2 = self._conv_block(hidden, hidden * 2, kernel_size=5)
        self.block3 = self._conv_block(hidden * 2, hidden * 2, kernel_size=3, pool=False)
        self.head = nn.Sequential(
            nn.Dropout(dropout),
            nn.Linear(hidden * 2, n_classes),
        )

    @staticmethod
    def _conv_block(in_ch: int, out_ch: int, kernel_size: int, pool: bool = True) -> nn.Sequential:
        layers = [
            nn.Conv1d(in_ch, out_ch, kernel_size, padding=kernel_size // 2, bias=False),
            nn.BatchNorm1d(out_ch),
            nn.ReLU(inplace=True),
        ]
        if pool:
            layers.append(nn.MaxPool1d(2))
        return nn.Sequential(*layers)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        # (batch, time, channels) -> (batch, channels, time) for Conv1d
        x = x.transpose(1, 2)
        x = self.block1(x)
        x = self.block2(x)
        x = self.block3(x)
        x = x.amax(dim=-1)  # global max pooling over time
        return self.head(x)


if __name__ == "__main__":
    net = HARConvNet()
    print(net(torch.randn(2, 128, 9)).shape)

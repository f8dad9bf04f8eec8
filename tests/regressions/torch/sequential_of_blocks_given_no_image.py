"""ut17 (e_cnn2d_grayscale_dim3_unsqueeze_channel): a grayscale (N, H, W) input unsqueezed into the channel axis,
then given to an nn.Sequential of the file's conv blocks (`nn.Sequential(Block(1, 4), Block(4, 4))`): the first
block reads a channels-first image, which Pivot does not follow through the Sequential; the unsqueeze and the mean
after it were written unmoved (exit 0 of migrate with the input shape declared, a WeightError in verify). Now the
named PIV105 of a block given a value that is no image, as for the block called alone."""
# pivot-corpus: name=GrayBlocks input_shape=4,16,16
import torch
import torch.nn as nn


class Block(nn.Module):
    def __init__(self, i: int, o: int) -> None:
        super().__init__()
        self.conv = nn.Conv2d(i, o, 3, padding=1)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return torch.relu(self.conv(x))


class GrayBlocks(nn.Module):
    def __init__(self):
        super().__init__()
        self.body = nn.Sequential(Block(1, 4), Block(4, 4))
        self.fc = nn.Linear(4, 2)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        x = x.unsqueeze(1)
        x = self.body(x)
        x = x.mean(dim=(2, 3))
        return self.fc(x)

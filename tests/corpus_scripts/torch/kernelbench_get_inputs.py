"""A KernelBench-style file: the model, module-level sizes, `get_inputs()` making its example tensors with
`torch.randn` (channels-first images), `get_init_inputs()`, and a smoke test that runs one on the other."""
import torch
import torch.nn as nn

batch_size = 4
in_channels = 3
out_channels = 8
height, width = 16, 16


class Model(nn.Module):
    """Conv2d, GroupNorm and a global average pool."""

    def __init__(self, in_channels, out_channels, num_groups=4):
        super().__init__()
        self.conv = nn.Conv2d(in_channels, out_channels, kernel_size=3, padding=1)
        self.norm = nn.GroupNorm(num_groups, out_channels)

    def forward(self, x):
        x = torch.relu(self.norm(self.conv(x)))
        return x.mean(dim=(2, 3))


def get_inputs():
    return [torch.randn(batch_size, in_channels, height, width)]


def get_init_inputs():
    return [in_channels, out_channels]


if __name__ == "__main__":
    model = Model(*get_init_inputs())
    with torch.no_grad():
        out = model(*get_inputs())
    print("output:", tuple(out.shape))

"""Support modules Pivot writes into a migrated PyTorch file for Keras layers PyTorch has no module for."""
import re

RESCALING_CLASS = '''

class Rescaling(nn.Module):
    """keras.layers.Rescaling in PyTorch (written by Pivot): x * scale + offset."""

    def __init__(self, scale, offset=0.0):
        super().__init__()
        self.scale, self.offset = scale, offset

    def forward(self, x):
        return x * self.scale + self.offset
'''

NORMALIZATION_CLASS = '''

class Normalization(nn.Module):
    """keras.layers.Normalization with a given mean and variance, in PyTorch (written by Pivot):
    (x - mean) / max(sqrt(variance), 1e-7), the statistics laid along `dim`."""

    def __init__(self, mean, variance, dim=-1):
        super().__init__()
        self.mean, self.variance, self.dim = mean, variance, dim

    def forward(self, x):
        mean, variance = (torch.as_tensor(v, dtype=x.dtype, device=x.device) for v in (self.mean, self.variance))
        shape = [1] * x.dim()
        if mean.dim():
            shape[self.dim] = -1
        return (x - mean.reshape(shape)) / torch.clamp(torch.sqrt(variance.reshape(shape)), min=1e-7)
'''

REPEAT_VECTOR_CLASS = '''

class RepeatVector(nn.Module):
    """keras.layers.RepeatVector in PyTorch (written by Pivot): (batch, features) -> (batch, n, features)."""

    def __init__(self, n):
        super().__init__()
        self.n = n

    def forward(self, x):
        return x.unsqueeze(1).expand(-1, self.n, -1)
'''

PERMUTE_CLASS = '''

class Permute(nn.Module):
    """keras.layers.Permute in PyTorch (written by Pivot): permutes the axes after the batch (1-based)."""

    def __init__(self, dims):
        super().__init__()
        self.dims = tuple(dims)

    def forward(self, x):
        return x.permute(0, *self.dims)
'''

SEPARABLE_CLASS = '''

class SeparableConv{n}d(nn.Module):
    """keras.layers.SeparableConv{n}D in PyTorch (written by Pivot): a depthwise convolution (a group per input
    channel, depth_multiplier outputs each), then a 1x1 pointwise convolution."""

    def __init__(self, in_channels, out_channels, kernel_size, stride=1, padding=0, dilation=1,
                 depth_multiplier=1, bias=True):
        super().__init__()
        middle = in_channels * depth_multiplier
        self.depthwise = nn.Conv{n}d(in_channels, middle, kernel_size, stride, padding, dilation,
                                    groups=in_channels, bias=False)
        self.pointwise = nn.Conv{n}d(middle, out_channels, 1, bias=bias)

    def forward(self, x):
        return self.pointwise(self.depthwise(x))
'''

RESHAPE_CLASS = '''

class Reshape(nn.Module):
    """keras.layers.Reshape in PyTorch (written by Pivot): reshapes the axes after the batch in Keras's order;
    with channels_first=True the input's channels (axis 1) are moved last first, where Keras holds them."""

    def __init__(self, target_shape, channels_first=False):
        super().__init__()
        self.target_shape, self.channels_first = tuple(target_shape), channels_first

    def forward(self, x):
        if self.channels_first:
            x = torch.movedim(x, 1, -1)
        return x.reshape(x.shape[0], *self.target_shape)
'''

SUPPORT = {
    "Reshape": (RESHAPE_CLASS, ()),
    "SeparableConv1d": (SEPARABLE_CLASS.replace("{n}", "1"), ()),
    "SeparableConv2d": (SEPARABLE_CLASS.replace("{n}", "2"), ()),
    "RepeatVector": (REPEAT_VECTOR_CLASS, ()),
    "Permute": (PERMUTE_CLASS, ()),
    "Rescaling": (RESCALING_CLASS, ()),
    "Normalization": (NORMALIZATION_CLASS, ()),
}


def _catalog_support() -> dict:
    """Support modules whose code lives in their catalog entry (`OpSpec.torch_support_code`)."""
    from pivot.catalog import all_ops
    return {re.search(r"class (\w+)\(", s.torch_support_code).group(1): (s.torch_support_code, ())
            for s in all_ops().values() if s.torch_support_code}


SUPPORT.update(_catalog_support())

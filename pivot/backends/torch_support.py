"""Support modules Pivot writes into a migrated PyTorch file for Keras layers PyTorch has no module for."""

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

SUPPORT = {
    "Rescaling": (RESCALING_CLASS, ()),
    "Normalization": (NORMALIZATION_CLASS, ()),
}

"""Support modules Pivot writes into a migrated PyTorch file for Keras layers PyTorch has no module for."""
import re

from pivot.catalog import all_ops

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

SAME_PADDING_CLASS = '''

class SamePadding(nn.Module):
    """Keras 'same' padding in PyTorch (written by Pivot), for strides > 1 on inputs of any size: TensorFlow pads
    each spatial axis by max((ceil(size / stride) - 1) * stride + (kernel - 1) * dilation + 1 - size, 0), the odd
    pixel after, so the amount is computed from the input on each call."""

    def __init__(self, kernel_size, stride, dilation, value=0.0):
        super().__init__()
        self.windows = (kernel_size, stride, dilation)  # each an int or one per spatial axis
        self.value = value

    def forward(self, x):
        pads, n = [], x.dim() - 2
        windows = tuple(zip(*(v if isinstance(v, (tuple, list)) else (v,) * n for v in self.windows)))
        for size, (k, s, d) in zip(reversed(x.shape[2:]), reversed(windows)):
            total = max((-(-size // s) - 1) * s + (k - 1) * d + 1 - size, 0)
            pads += [total // 2, total - total // 2]
        return nn.functional.pad(x, pads, value=self.value)
'''

SAME_AVERAGE_POOLING_CLASS = '''

class SameAveragePooling(SamePadding):
    """Keras 'same' average pooling in PyTorch (written by Pivot), exact for inputs of any size (PyTorch's
    AvgPool3d refuses an input smaller than its kernel, and its padding is symmetric): the input is zero-padded as
    TensorFlow pads it and each window's sum is divided by the number of input values the window holds, as
    TensorFlow averages only those."""

    def __init__(self, kernel_size, stride):
        super().__init__(kernel_size, stride, 1)

    def forward(self, x):
        kernel_size, stride = self.windows[:2]
        pool = getattr(nn.functional, f"avg_pool{x.dim() - 2}d")
        ones = x.new_ones((1, 1) + tuple(x.shape[2:]))
        return pool(super().forward(x), kernel_size, stride) / pool(super().forward(ones), kernel_size, stride)
'''


TIME_DISTRIBUTED_CLASS = '''

class TimeDistributedModule(nn.Module):
    """keras.layers.TimeDistributed in PyTorch (written by Pivot): the module on every time step, the steps folded
    into the batch. The steps' images stay channels-last, as in Keras; a module that reads channels-first images
    gets each step's image moved there and back."""

    PER_STEP = True  # its weights are its module's

    def __init__(self, module, channels_first=False):
        super().__init__()
        self.module = module
        self.channels_first = channels_first

    def forward(self, x):
        n, t = x.shape[:2]
        y = x.reshape(n * t, *x.shape[2:])
        y = self.module(y.movedim(-1, 1) if self.channels_first else y)
        y = y.movedim(1, -1) if self.channels_first and y.dim() > 2 else y
        return y.reshape(n, t, *y.shape[1:])
'''

CHANNELS_LAST_CLASS = '''

class ChannelsLast(nn.Module):
    """A module over the channel axis of a channels-first image (written by Pivot): a Keras Dense or
    LayerNormalization applied to a channels-last image inside a Sequential. The channels are moved last for the
    module and back, so the image stays channels-first around it."""

    WRAPS = True  # its weights are its module's

    def __init__(self, module):
        super().__init__()
        self.module = module

    def forward(self, x):
        return self.module(x.movedim(1, -1)).movedim(-1, 1)
'''

FIXED_AFFINE_FUNCTION = '''

def fixed_affine(norm, *names):
    """A norm whose Keras twin has no scale (`weight`, 1) or no center (`bias`, 0) (written by Pivot): those
    parameters keep their initial constant and are frozen."""
    def freeze(*_):
        for name in names:
            getattr(norm, name).requires_grad_(False)
        hook.remove()

    hook = norm.register_forward_pre_hook(freeze)  # a lazy norm has its parameters after its first call
    if not isinstance(norm, nn.modules.lazy.LazyModuleMixin):
        freeze()
    return norm
'''


FEATURES_LAST_NORM_CLASSES = ('''

class FeaturesLastBatchNorm(nn.BatchNorm1d):
    """keras.layers.BatchNormalization (axis=-1) on an input of any rank (written by Pivot): each feature of the
    last axis normalized over every other axis, as Keras does (BatchNorm1d of the rows); weights as BatchNorm1d."""

    def forward(self, x):
        return super().forward(x.reshape(-1, x.shape[-1])).reshape(x.shape)
''', '''

class LazyFeaturesLastBatchNorm(nn.LazyBatchNorm1d):
    """keras.layers.BatchNormalization (axis=-1) on an input of any rank (written by Pivot), its width read on the
    first call: each feature of the last axis normalized over every other axis (BatchNorm1d of the rows)."""

    cls_to_become = FeaturesLastBatchNorm

    def initialize_parameters(self, x):
        return super().initialize_parameters(x.reshape(-1, x.shape[-1]))

    def forward(self, x):  # (the first call: sized, it is a FeaturesLastBatchNorm already)
        return FeaturesLastBatchNorm.forward(self, x)
''')


def _by_class_name(*sources: str) -> dict[str, tuple[str, tuple]]:
    """Each support class (with no dependencies) under the name its source defines, which generated code calls."""
    return {re.search(r"^class (\w+)\(", source, re.M).group(1): (source, ()) for source in sources}


SUPPORT = _by_class_name(RESHAPE_CLASS, SAME_PADDING_CLASS, SEPARABLE_CLASS.replace("{n}", "1"), SEPARABLE_CLASS.replace("{n}", "2"),
                         REPEAT_VECTOR_CLASS, PERMUTE_CLASS, RESCALING_CLASS, NORMALIZATION_CLASS,
                         TIME_DISTRIBUTED_CLASS, CHANNELS_LAST_CLASS)
_NORM, _LAZY_NORM = _by_class_name(*FEATURES_LAST_NORM_CLASSES)  # the lazy one becomes the other when sized
SUPPORT.update(_by_class_name(*FEATURES_LAST_NORM_CLASSES))
SUPPORT[_LAZY_NORM] = (SUPPORT[_LAZY_NORM][0], (_NORM,))
SUPPORT["SameAveragePooling"] = (SAME_AVERAGE_POOLING_CLASS, ("SamePadding",))
SUPPORT["fixed_affine"] = (FIXED_AFFINE_FUNCTION, ())  # a function: Keras norms with one of center/scale off
# support modules whose code lives in their catalog entry (`OpSpec.torch_support_code`: DepthToSpace, Resizing...)
SUPPORT.update(_by_class_name(*(s.torch_support_code for s in all_ops().values() if s.torch_support_code)))

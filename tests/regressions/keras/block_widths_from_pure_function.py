"""uk10 (k5_mobilenetv2_inverted_residual): widths computed by a function of the file that only computes
(keras.applications' `_make_divisible(v, divisor=8)`) of a builder parameter with a literal default, a block's
`in_channels = inputs.shape[-1]`, and `if in_channels == filters and stride == 1: return layers.Add()([inputs, x])`
before the block's last `return x`. The widths are written as the calls, the `if` is decided at the parameter's
default (the PyTorch model refuses other values) and the block stops at the return of the branch it takes (was
PIV104 on each value and on the `if`)."""
# pivot-corpus: name=build input_shape=2,8,8,3 input_dtype=float32
from tensorflow.keras import Model, layers


def _make_divisible(v, divisor=8):
    new_v = max(divisor, int(v + divisor / 2) // divisor * divisor)
    if new_v < 0.9 * v:
        new_v += divisor
    return new_v


def block(inputs, filters, alpha, stride):
    in_channels = inputs.shape[-1]
    width = _make_divisible(filters * alpha)
    x = layers.Conv2D(in_channels * 2, 1, use_bias=False)(inputs)
    x = layers.ReLU(6.0)(x)
    x = layers.Conv2D(width, 3, strides=stride, padding="same")(x)
    if in_channels == width and stride == 1:
        return layers.Add()([inputs, x])
    return x


def build(alpha=1.0):
    inputs = layers.Input(shape=(8, 8, 3))
    x = layers.Conv2D(_make_divisible(8 * alpha), 3, padding="same")(inputs)
    x = block(x, 8, alpha, 1)
    x = block(x, 16, alpha, 2)
    x = layers.GlobalAveragePooling2D()(x)
    return Model(inputs, layers.Dense(3)(x))

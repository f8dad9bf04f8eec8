"""TensorFlow's tanh in `x - tanh(x)` near 0 is 4x less exact than PyTorch's (7e-8 vs 1.6e-8); a per-channel GroupNormalization then
amplifies it (fuzz keras 151844): the same computation (both models in float64 agree to 1.5e-13), the float error
estimate measures both sides."""
# pivot-fuzz: input_shape=2,24,1 input_dtype=float32
# found: silent: Mismatch: max abs diff 0.000197 (float32 error of the computation 4e-05)
import keras
from keras import layers


def build_model():
    inputs = keras.Input(shape=(24, 1))
    x = inputs
    for width in (4, 8, 8):
        x = layers.SeparableConv1D(width, 1)(x)
        x = layers.Activation('tanh_shrink')(x)
    x = layers.SeparableConv1D(4, kernel_size=1)(x)
    x = keras.ops.nn.log_softmax(x, axis=-1)
    x = layers.GroupNormalization(epsilon=1e-05, groups=-1)(x)
    return keras.Model(inputs, x)


model = build_model()

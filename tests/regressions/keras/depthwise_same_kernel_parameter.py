"""uk8 (k6_keras_convmixer): `DepthwiseConv2D(kernel_size=kernel_size, padding="same")` in a functional block whose
kernel size is a parameter of the model builder (was PIV105 "symbolic 'same' padding"): at stride 1 PyTorch's
padding='same' pads as TensorFlow does for any kernel, an even one (4: one row more after) included."""
# pivot-corpus: name=build_mixer input_shape=2,9,9,3 input_dtype=float32
import keras
from keras import layers


def mixer(x, kernel_size):
    y = layers.DepthwiseConv2D(kernel_size=kernel_size, padding="same")(x)
    return layers.Add()([layers.Activation("gelu")(y), x])


def build_mixer(kernel_size=4, depth=2):
    inputs = keras.Input((9, 9, 3))
    x = inputs
    for _ in range(depth):
        x = mixer(x, kernel_size)
    x = layers.GlobalAveragePooling2D()(x)
    outputs = layers.Dense(2)(x)
    return keras.Model(inputs, outputs)

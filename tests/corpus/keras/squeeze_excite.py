"""A MobileNet-style net: explicit zero padding, grouped convs and a squeeze-and-excitation block."""
# pivot-corpus: name=build_se_net input_shape=2,32,32,3
import keras
from keras import layers

REDUCTION = 4


def build_se_net(num_classes=10):
    inputs = keras.Input(shape=(32, 32, 3))
    # pad then a 'valid' stride-2 conv, as in keras.applications.MobileNet
    x = layers.ZeroPadding2D(padding=((0, 1), (0, 1)))(inputs)
    x = layers.Conv2D(16, 3, strides=2, use_bias=False)(x)   # 16x16
    x = layers.BatchNormalization(momentum=0.9, epsilon=1e-3)(x)
    x = layers.Activation("hard_swish")(x)
    x = layers.ZeroPadding2D(1)(x)
    x = layers.Conv2D(32, 3, groups=4, use_bias=False)(x)     # grouped 3x3, 16x16
    x = layers.BatchNormalization()(x)
    x = layers.ReLU(6.0)(x)
    residual = x

    # squeeze-and-excitation: per-channel gate in (0, 1)
    se = layers.GlobalAveragePooling2D(keepdims=True)(x)
    se = layers.Conv2D(32 // REDUCTION, 1, activation="relu")(se)
    se = layers.Conv2D(32, 1, activation="sigmoid")(se)
    x = layers.Multiply()([x, se])
    x = layers.Add()([x, residual])

    x = layers.GlobalAveragePooling2D()(x)
    outputs = layers.Dense(num_classes)(x)
    return keras.Model(inputs, outputs)

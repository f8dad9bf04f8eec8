"""Issue 10: a functional ResNet builder whose block projects its shortcut only when asked (stride or flag):
the branch is decided per call from the constant arguments, never taken for every call."""
# pivot-corpus: name=build_resnet input_shape=2,16,16,3 input_dtype=float32
import keras
from keras import layers


def residual_block(x, filters, stride=1, project=False):
    shortcut = x
    x = layers.Conv2D(filters, 3, strides=stride, padding="same")(x)
    x = layers.BatchNormalization()(x)
    x = layers.ReLU()(x)
    x = layers.Conv2D(filters, 3, padding="same")(x)
    x = layers.BatchNormalization()(x)
    if stride != 1 or project:
        shortcut = layers.Conv2D(filters, 1, strides=stride)(shortcut)
        shortcut = layers.BatchNormalization()(shortcut)
    x = layers.Add()([x, shortcut])
    return layers.ReLU()(x)


def build_resnet(input_shape=(16, 16, 3), num_classes=10):
    inputs = keras.Input(shape=input_shape)
    x = layers.Conv2D(8, 3, padding="same")(inputs)
    x = layers.BatchNormalization()(x)
    x = layers.ReLU()(x)
    x = residual_block(x, 8, 1)
    x = residual_block(x, 8, 1, project=True)
    x = residual_block(x, 16, 2)
    x = layers.GlobalAveragePooling2D()(x)
    outputs = layers.Dense(num_classes, activation="softmax")(x)
    return keras.Model(inputs, outputs)

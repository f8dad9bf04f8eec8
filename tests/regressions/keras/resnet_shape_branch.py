"""Issue 10: a functional ResNet builder branching on a tensor shape in its block (verify once crashed with
IndexError after exit 0): an error naming the branch until issue 12, now decided by the sizes shape inference
knows where the block is inlined (8 channels in, 8 wanted: no projection; stride 2: one)."""
# pivot-corpus: name=build_resnet input_shape=2,16,16,3 input_dtype=float32
import keras
from keras import layers


def residual_block(x, filters, stride=1):
    shortcut = x
    x = layers.Conv2D(filters, 3, strides=stride, padding="same")(x)
    x = layers.BatchNormalization()(x)
    x = layers.ReLU()(x)
    x = layers.Conv2D(filters, 3, padding="same")(x)
    x = layers.BatchNormalization()(x)
    if stride != 1 or shortcut.shape[-1] != filters:
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
    x = residual_block(x, 16, 2)
    x = layers.GlobalAveragePooling2D()(x)
    outputs = layers.Dense(num_classes, activation="softmax")(x)
    return keras.Model(inputs, outputs)

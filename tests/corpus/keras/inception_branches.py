"""An Inception-style network with four parallel branches joined by Concatenate."""
# pivot-corpus: name=build_inception input_shape=2,32,32,3
import keras
from keras import layers


def build_inception(num_classes=10):
    inputs = keras.Input(shape=(32, 32, 3))
    x = layers.Conv2D(32, 3, padding="same", activation="relu")(inputs)
    x = layers.MaxPooling2D(2)(x)  # 16x16

    b1 = layers.Conv2D(16, 1, activation="relu")(x)

    b2 = layers.Conv2D(16, 1, activation="relu")(x)
    b2 = layers.Conv2D(24, 3, padding="same", activation="relu")(b2)

    # dilated 3x3 gives a 5x5 receptive field
    b3 = layers.Conv2D(8, 1, activation="relu")(x)
    b3 = layers.Conv2D(8, 3, padding="same", dilation_rate=2, activation="relu")(b3)

    b4 = layers.MaxPooling2D(pool_size=3, strides=1, padding="same")(x)
    b4 = layers.Conv2D(16, 1, activation="relu")(b4)

    x = layers.Concatenate()([b1, b2, b3, b4])  # channels-last: axis=-1
    x = layers.GlobalAveragePooling2D()(x)
    x = layers.Dropout(0.2)(x)
    outputs = layers.Dense(num_classes)(x)
    return keras.Model(inputs=inputs, outputs=outputs, name="mini_inception")

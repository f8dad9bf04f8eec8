"""Issue 10: a functional builder's local values (a constant, one computed from a parameter, a tuple indexed)
used as layer arguments (they once vanished from the generated constructor: exit 0, then NameError)."""
# pivot-corpus: name=build input_shape=2,16,16,3 input_dtype=float32
import keras
from keras import layers


def build(base=4, num_classes=10):
    width = 8
    wide = base * 2
    filters = (6, 12)
    inputs = keras.Input(shape=(16, 16, 3))
    x = layers.Conv2D(width, 3, activation="relu")(inputs)
    x = layers.Conv2D(width * 2, 3)(x)
    x = layers.Conv2D(filters[0], 3, padding="same")(x)
    x = layers.Conv2D(wide, 1)(x)
    x = layers.GlobalAveragePooling2D()(x)
    hidden = layers.Dense(filters[1] + wide, activation="relu")
    x = hidden(x)
    outputs = layers.Dense(num_classes)(x)
    return keras.Model(inputs, outputs)

"""Issue 10: a Sequential builder's local values used as layer arguments, in the list and in `.add`."""
# pivot-corpus: name=build_mlp input_shape=2,12 input_dtype=float32
import keras
from keras import layers


def build_mlp(hidden=16, num_classes=3):
    sizes = (hidden, hidden // 2)
    model = keras.Sequential([keras.Input(shape=(12,)), layers.Dense(sizes[0], activation="relu")])
    model.add(layers.Dense(sizes[1], activation="relu"))
    model.add(layers.Dense(num_classes))
    return model

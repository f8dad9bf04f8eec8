"""Issue 10: a Sequential returning a flattened image (its output order differs between the frameworks)."""
# pivot-corpus: name=build_flat_features input_shape=2,6,6,3 input_dtype=float32
import keras
from keras import layers


def build_flat_features():
    return keras.Sequential([keras.Input(shape=(6, 6, 3)), layers.Conv2D(4, 3), layers.ReLU(), layers.Flatten()])

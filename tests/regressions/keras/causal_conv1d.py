"""Issue 10: a causal Conv1D (PyTorch has no padding="causal": left pad by (kernel-1)*dilation, then valid)."""
# pivot-corpus: name=build_causal input_shape=2,20,4 input_dtype=float32
import keras
from keras import layers


def build_causal():
    inputs = keras.Input(shape=(20, 4))
    x = layers.Conv1D(16, 3, padding="causal", activation="relu")(inputs)
    x = layers.Conv1D(8, 3, padding="causal", dilation_rate=2)(x)
    x = layers.GlobalAveragePooling1D()(x)
    return keras.Model(inputs, layers.Dense(3)(x))

"""keras.io time-series-classifier style builder: `for _ in range(num_blocks)` over a builder parameter and
`for dim in mlp_units` over another (unrolled for their defaults; the PyTorch model refuses other values)."""
# pivot-corpus: name=build_model input_shape=2,10,6
import keras
from keras import layers


def residual_block(inputs, width, ff_dim, dropout=0.0):
    x = layers.LayerNormalization(epsilon=1e-6)(inputs)
    x = layers.Dense(ff_dim, activation="relu")(x)
    x = layers.Dropout(dropout)(x)
    x = layers.Dense(width)(x)
    return x + inputs


def build_model(ff_dim=16, num_blocks=3, mlp_units=(12, 8), num_classes=2):
    inputs = keras.Input(shape=(10, 6))
    x = inputs
    for _ in range(num_blocks):
        x = residual_block(x, 6, ff_dim, dropout=0.1)
    x = layers.Flatten()(x)
    for dim in mlp_units:
        x = layers.Dense(dim, activation="relu")(x)
    outputs = layers.Dense(num_classes, activation="softmax")(x)
    return keras.Model(inputs, outputs)

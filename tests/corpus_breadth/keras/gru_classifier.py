"""A Sequential two-layer GRU classifier for multivariate sequences; the top GRU returns only its last state."""
# pivot-corpus: name=model input_shape=2,10,8 input_dtype=float32
import keras
from keras import layers

model = keras.Sequential(
    [
        keras.Input(shape=(10, 8)),
        layers.GRU(32, return_sequences=True),
        layers.GRU(32, return_sequences=False),
        layers.Dense(16, activation="relu"),
        layers.Dense(4),
    ]
)

"""Issue 12: a functional builder whose loop counts, loop lists and input shape are parameters without defaults,
given by the file's own call (keras.io's timeseries transformer): the model is migrated for those values (each
pinned, ValueError for another). GlobalAverage/MaxPooling1D(data_format="channels_first") pool the last axis,
of a sequence and of Conv1D features; a Conv1D output added to the sequence it came from (`x + res`, operator
form) moves the sequence's channels (a broadcast to (N, T, T) before, exit 0)."""
# pivot-corpus: name=build_model input_shape=2,12,3 input_dtype=float32
import keras
from keras import layers


def block(inputs, width):
    x = layers.LayerNormalization(epsilon=1e-6)(inputs)
    x = layers.Conv1D(width, 1, activation="relu")(x)
    x = layers.Conv1D(inputs.shape[-1], 1)(x)
    return x + inputs


def build_model(input_shape, num_blocks, widths, heads):
    inputs = keras.Input(shape=input_shape)
    x = inputs
    for _ in range(num_blocks):
        x = block(x, 8)
    seq = layers.GlobalAveragePooling1D(data_format="channels_first")(x)
    feats = layers.Conv1D(5, 3)(x)
    peak = layers.GlobalMaxPooling1D(data_format="channels_first")(feats)
    x = layers.Concatenate()([seq, peak])
    for width in widths:
        x = layers.Dense(width, activation="relu")(x)
    return keras.Model(inputs, layers.Dense(heads)(x))


model = build_model((12, 3), 2, [16, 8], heads=2)

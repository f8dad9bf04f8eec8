"""Gated linear unit / WaveNet-style gates in the Keras functional API (GitHub keras GLU implementations):
`tanh` and `sigmoid` Conv1D branches multiplied with `layers.Multiply()`, a residual Add, and a
squeeze-excite style gate `Multiply()([x, Dense(sigmoid)(GlobalAveragePooling1D)])` with Reshape."""
# pivot-corpus: name=model input_shape=2,16,6
from tensorflow import keras
from tensorflow.keras import layers

inputs = keras.Input(shape=(16, 6))
x = layers.Conv1D(12, 1)(inputs)
for dilation in (1, 2):
    t = layers.Conv1D(12, 3, padding="causal", dilation_rate=dilation, activation="tanh")(x)
    s = layers.Conv1D(12, 3, padding="causal", dilation_rate=dilation, activation="sigmoid")(x)
    g = layers.Multiply()([t, s])
    x = layers.Add()([x, g])
se = layers.GlobalAveragePooling1D()(x)
se = layers.Dense(12, activation="sigmoid")(se)
se = layers.Reshape((1, 12))(se)
x = layers.Multiply()([x, se])
x = layers.GlobalMaxPooling1D()(x)
outputs = layers.Dense(2)(x)
model = keras.Model(inputs, outputs)

"""Sequence models that trim or pad the time axis (Keras layer docs examples for `Cropping1D(cropping=(1, 1))`
and `ZeroPadding1D(padding=2)`): a Conv1D feature extractor, `Cropping1D((2, 1))` to drop border frames,
`ZeroPadding1D((1, 2))` before a 'valid' conv, Flatten and Dense."""
# pivot-corpus: name=model input_shape=2,20,4
from tensorflow import keras
from tensorflow.keras import layers

model = keras.Sequential([
    keras.Input(shape=(20, 4)),
    layers.Conv1D(8, 3, padding='same', activation='relu'),
    layers.Cropping1D(cropping=(2, 1)),
    layers.ZeroPadding1D(padding=(1, 2)),
    layers.Conv1D(8, 3, padding='valid', activation='relu'),
    layers.Cropping1D(1),
    layers.Flatten(),
    layers.Dense(3),
])

"""Deep Learning with Python (1st ed., ch. 7) / Keras docs: depthwise separable 1-D convolutions for text,
`SeparableConv1D(32, 5, activation='relu', padding='same')`, MaxPooling1D, GlobalAveragePooling1D after an
Embedding, and a softmax head."""
# pivot-corpus: name=model input_shape=2,24 input_dtype=int64
from tensorflow import keras
from tensorflow.keras import layers

model = keras.Sequential()
model.add(layers.Input(shape=(24,)))
model.add(layers.Embedding(80, 16))
model.add(layers.SeparableConv1D(32, 5, activation="relu", padding="same"))
model.add(layers.MaxPooling1D(2))
model.add(layers.SeparableConv1D(32, 3, activation="relu", depth_multiplier=2))
model.add(layers.GlobalAveragePooling1D())
model.add(layers.Dense(4, activation="softmax"))

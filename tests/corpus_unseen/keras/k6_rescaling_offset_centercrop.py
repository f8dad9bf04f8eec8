"""keras.io "Working with preprocessing layers" / "Transfer learning" style image head: `layers.CenterCrop(24, 24)`
then `layers.Rescaling(scale=1.0 / 127.5, offset=-1)` (inputs to [-1, 1]) inside the model, Conv2D blocks,
GlobalAveragePooling2D and Dropout before a logits Dense."""
# pivot-corpus: name=model input_shape=2,32,32,3
import keras
from keras import layers

inputs = keras.Input(shape=(32, 32, 3))
x = layers.CenterCrop(height=24, width=24)(inputs)
x = layers.Rescaling(scale=1.0 / 127.5, offset=-1)(x)
x = layers.Conv2D(16, 3, strides=2, padding="same", activation="relu")(x)
x = layers.Conv2D(32, 3, strides=2, padding="same", activation="relu")(x)
x = layers.GlobalAveragePooling2D()(x)
x = layers.Dropout(0.2)(x)
outputs = layers.Dense(5)(x)
model = keras.Model(inputs, outputs)

"""Small encoder-decoder segmentation nets (keras.io "Multiclass semantic segmentation using DeepLabV3+":
`layers.UpSampling2D(size=..., interpolation="bilinear")`, concatenate with a skip, 1x1 Conv2D logits)."""
# pivot-corpus: name=model input_shape=2,16,16,3
from tensorflow import keras
from tensorflow.keras import layers

model_input = keras.Input(shape=(16, 16, 3))
x = layers.Conv2D(8, 3, padding="same", activation="relu")(model_input)
skip = x
x = layers.Conv2D(16, 3, strides=2, padding="same", activation="relu")(x)
x = layers.Conv2D(16, 3, strides=2, padding="same", activation="relu")(x)
x = layers.UpSampling2D(size=(4, 4), interpolation="bilinear")(x)
x = layers.Concatenate(axis=-1)([x, skip])
x = layers.Conv2D(8, 3, padding="same", activation="relu")(x)
model_output = layers.Conv2D(3, kernel_size=(1, 1), padding="same")(x)
model = keras.Model(inputs=model_input, outputs=model_output)

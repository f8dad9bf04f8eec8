"""keras.io "The Sequential model" guide: an empty keras.Sequential() grown with model.add(...), strided Conv2D,
GlobalMaxPooling2D head (smaller images)."""
# pivot-corpus: name=model input_shape=2,64,64,3
import keras
from keras import layers

model = keras.Sequential()
model.add(keras.Input(shape=(64, 64, 3)))  # 64x64 RGB images
model.add(layers.Conv2D(16, 5, strides=2, activation="relu"))
model.add(layers.Conv2D(16, 3, activation="relu"))
model.add(layers.MaxPooling2D(3))
model.add(layers.Conv2D(16, 3, activation="relu"))
model.add(layers.Conv2D(16, 3, activation="relu"))
model.add(layers.MaxPooling2D(2))

# Now that we have 4x4 feature maps, time to apply global max pooling.
model.add(layers.GlobalMaxPooling2D())

# Finally, we add a classification layer.
model.add(layers.Dense(10))

"""tensorflow.org "Image classification" (flowers): Sequential opening with layers.Rescaling(1./255,
input_shape=...), Conv2D with padding='same', bare MaxPooling2D(), Dropout, Flatten and a logits Dense."""
# pivot-corpus: name=model input_shape=2,48,48,3
import tensorflow as tf
from tensorflow.keras import layers
from tensorflow.keras.models import Sequential

img_height = 48
img_width = 48
num_classes = 5

model = Sequential([
    layers.Rescaling(1./255, input_shape=(img_height, img_width, 3)),
    layers.Conv2D(16, 3, padding='same', activation='relu'),
    layers.MaxPooling2D(),
    layers.Conv2D(32, 3, padding='same', activation='relu'),
    layers.MaxPooling2D(),
    layers.Conv2D(64, 3, padding='same', activation='relu'),
    layers.MaxPooling2D(),
    layers.Dropout(0.2),
    layers.Flatten(),
    layers.Dense(128, activation='relu'),
    layers.Dense(num_classes, name="outputs")
])

"""Image preprocessing inside the model with fixed ImageNet statistics (keras.io "Image classification via
fine-tuning with EfficientNet" discussions, Stack Overflow "keras Normalization layer with mean and variance"):
`layers.Normalization(mean=[0.485 * 255, 0.456 * 255, 0.406 * 255], variance=[(0.229 * 255) ** 2, ...])` on an
RGB image (per channel, axis=-1), then a small conv net with `Rescaling` absent."""
# pivot-corpus: name=model input_shape=2,24,24,3
import keras
from keras import layers

norm = layers.Normalization(
    mean=[0.485 * 255, 0.456 * 255, 0.406 * 255],
    variance=[(0.229 * 255) ** 2, (0.224 * 255) ** 2, (0.225 * 255) ** 2],
)

inputs = keras.Input(shape=(24, 24, 3))
x = norm(inputs)
x = layers.Conv2D(16, 3, strides=2, activation="relu")(x)
x = layers.Conv2D(32, 3, activation="relu")(x)
x = layers.GlobalAveragePooling2D()(x)
outputs = layers.Dense(4)(x)
model = keras.Model(inputs, outputs)

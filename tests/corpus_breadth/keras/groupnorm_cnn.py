"""A Sequential CNN with GroupNormalization after each convolution and LayerNormalization in the dense head."""
# pivot-corpus: name=model input_shape=2,16,16,3 input_dtype=float32
import keras
from keras import layers

model = keras.Sequential(
    [
        keras.Input(shape=(16, 16, 3)),
        layers.Conv2D(32, 3, padding="same"),
        layers.GroupNormalization(groups=4),
        layers.Activation("swish"),
        layers.MaxPooling2D(),
        layers.Conv2D(32, 3, padding="same"),
        layers.GroupNormalization(groups=4),
        layers.Activation("swish"),
        layers.GlobalAveragePooling2D(),
        layers.Dense(64),
        layers.LayerNormalization(),
        layers.Activation("relu"),
        layers.Dense(10),
    ],
    name="groupnorm_cnn",
)

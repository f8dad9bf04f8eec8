"""A subclassed Keras CNN that pools in a `for _ in range(3)` loop before flattening into a dense classifier."""
# pivot-corpus: name=LoopPoolNet input_shape=2,32,32,3 input_dtype=float32
import keras
from keras import layers


class LoopPoolNet(keras.Model):
    def __init__(self, num_classes=10):
        super().__init__()
        self.conv = layers.Conv2D(8, 3, padding="same", activation="relu")
        self.pool = layers.MaxPooling2D(2)
        self.flatten = layers.Flatten()
        self.fc = layers.Dense(num_classes)

    def call(self, x):
        x = self.conv(x)
        for _ in range(3):
            x = self.pool(x)
        x = self.flatten(x)
        return self.fc(x)

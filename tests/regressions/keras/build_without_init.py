"""Issue 12: a custom layer with build(self, input_shape) and no __init__ (a per-feature scale and shift), in a
functional model: forward() builds it on the first call, reading `getattr(self, "built", False)`."""
# pivot-corpus: name=model input_shape=2,7 input_dtype=float32
import keras
from keras import layers


class ScaleShift(layers.Layer):
    def build(self, input_shape):
        self.gamma = self.add_weight(shape=(input_shape[-1],), initializer="ones", name="gamma")
        self.beta = self.add_weight(shape=(input_shape[-1],), initializer="zeros", name="beta")

    def call(self, x):
        return x * self.gamma + self.beta


inputs = keras.Input(shape=(7,))
x = layers.Dense(5, activation="relu")(inputs)
x = ScaleShift()(x)
outputs = layers.Dense(2)(x)
model = keras.Model(inputs, outputs)

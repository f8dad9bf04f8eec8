"""TensorFlow guide "Making new layers and models via subclassing" style, for a Model: a
`tf.keras.models.Model` subclass whose `build(self, input_shape)` creates its layers from the input's last
dimension (`self.proj = layers.Dense(input_shape[-1])`, a residual MLP block), and whose `call` adds the
projection back to the input before a classifier head."""
# pivot-corpus: name=ResidualMLP input_shape=4,12
import tensorflow as tf
from tensorflow.keras import layers


class ResidualMLP(tf.keras.models.Model):
    def __init__(self, hidden_units=32, num_classes=5, **kwargs):
        super().__init__(**kwargs)
        self.hidden_units = hidden_units
        self.num_classes = num_classes

    def build(self, input_shape):
        self.hidden = layers.Dense(self.hidden_units, activation='relu')
        self.proj = layers.Dense(input_shape[-1])
        self.norm = layers.LayerNormalization()
        self.head = layers.Dense(self.num_classes)
        super().build(input_shape)

    def call(self, inputs):
        x = self.hidden(inputs)
        x = self.proj(x)
        x = self.norm(x + inputs)
        return self.head(x)


model = ResidualMLP()

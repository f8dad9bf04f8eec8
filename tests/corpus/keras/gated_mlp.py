"""A gated MLP: a sigmoid gate multiplies a dense path, fused with a second stream."""
# pivot-corpus: name=GatedMLP input_shape=2,24
import keras
from keras import layers


class GatedMLP(keras.Model):
    def __init__(self, hidden=64, num_classes=6):
        super().__init__()
        self.value = layers.Dense(hidden, activation="gelu")
        self.gate = layers.Dense(hidden, activation="sigmoid")
        self.other = layers.Dense(hidden, activation="selu")
        self.multiply = layers.Multiply()
        self.add = layers.Add()
        self.concat = layers.Concatenate(axis=-1)
        self.dropout = layers.Dropout(0.1)
        self.head = layers.Dense(num_classes, activation="softmax")

    def call(self, inputs, training=False):
        v = self.value(inputs)
        g = self.gate(inputs)
        gated = self.multiply([v, g])
        fused = self.add([gated, self.other(inputs)])
        x = self.concat([fused, gated])
        x = self.dropout(x, training=training)
        return self.head(x)

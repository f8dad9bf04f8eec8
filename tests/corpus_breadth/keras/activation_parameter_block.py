"""A residual MLP whose custom block takes its activation as a constructor parameter and applies it with
`layers.Activation(activation)` (keras.io's structured-data and MLP examples pass "relu"/"gelu" this way): the
name is chosen when the PyTorch model is built, from the same Keras names."""
# pivot-corpus: name=ResidualMLP input_shape=2,24 input_dtype=float32
import keras
from keras import layers


class DenseBlock(layers.Layer):
    """norm -> dense -> activation -> dropout, added back to the input."""

    def __init__(self, units, dropout=0.0, activation="relu", **kwargs):
        super().__init__(**kwargs)
        self.norm = layers.LayerNormalization()
        self.dense = layers.Dense(units)
        self.act = layers.Activation(activation)
        self.dropout = layers.Dropout(dropout)

    def call(self, x, training=False):
        h = self.act(self.dense(self.norm(x)))
        return x + self.dropout(h, training=training)


class ResidualMLP(keras.Model):
    def __init__(self, hidden=32, num_outputs=5, **kwargs):
        super().__init__(**kwargs)
        self.input_layer = layers.Dense(hidden, activation="relu")
        self.block1 = DenseBlock(hidden, dropout=0.1)
        self.block2 = DenseBlock(hidden, activation="gelu")
        self.block3 = DenseBlock(hidden, activation="leaky_relu")
        self.output_layer = layers.Dense(num_outputs)

    def call(self, inputs, training=False):
        x = self.input_layer(inputs)
        x = self.block1(x, training=training)
        x = self.block3(self.block2(x))
        return self.output_layer(x)

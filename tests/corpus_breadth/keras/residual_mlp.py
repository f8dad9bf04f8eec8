"""A subclassed residual MLP: reusable custom blocks built in a list comprehension, with use_bn / dropout flags."""
# pivot-corpus: name=ResidualMLP input_shape=2,32 input_dtype=float32
import keras
from keras import layers


class DenseBlock(layers.Layer):
    """norm -> dense -> activation (-> dropout), added back to the input."""

    def __init__(self, units, use_bn=False, dropout=0.0, activation="relu", **kwargs):
        super().__init__(**kwargs)
        self.use_bn = use_bn
        if use_bn:
            self.norm = layers.BatchNormalization()
        else:
            self.norm = layers.LayerNormalization()
        self.dense = layers.Dense(units)
        self.act = layers.Activation(activation)
        self.dropout = layers.Dropout(dropout) if dropout > 0 else None

    def call(self, x, training=False):
        h = self.norm(x, training=training) if self.use_bn else self.norm(x)
        h = self.act(self.dense(h))
        if self.dropout is not None:
            h = self.dropout(h, training=training)
        return x + h


class ResidualMLP(keras.Model):
    def __init__(self, hidden=64, n_blocks=3, num_outputs=10, use_bn=True, dropout=0.1, **kwargs):
        super().__init__(**kwargs)
        self.input_layer = layers.Dense(hidden, activation="relu")
        self.blocks = [DenseBlock(hidden, use_bn=use_bn, dropout=dropout) for _ in range(n_blocks)]
        self.extra = DenseBlock(hidden, use_bn=False, activation="gelu")
        self.output_layer = layers.Dense(num_outputs)

    def call(self, inputs, training=False):
        x = self.input_layer(inputs)
        for block in self.blocks:
            x = block(x, training=training)
        x = self.extra(x)
        return self.output_layer(x)

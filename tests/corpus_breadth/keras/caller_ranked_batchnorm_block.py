"""A tabular residual network (keras.io structured-data style) whose custom block normalizes with BatchNormalization:
the block declares no input, so which of BatchNorm1d/2d/3d it is comes from where the model calls it with
(N, F) features (a LazyBatchNorm1d; its width is read on the first call)."""
# pivot-corpus: name=TabularResNet input_shape=2,20 input_dtype=float32
import keras
from keras import layers


class ResidualBlock(layers.Layer):
    def __init__(self, units, dropout=0.1, **kwargs):
        super().__init__(**kwargs)
        self.norm = layers.BatchNormalization()
        self.dense = layers.Dense(units, activation="relu")
        self.dropout = layers.Dropout(dropout)

    def call(self, x, training=False):
        h = self.dense(self.norm(x, training=training))
        return x + self.dropout(h, training=training)


class TabularResNet(keras.Model):
    def __init__(self, hidden=32, num_classes=3, **kwargs):
        super().__init__(**kwargs)
        self.stem = layers.Dense(hidden)
        self.block1 = ResidualBlock(hidden)
        self.block2 = ResidualBlock(hidden, dropout=0.2)
        self.head = layers.Dense(num_classes)

    def call(self, inputs, training=False):
        x = self.stem(inputs)
        x = self.block2(self.block1(x, training=training), training=training)
        return self.head(x)

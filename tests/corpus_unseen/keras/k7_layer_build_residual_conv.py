"""A custom `layers.Layer` whose `build(self, input_shape)` creates sub-layers sized by the input's channels
(Stack Overflow "create layers in build() instead of __init__" answers; the TF "Custom layers" guide's
ResnetIdentityBlock written lazily): `self.conv_a = Conv2D(filters, 3, padding='same')`,
`self.conv_b = Conv2D(input_shape[-1], 3, padding='same')`, BatchNormalization, `tf.nn.relu(x + inputs)`; used
twice inside a functional model."""
# pivot-corpus: name=model input_shape=2,12,12,8
import tensorflow as tf
from tensorflow.keras import layers


class LazyResBlock(layers.Layer):
    def __init__(self, filters, **kwargs):
        super().__init__(**kwargs)
        self.filters = filters

    def build(self, input_shape):
        channels = input_shape[-1]
        self.conv_a = layers.Conv2D(self.filters, 3, padding='same')
        self.bn_a = layers.BatchNormalization()
        self.conv_b = layers.Conv2D(channels, 3, padding='same')
        self.bn_b = layers.BatchNormalization()

    def call(self, inputs, training=False):
        x = self.conv_a(inputs)
        x = self.bn_a(x, training=training)
        x = tf.nn.relu(x)
        x = self.conv_b(x)
        x = self.bn_b(x, training=training)
        return tf.nn.relu(x + inputs)


inputs = tf.keras.Input(shape=(12, 12, 8))
x = LazyResBlock(16)(inputs)
x = LazyResBlock(4)(x)
x = layers.GlobalAveragePooling2D()(x)
outputs = layers.Dense(3)(x)
model = tf.keras.Model(inputs, outputs)

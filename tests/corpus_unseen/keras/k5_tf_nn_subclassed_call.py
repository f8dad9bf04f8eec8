"""TensorFlow "custom training" style tf.keras.Model subclass whose call() uses tf.nn.* directly:
tf.nn.leaky_relu(alpha=0.1), tf.nn.elu, tf.nn.softmax(axis=-1), tf.nn.sigmoid, tf.nn.tanh, and
tf.math.multiply for a gate."""
# pivot-corpus: name=GatedNet input_shape=4,12
import tensorflow as tf


class GatedNet(tf.keras.Model):
    def __init__(self, units=16, classes=5):
        super(GatedNet, self).__init__()
        self.fc1 = tf.keras.layers.Dense(units)
        self.gate = tf.keras.layers.Dense(units)
        self.fc2 = tf.keras.layers.Dense(units)
        self.out = tf.keras.layers.Dense(classes)

    def call(self, inputs):
        h = tf.nn.leaky_relu(self.fc1(inputs), alpha=0.1)
        g = tf.nn.sigmoid(self.gate(inputs))
        h = tf.math.multiply(h, g)
        h = tf.nn.tanh(self.fc2(h)) + tf.nn.elu(h)
        return tf.nn.softmax(self.out(h), axis=-1)

"""TensorFlow "Customization basics" style: a model keeping `self.hidden = [Dense(u) for u in units]` built
in a list comprehension, looping `for layer in self.hidden: x = tf.nn.relu(layer(x))`, with a final
`tf.nn.log_softmax`."""
# pivot-corpus: name=DeepMLP input_shape=4,10
import tensorflow as tf


class DeepMLP(tf.keras.Model):
    def __init__(self, units=(32, 16, 8), num_classes=5):
        super(DeepMLP, self).__init__(name="deep_mlp")
        self.hidden = [tf.keras.layers.Dense(u) for u in units]
        self.logits = tf.keras.layers.Dense(num_classes)

    def call(self, x):
        for layer in self.hidden:
            x = tf.nn.relu(layer(x))
        return tf.nn.log_softmax(self.logits(x))

"""TF2-era `tf.keras.Model` subclass (TensorFlow "Customization: custom layers" and Kaggle notebooks) whose
call() mixes raw TensorFlow ops: two Dense branches joined with `tf.concat([a, b], axis=-1)`, a sequence
summary by `tf.reduce_mean(x, axis=1)`, and `tf.nn.relu` instead of activation strings."""
# pivot-corpus: name=TwoBranchNet input_shape=2,7,6
import tensorflow as tf


class TwoBranchNet(tf.keras.Model):
    def __init__(self, hidden=12, num_classes=3):
        super(TwoBranchNet, self).__init__()
        self.branch_a = tf.keras.layers.Dense(hidden)
        self.branch_b = tf.keras.layers.Dense(hidden, activation="tanh")
        self.head = tf.keras.layers.Dense(num_classes)

    def call(self, inputs):
        a = tf.nn.relu(self.branch_a(inputs))
        b = self.branch_b(inputs)
        x = tf.concat([a, b], axis=-1)
        x = tf.reduce_mean(x, axis=1)
        return self.head(x)

"""EEG / sensor models on GitHub that take (batch, channels, time) arrays and swap axes in call() with
`tf.transpose(x, perm=[0, 2, 1])` before Conv1D, then `tf.reduce_mean(x, axis=1)` and Dense."""
# pivot-corpus: name=SensorNet input_shape=2,4,20
import tensorflow as tf
from tensorflow.keras import layers


class SensorNet(tf.keras.Model):
    def __init__(self, n_classes=3, **kwargs):
        super().__init__(**kwargs)
        self.conv1 = layers.Conv1D(8, 5, activation="relu")
        self.conv2 = layers.Conv1D(8, 3, activation="relu")
        self.fc = layers.Dense(n_classes)

    def call(self, x):
        x = tf.transpose(x, perm=[0, 2, 1])
        x = self.conv1(x)
        x = self.conv2(x)
        x = tf.reduce_mean(x, axis=1)
        return self.fc(x)

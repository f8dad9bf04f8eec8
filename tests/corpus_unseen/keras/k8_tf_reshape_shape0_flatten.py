"""Stack Overflow style "flatten inside call() without a Flatten layer": a Conv2D stack in a `tf.keras.Model`
subclass that flattens with `tf.reshape(x, [tf.shape(x)[0], -1])` before its Dense head."""
# pivot-corpus: name=SmallConvNet input_shape=2,12,12,3
import tensorflow as tf
from tensorflow.keras import layers


class SmallConvNet(tf.keras.Model):
    def __init__(self):
        super(SmallConvNet, self).__init__()
        self.conv1 = layers.Conv2D(8, 3, activation="relu")
        self.pool = layers.MaxPooling2D(2)
        self.conv2 = layers.Conv2D(16, 3, activation="relu")
        self.fc = layers.Dense(10)

    def call(self, x):
        x = self.conv1(x)
        x = self.pool(x)
        x = self.conv2(x)
        x = tf.reshape(x, [tf.shape(x)[0], -1])
        return self.fc(x)

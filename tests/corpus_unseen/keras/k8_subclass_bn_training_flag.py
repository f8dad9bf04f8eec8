"""TF2 subclassed CNN with batch normalisation (TensorFlow "Custom training walkthrough" / GitHub TF2 MNIST
repos): `call(self, inputs, training=None)` forwarding `training=training` to BatchNormalization and Dropout,
`tf.nn.relu` between, `GlobalAveragePooling2D`, `Dense(..., activation='softmax')`."""
# pivot-corpus: name=ConvBNNet input_shape=2,14,14,1
import tensorflow as tf
from tensorflow.keras import layers


class ConvBNNet(tf.keras.Model):
    def __init__(self, num_classes=10, **kwargs):
        super(ConvBNNet, self).__init__(name="conv_bn_net", **kwargs)
        self.conv1 = layers.Conv2D(8, 3, padding="same", use_bias=False)
        self.bn1 = layers.BatchNormalization()
        self.conv2 = layers.Conv2D(16, 3, strides=2, padding="same", use_bias=False)
        self.bn2 = layers.BatchNormalization()
        self.gap = layers.GlobalAveragePooling2D()
        self.drop = layers.Dropout(0.25)
        self.fc = layers.Dense(num_classes, activation="softmax")

    def call(self, inputs, training=None):
        x = tf.nn.relu(self.bn1(self.conv1(inputs), training=training))
        x = tf.nn.relu(self.bn2(self.conv2(x), training=training))
        x = self.gap(x)
        x = self.drop(x, training=training)
        return self.fc(x)

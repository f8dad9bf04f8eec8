"""TF 2.x guide style model subclass ("Making new Layers and Models via subclassing"): constructor with
`**kwargs` passed to `super(MLPClassifier, self).__init__(name=name, **kwargs)`, a Dropout used with
`training=training`, `kernel_initializer='he_normal'` and `Dense(..., activation=tf.nn.softmax)`."""
# pivot-corpus: name=MLPClassifier input_shape=4,20
import tensorflow as tf


class MLPClassifier(tf.keras.Model):
    def __init__(self, num_classes=4, name="mlp_classifier", **kwargs):
        super(MLPClassifier, self).__init__(name=name, **kwargs)
        self.dense_1 = tf.keras.layers.Dense(32, activation="relu", kernel_initializer="he_normal")
        self.dropout = tf.keras.layers.Dropout(0.3)
        self.dense_2 = tf.keras.layers.Dense(16, activation=tf.nn.relu, kernel_initializer="he_normal")
        self.classifier = tf.keras.layers.Dense(num_classes, activation=tf.nn.softmax)

    def call(self, inputs, training=False):
        x = self.dense_1(inputs)
        x = self.dropout(x, training=training)
        x = self.dense_2(x)
        return self.classifier(x)

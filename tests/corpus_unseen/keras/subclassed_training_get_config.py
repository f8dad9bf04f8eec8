"""keras.io "Making new layers and models via subclassing": a keras.Model subclass whose call(self, inputs,
training=None) passes `training=training` to Dropout and BatchNormalization, and a get_config() returning its
constructor arguments."""
# pivot-corpus: name=Classifier input_shape=4,20
import keras
from keras import layers


class Classifier(keras.Model):
    def __init__(self, hidden=32, num_classes=5, rate=0.3, **kwargs):
        super().__init__(**kwargs)
        self.hidden = hidden
        self.num_classes = num_classes
        self.rate = rate
        self.dense1 = layers.Dense(hidden)
        self.bn = layers.BatchNormalization()
        self.dropout = layers.Dropout(rate)
        self.dense2 = layers.Dense(num_classes)

    def call(self, inputs, training=None):
        x = self.dense1(inputs)
        x = self.bn(x, training=training)
        x = keras.activations.relu(x)
        x = self.dropout(x, training=training)
        return self.dense2(x)

    def get_config(self):
        config = super().get_config()
        config.update({"hidden": self.hidden, "num_classes": self.num_classes, "rate": self.rate})
        return config

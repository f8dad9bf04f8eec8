"""tensorflow.org "TensorFlow 2 quickstart for experts": a subclassed tf.keras.Model with call(self, x), layers
imported by name from tensorflow.keras.layers."""
# pivot-corpus: name=MyModel input_shape=2,28,28,1
import tensorflow as tf
from tensorflow.keras.layers import Dense, Flatten, Conv2D
from tensorflow.keras import Model


class MyModel(Model):
    def __init__(self):
        super().__init__()
        self.conv1 = Conv2D(32, 3, activation='relu')
        self.flatten = Flatten()
        self.d1 = Dense(128, activation='relu')
        self.d2 = Dense(10)

    def call(self, x):
        x = self.conv1(x)
        x = self.flatten(x)
        x = self.d1(x)
        return self.d2(x)


# Create an instance of the model
model = MyModel()

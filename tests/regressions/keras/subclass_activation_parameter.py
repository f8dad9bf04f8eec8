"""uk7 (Hands-On ML's WideAndDeepModel(units=30, activation="relu")): `Dense(units, activation=activation)` in a
subclassed model or layer whose constructor takes the activation was PIV101 ("a value Pivot cannot read
statically"); PyTorch gets the layer followed by KerasActivation(activation), chosen by the Keras name given when
the model is built (here "tanh" and "elu", not the default)."""
# pivot-corpus: name=model input_shape=3,6
import keras
from keras import layers


class Block(layers.Layer):
    def __init__(self, units, activation="relu", **kwargs):
        super().__init__(**kwargs)
        self.dense = layers.Dense(units, activation=activation)
        self.out = layers.Dense(units)

    def call(self, inputs):
        return self.out(self.dense(inputs)) + inputs


inputs = keras.Input(shape=(6,))
x = Block(6, activation="tanh")(inputs)
x = Block(6, activation="elu")(x)
outputs = layers.Dense(2)(x)
model = keras.Model(inputs, outputs)

"""uk8 (k6_handson_my_dense_build): a custom layer holding `keras.activations.get(activation)` (a name given when
the model is built, or a literal) and applying it as `self.activation(z)`, with `keras.activations.serialize` in
its get_config: PyTorch holds a KerasActivation of that name, and get_config gives the same name (was PIV102)."""
# pivot-corpus: name=model input_shape=3,6
import keras
from keras import layers


class ScaledDense(layers.Layer):
    def __init__(self, units, activation=None, **kwargs):
        super().__init__(**kwargs)
        self.units = units
        self.dense = layers.Dense(units)
        self.activation = keras.activations.get(activation)
        self.gate = keras.activations.get("sigmoid")

    def call(self, inputs):
        z = self.dense(inputs)
        return self.activation(z) * self.gate(z)

    def get_config(self):
        return {"units": self.units, "activation": keras.activations.serialize(self.activation),
                "gate": keras.activations.serialize(self.gate)}


model = keras.Sequential([
    keras.Input(shape=(6,)),
    ScaledDense(8, activation="elu"),
    ScaledDense(4),
])

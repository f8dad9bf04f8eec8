"""Serializable tf.keras.Model subclass (keras.io "Save, serialize and export models"): the constructor takes
`hidden_units` (a list) and builds `self.dense_layers = [Dense(u, activation="relu") for u in hidden_units]`, call()
loops over them; get_config() and a classmethod from_config()."""
# pivot-corpus: name=CustomModel input_shape=3,7
import tensorflow as tf


@tf.keras.utils.register_keras_serializable(package="MyModels")
class CustomModel(tf.keras.Model):
    def __init__(self, hidden_units=(16, 8), output_units=2, **kwargs):
        super().__init__(**kwargs)
        self.hidden_units = list(hidden_units)
        self.output_units = output_units
        self.dense_layers = [tf.keras.layers.Dense(u, activation="relu") for u in self.hidden_units]
        self.output_layer = tf.keras.layers.Dense(output_units)

    def call(self, inputs):
        x = inputs
        for layer in self.dense_layers:
            x = layer(x)
        return self.output_layer(x)

    def get_config(self):
        return {"hidden_units": self.hidden_units, "output_units": self.output_units}

    @classmethod
    def from_config(cls, config):
        return cls(**config)

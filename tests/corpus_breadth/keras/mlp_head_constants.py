"""keras.io ViT-style MLP heads: a functional block looping over a list of widths given by the caller
(module-level constants computed from others), the activation passed as a function value
(`keras.activations.gelu`), a loop over a module-level tuple and keyword arguments from a module-level dict."""
# pivot-corpus: name=create_classifier input_shape=2,12
import keras
from keras import layers

projection_dim = 8
transformer_units = [projection_dim * 2, projection_dim]
mlp_head_units = (32, 16)
DENSE_ARGS = {"kernel_initializer": "glorot_uniform", "use_bias": True}


def mlp(x, hidden_units, dropout_rate, activation=keras.activations.gelu):
    for units in hidden_units:
        x = layers.Dense(units, activation=activation, **DENSE_ARGS)(x)
        x = layers.Dropout(dropout_rate)(x)
    return x


def create_classifier(num_classes=3):
    inputs = keras.Input(shape=(12,))
    x = layers.Dense(projection_dim)(inputs)
    x = mlp(x, hidden_units=transformer_units, dropout_rate=0.1)
    x = layers.LayerNormalization(epsilon=1e-6)(x)
    x = mlp(x, mlp_head_units, 0.5, activation="relu")
    for _ in range(2):
        x = layers.Dense(16, activation="tanh")(x)
    outputs = layers.Dense(num_classes)(x)
    return keras.Model(inputs, outputs)

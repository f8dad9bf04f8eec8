"""keras.io ViT / MLP-Mixer style MLP blocks written with `layers.Activation(tf.nn.gelu)` and
`layers.LayerNormalization(epsilon=1e-6)`, `Dense(units, activation=tf.nn.gelu)` in an `mlp(x, hidden_units,
dropout_rate)` helper, residual adds."""
# pivot-corpus: name=model input_shape=2,6,16
import tensorflow as tf
from tensorflow import keras
from tensorflow.keras import layers


def mlp(x, hidden_units, dropout_rate):
    for units in hidden_units:
        x = layers.Dense(units, activation=tf.nn.gelu)(x)
        x = layers.Dropout(dropout_rate)(x)
    return x


inputs = layers.Input(shape=(6, 16))
x1 = layers.LayerNormalization(epsilon=1e-6)(inputs)
x2 = layers.Dense(16)(x1)
x2 = layers.Activation(tf.nn.gelu)(x2)
x3 = layers.Add()([x2, inputs])
x4 = layers.LayerNormalization(epsilon=1e-6)(x3)
x4 = mlp(x4, hidden_units=[32, 16], dropout_rate=0.1)
encoded = layers.Add()([x4, x3])
representation = layers.LayerNormalization(epsilon=1e-6)(encoded)
representation = layers.Flatten()(representation)
logits = layers.Dense(3)(representation)
model = keras.Model(inputs=inputs, outputs=logits)

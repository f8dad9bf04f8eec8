"""Mixed activation spellings as they appear side by side in Keras tutorials (TensorFlow "Overfit and underfit",
Géron ch. 10/11): `layers.Dense(32, activation='elu', kernel_initializer='he_normal')`, a bare
`layers.Dense(32)` followed by `layers.Activation('relu')`, `layers.Activation('tanh')`,
`layers.Activation(tf.nn.relu6)`, `layers.ReLU(max_value=6.0)` and `layers.Activation('selu')`."""
# pivot-corpus: name=model input_shape=4,10
import tensorflow as tf
from tensorflow.keras import layers

model = tf.keras.Sequential([
    layers.Input(shape=(10,)),
    layers.Dense(32, activation='elu', kernel_initializer='he_normal'),
    layers.Dense(32),
    layers.Activation('relu'),
    layers.Dense(16),
    layers.Activation('tanh'),
    layers.Dense(16),
    layers.Activation(tf.nn.relu6),
    layers.Dense(16),
    layers.ReLU(max_value=6.0),
    layers.Dense(8),
    layers.Activation('selu'),
    layers.Dense(2, activation='softmax'),
])

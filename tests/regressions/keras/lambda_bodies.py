"""Issue 12: `layers.Lambda(lambda t: <expr>)` applied to tensors is its body read as graph ops, as if written
inline: operators with constants, keras.ops / tf functions the catalog knows, a list of two tensors (`v[0]`,
`v[1]`), one Lambda layer held in a variable and applied twice, an axis of an image moved with the layout, and
TensorFlow's l2_normalize (epsilon on the squared sum: F.normalize with its square root). PIV101 before."""
# pivot-corpus: name=model input_shape=2,8,8,3
import keras
import tensorflow as tf
from keras import layers

SCALE = 0.5

inputs = keras.Input(shape=(8, 8, 3))
x = layers.Lambda(lambda t: (t - 0.25) * SCALE)(inputs)
a = layers.Conv2D(6, 3, padding="same")(x)
b = layers.Conv2D(6, 1)(x)
d = layers.Lambda(lambda v: keras.ops.abs(v[0] - v[1]))([a, b])
m = layers.Lambda(lambda t: keras.ops.mean(t, axis=-1, keepdims=True))(d)
square = layers.Lambda(lambda t: keras.ops.square(t) + 1.0)
s = layers.Concatenate()([square(m), square(-m)])
s = layers.GlobalAveragePooling2D()(s)
h = layers.Dense(8, activation="relu")(s)
outputs = layers.Lambda(lambda t: tf.nn.l2_normalize(t, axis=1, epsilon=1e-4))(h)
model = keras.Model(inputs, outputs)

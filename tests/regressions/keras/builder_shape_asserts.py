"""uk7 (tensorflow.org's DCGAN make_generator_model): `assert model.output_shape == (None, 7, 7, 16)` between the
`model.add(...)` calls of a builder was kept in the migrated builder, after the nn.Module it builds (exit 0, then
AttributeError: no output_shape); the checks of Keras's build-time shapes are left out with a PIV202 note."""
# pivot-corpus: name=make_generator_model input_shape=2,10
import tensorflow as tf
from tensorflow.keras import layers


def make_generator_model():
    model = tf.keras.Sequential()
    model.add(layers.Dense(4 * 4 * 8, use_bias=False, input_shape=(10,)))
    model.add(layers.LeakyReLU())
    model.add(layers.Reshape((4, 4, 8)))
    assert model.output_shape == (None, 4, 4, 8)  # Note: None is the batch size
    model.add(layers.Conv2DTranspose(1, (3, 3), strides=(2, 2), padding='same', activation='tanh'))
    assert model.output_shape == (None, 8, 8, 1)
    return model

"""layers.ZeroPadding3D (what the PyTorch -> Keras migration writes before a padded Conv3d) read back as
nn.ZeroPad3d, in its three Keras spellings (int, one size per axis, a pair per axis): it had no catalog entry (PIV101
on the way back of 6 unseen 3-D CNNs, bench/roundtrip_unseen.py)."""
# pivot-corpus: name=build input_shape=2,6,8,8,2
import keras
from keras import layers


def build():
    inputs = keras.Input(shape=(6, 8, 8, 2))
    x = layers.ZeroPadding3D(1)(inputs)
    x = layers.Conv3D(4, 3)(x)
    x = layers.ZeroPadding3D((1, 2, 0))(x)
    x = layers.ZeroPadding3D(((1, 0), (2, 1), (0, 1)))(x)
    x = layers.Conv3D(3, 2)(x)
    return keras.Model(inputs, x)

"""Issue 12: a Keras MultiHeadAttention nn.MultiheadAttention cannot hold, whose widths are all known statically:
Pivot's KerasMultiHeadAttention is sized where it is built (a cross-attention with its own value_dim, a
self-attention whose heads * key_dim is not the width)."""
# pivot-corpus: name=build_attention input_shape=2,5,8;2,7,6 input_dtype=float32
import keras
from keras import layers


def build_attention():
    query = keras.Input(shape=(5, 8))
    value = keras.Input(shape=(7, 6))
    x = layers.MultiHeadAttention(num_heads=2, key_dim=3, value_dim=5)(query, value)
    x = layers.MultiHeadAttention(num_heads=2, key_dim=3)(x, x)
    return keras.Model([query, value], layers.Dense(3)(x))

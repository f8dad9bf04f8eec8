"""Issue 10: a Keras layer call option that changes the result (`use_causal_mask=True` on MultiHeadAttention)
was dropped: exit 0 and a model attending to future steps. Now a named error."""
# pivot-corpus: name=model input_shape=2,5,8
import keras
from keras import layers

x = keras.Input(shape=(5, 8))
a = layers.MultiHeadAttention(num_heads=2, key_dim=4)(x, x, use_causal_mask=True)
model = keras.Model(x, a)

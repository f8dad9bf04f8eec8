"""keras.io "Understanding masking & padding": Embedding(input_dim, output_dim, mask_zero=True) feeding an LSTM,
so padded steps (index 0) are skipped; a Dense head."""
# pivot-corpus: name=model input_shape=2,10 input_dtype=int64
import keras
from keras import layers

inputs = keras.Input(shape=(None,), dtype="int32")
x = layers.Embedding(input_dim=50, output_dim=8, mask_zero=True)(inputs)
x = layers.LSTM(16)(x)
outputs = layers.Dense(1)(x)
model = keras.Model(inputs, outputs)

"""Keras `layers.Attention` (Luong dot-product) over a GRU encoder in the docs' query/value style: a GRU with
return_sequences=True, query from a Dense, `layers.Attention()([query, value])`, GlobalAveragePooling1D of both and
a Concatenate."""
# pivot-corpus: name=model input_shape=2,10,5
import tensorflow as tf

inputs = tf.keras.Input(shape=(10, 5))
value = tf.keras.layers.GRU(12, return_sequences=True)(inputs)
query = tf.keras.layers.Dense(12)(value)
attention = tf.keras.layers.Attention()([query, value])
query_encoding = tf.keras.layers.GlobalAveragePooling1D()(query)
attention_encoding = tf.keras.layers.GlobalAveragePooling1D()(attention)
merged = tf.keras.layers.Concatenate()([query_encoding, attention_encoding])
outputs = tf.keras.layers.Dense(3)(merged)
model = tf.keras.Model(inputs=inputs, outputs=outputs)

"""keras.io API docs example for layers.Attention: a shared Conv1D encodes query and value sequences,
Attention()([query, value]), GlobalAveragePooling1D of both, Concatenate, Dense (Embedding left out: float
inputs)."""
# pivot-corpus: name=model input_shape=2,7,8;2,9,8
import keras
from keras import layers

query_input = keras.Input(shape=(None, 8), dtype="float32")
value_input = keras.Input(shape=(None, 8), dtype="float32")

cnn_layer = layers.Conv1D(filters=12, kernel_size=4, padding="same")
query_seq_encoding = cnn_layer(query_input)
value_seq_encoding = cnn_layer(value_input)

query_value_attention_seq = layers.Attention()([query_seq_encoding, value_seq_encoding])

query_encoding = layers.GlobalAveragePooling1D()(query_seq_encoding)
query_value_attention = layers.GlobalAveragePooling1D()(query_value_attention_seq)

input_layer = layers.Concatenate()([query_encoding, query_value_attention])
outputs = layers.Dense(2)(input_layer)
model = keras.Model(inputs=[query_input, value_input], outputs=outputs)

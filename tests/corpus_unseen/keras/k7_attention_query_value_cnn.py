"""The `tf.keras.layers.Attention` API docs example ("CNN+Attention network"): `query_input` and `value_input`
token ids, a shared `token_embedding`, a shared `cnn_layer = layers.Conv1D(filters=100, kernel_size=4,
padding='same')`, `query_value_attention_seq = layers.Attention()([query_seq_encoding, value_seq_encoding])`,
`GlobalAveragePooling1D` of both, `Concatenate()` and a Dense head."""
# pivot-corpus: name=model input_shape=2,6;2,9 input_dtype=int64,int64
import tensorflow as tf

query_input = tf.keras.Input(shape=(None,), dtype='int32')
value_input = tf.keras.Input(shape=(None,), dtype='int32')

token_embedding = tf.keras.layers.Embedding(input_dim=60, output_dim=16)
query_embeddings = token_embedding(query_input)
value_embeddings = token_embedding(value_input)

cnn_layer = tf.keras.layers.Conv1D(filters=20, kernel_size=4, padding='same')
query_seq_encoding = cnn_layer(query_embeddings)
value_seq_encoding = cnn_layer(value_embeddings)

query_value_attention_seq = tf.keras.layers.Attention()([query_seq_encoding, value_seq_encoding])

query_encoding = tf.keras.layers.GlobalAveragePooling1D()(query_seq_encoding)
query_value_attention = tf.keras.layers.GlobalAveragePooling1D()(query_value_attention_seq)

input_layer = tf.keras.layers.Concatenate()([query_encoding, query_value_attention])
output = tf.keras.layers.Dense(2)(input_layer)
model = tf.keras.Model(inputs=[query_input, value_input], outputs=output)

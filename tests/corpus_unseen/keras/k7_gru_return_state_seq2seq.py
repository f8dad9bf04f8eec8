"""TensorFlow "Neural machine translation with attention" (older version) / Stack Overflow seq2seq answers with
GRUs: an encoder `GRU(units, return_sequences=True, return_state=True)` returning `(output, state)`; the decoder
GRU gets `initial_state=encoder_state` (a single tensor, not a list), and a Dense vocabulary layer over its
sequence."""
# pivot-corpus: name=model input_shape=2,8;2,6 input_dtype=int64,int64
import tensorflow as tf

vocab_inp = 50
vocab_tar = 40
embedding_dim = 8
units = 16

encoder_inputs = tf.keras.Input(shape=(None,))
enc_emb = tf.keras.layers.Embedding(vocab_inp, embedding_dim)(encoder_inputs)
encoder_gru = tf.keras.layers.GRU(units, return_sequences=True, return_state=True,
                                  recurrent_initializer='glorot_uniform')
encoder_output, encoder_state = encoder_gru(enc_emb)

decoder_inputs = tf.keras.Input(shape=(None,))
dec_emb = tf.keras.layers.Embedding(vocab_tar, embedding_dim)(decoder_inputs)
decoder_gru = tf.keras.layers.GRU(units, return_sequences=True, return_state=True)
decoder_output, _ = decoder_gru(dec_emb, initial_state=encoder_state)
logits = tf.keras.layers.Dense(vocab_tar)(decoder_output)
model = tf.keras.Model([encoder_inputs, decoder_inputs], logits)

"""tensorflow.org "Text classification with an RNN" (stacked variant): Sequential of Embedding(mask_zero=False),
two Bidirectional(LSTM) with return_sequences on the first, Dense relu, Dropout and a single logit."""
# pivot-corpus: name=model input_shape=2,15 input_dtype=int64
import tensorflow as tf

VOCAB = 100

model = tf.keras.Sequential([
    tf.keras.layers.Embedding(VOCAB, 16),
    tf.keras.layers.Bidirectional(tf.keras.layers.LSTM(16, return_sequences=True)),
    tf.keras.layers.Bidirectional(tf.keras.layers.LSTM(8)),
    tf.keras.layers.Dense(16, activation='relu'),
    tf.keras.layers.Dropout(0.5),
    tf.keras.layers.Dense(1)
])

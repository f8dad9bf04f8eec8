"""Keras Bidirectional merge modes other than 'concat': PyTorch's bidirectional RNN concatenates its directions,
so 'sum' / 'ave' / 'mul' combine the two halves after the call (sequences and the last step alike), and the layers
after it are sized by one direction's width (was PIV105 "only merge_mode='concat'")."""
# pivot-corpus: name=model input_shape=2,7,5
from tensorflow import keras
from tensorflow.keras import layers

inputs = keras.Input(shape=(7, 5))
x = layers.Bidirectional(layers.GRU(6, return_sequences=True), merge_mode="sum")(inputs)
seq = layers.Bidirectional(layers.SimpleRNN(4, return_sequences=True), merge_mode="ave")(x)
last = layers.Bidirectional(layers.LSTM(3), merge_mode="mul")(seq)
both = layers.Bidirectional(layers.GRU(3))(seq)
x = layers.Concatenate()([last, both])
outputs = layers.Dense(2)(x)
model = keras.Model(inputs, outputs)

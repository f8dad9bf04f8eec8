"""Siamese networks on Kaggle / Stack Overflow ("one-shot learning with Keras"): a shared `Sequential`
encoder applied to two inputs, `Lambda(lambda tensors: tf.math.abs(tensors[0] - tensors[1]))` as the L1
distance layer, and a sigmoid Dense."""
# pivot-corpus: name=siamese input_shape=2,12;2,12
import tensorflow as tf
from tensorflow.keras import Input, Model, Sequential
from tensorflow.keras.layers import Dense, Lambda

encoder = Sequential([
    Dense(16, activation="relu", input_shape=(12,)),
    Dense(8, activation="relu"),
])

left_input = Input(shape=(12,))
right_input = Input(shape=(12,))
encoded_l = encoder(left_input)
encoded_r = encoder(right_input)
L1_layer = Lambda(lambda tensors: tf.math.abs(tensors[0] - tensors[1]))
L1_distance = L1_layer([encoded_l, encoded_r])
prediction = Dense(1, activation="sigmoid")(L1_distance)
siamese = Model(inputs=[left_input, right_input], outputs=prediction)

"""keras.io "Actor Critic Method" (CartPole): `inputs = layers.Input(shape=(num_inputs,))`, a shared Dense
"common" layer, an actor softmax head and a critic head, `keras.Model(inputs=inputs, outputs=[action, critic])`."""
# pivot-corpus: name=model input_shape=3,4
import keras
from keras import layers

num_inputs = 4
num_actions = 2
num_hidden = 128

inputs = layers.Input(shape=(num_inputs,))
common = layers.Dense(num_hidden, activation="relu")(inputs)
action = layers.Dense(num_actions, activation="softmax")(common)
critic = layers.Dense(1)(common)

model = keras.Model(inputs=inputs, outputs=[action, critic])

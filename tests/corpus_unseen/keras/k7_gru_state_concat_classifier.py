"""Stack Overflow "use GRU final state and output together" / keras.io RNN guide (`return_state=True` section):
`output, state = layers.GRU(16, return_sequences=True, return_state=True)(x)`, the state fed to a second GRU
as `initial_state=state`, its last output concatenated with the first GRU's state and a Dense head."""
# pivot-corpus: name=model input_shape=2,9,5
import keras
from keras import layers

inputs = keras.Input(shape=(9, 5))
seq, state = layers.GRU(16, return_sequences=True, return_state=True)(inputs)
last = layers.GRU(16)(seq, initial_state=state)
merged = layers.concatenate([last, state])
outputs = layers.Dense(3, activation="softmax")(merged)
model = keras.Model(inputs, outputs)

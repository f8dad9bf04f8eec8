"""keras.io "Working with RNNs" guide: keras.Sequential with model.add(...) of Embedding(input_dim=1000,
output_dim=64), GRU(256, return_sequences=True), SimpleRNN(128), Dense(10) (narrower)."""
# pivot-corpus: name=model input_shape=2,10 input_dtype=int64
import keras
from keras import layers

model = keras.Sequential()
model.add(layers.Embedding(input_dim=100, output_dim=16))

# The output of GRU will be a 3D tensor of shape (batch_size, timesteps, 32)
model.add(layers.GRU(32, return_sequences=True))

# The output of SimpleRNN will be a 2D tensor of shape (batch_size, 16)
model.add(layers.SimpleRNN(16))

model.add(layers.Dense(10))

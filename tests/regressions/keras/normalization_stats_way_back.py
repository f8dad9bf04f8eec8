"""keras.layers.Normalization with a given mean and variance (Pivot's PyTorch `Normalization` module on the way
there): its way back (issue 10, session 9) wrote layers.Normalization(mean=..., variance=...) into the subclassed Keras
model, which Keras 3 fails to call (its statistics are made in a scratch graph while the model builds: out of scope),
exit 0; it is a named error on the way back (tests/test_way_back_unseen.py)."""
# pivot-corpus: name=model input_shape=2,3
import keras
from keras import layers

inputs = keras.Input(shape=(3,))
x = layers.Normalization(mean=[1.0, 2.0, 3.0], variance=[4.0, 1.0, 0.25])(inputs)
outputs = layers.Dense(2)(x)
model = keras.Model(inputs, outputs)

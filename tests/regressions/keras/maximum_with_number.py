"""Issue 10: `ops.maximum(t, 1e-7)` (keras.io's siamese distance) is a merge of a tensor and a number: it was
written as `t` alone (exit 0, the floor lost); now a named error."""
# pivot-corpus: name=model input_shape=2,6 input_dtype=float32
import keras
from keras import layers, ops

inputs = keras.Input((6,))
a = layers.Dense(4)(inputs)
d = layers.Lambda(lambda t: ops.sqrt(ops.maximum(t, 1e-7)))(a)
model = keras.Model(inputs, d)

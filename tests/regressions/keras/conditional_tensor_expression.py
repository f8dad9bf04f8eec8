"""uk5 (k5_kim_cnn_multi_kernel): in a functional builder, `z = a(x) if cond else b(x)` of two different tensors
was read as neither branch and the line was dropped in silence (the PyTorch model went on with the old `z`); now a
condition Pivot cannot decide is an error naming the expression."""
# pivot-corpus: name=model input_shape=2,12 input_dtype=float32
import keras
from keras import layers

inputs = keras.Input(shape=(12,))
z = layers.Dense(8)(inputs)
wide = layers.Dense(8)(z)
z = layers.Concatenate()([z, wide]) if inputs.dtype == "float32" else wide
outputs = layers.Dense(3)(z)
model = keras.Model(inputs, outputs)

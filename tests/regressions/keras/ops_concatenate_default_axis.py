"""`keras.ops.concatenate([a, b])` without an axis joins along axis 0 (the batch), unlike `layers.concatenate`
(axis=-1): it was migrated as `torch.cat([a, b], dim=-1)` (exit 0, then a (N, 6) input for a Dense sized 3).
Found writing the k7_ round (uk9)."""
# pivot-corpus: name=model input_shape=2,4
import keras
from keras import layers

inp = keras.Input(shape=(4,))
a = layers.Dense(3)(inp)
b = layers.Dense(3)(inp)
stacked = keras.ops.concatenate([a, b])
out = layers.Dense(2)(stacked)
model = keras.Model(inp, out)

"""uk5 (k5_kim_cnn_multi_kernel): `convs = []` then `convs.append(pooled)` in an unrolled builder loop was
migrated to `convs = convs.append(pooled)` in forward() (a crash, and `Concatenate()(convs)` read an empty list),
then an error naming the append; uk6: the list is followed statically, each item a variable of its own (the
appended `layers.GlobalMaxPooling1D()(c)` written where it is used read the last pass's `c`: 1.48 off)."""
# pivot-corpus: name=model input_shape=2,10,4 input_dtype=float32
import keras
from keras import layers

inputs = keras.Input(shape=(10, 4))
pooled = []
for k in (2, 3):
    c = layers.Conv1D(5, k, activation="relu")(inputs)
    pooled.append(layers.GlobalMaxPooling1D()(c))
z = layers.Concatenate()(pooled)
model = keras.Model(inputs, layers.Dense(2)(z))

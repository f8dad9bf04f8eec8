"""uk6 (k5_kim_cnn_multi_kernel): a builder's list of tensors filled by `.append` in a loop over a parameter's
default, then `Concatenate()(convs) if len(convs) > 1 else convs[0]`: the length is known statically (one item
here: the else branch), the loop unrolled for the default."""
# pivot-corpus: name=build input_shape=2,12 input_dtype=int64
import keras
from keras import layers


def build(filter_sizes=(3,), vocab=40):
    inputs = keras.Input(shape=(12,), dtype="int64")
    z = layers.Embedding(vocab, 8)(inputs)
    convs = []
    for size in filter_sizes:
        conv = layers.Conv1D(6, size, activation="relu")(z)
        convs.append(layers.GlobalMaxPooling1D()(conv))
    z = layers.Concatenate()(convs) if len(convs) > 1 else convs[0]
    return keras.Model(inputs, layers.Dense(2)(z))

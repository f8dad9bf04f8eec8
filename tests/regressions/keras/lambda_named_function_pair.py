"""Issue 12 (keras.io siamese networks): a Lambda layer of a function of the file given two tensors,
`layers.Lambda(euclidean_distance, output_shape=(1,))([a, b])`, whose body unpacks them (`x, y = vects`): inlined
as a block, as a lambda's body is; BatchNormalization after it knows its rank from the body."""
# pivot-corpus: name=model input_shape=2,6;2,6 input_dtype=float32
import keras
from keras import layers, ops


def euclidean_distance(vects):
    x, y = vects
    sum_square = ops.sum(ops.square(x - y), axis=1, keepdims=True)
    return ops.sqrt(sum_square + 1e-7)


input_1 = keras.Input((6,))
input_2 = keras.Input((6,))
a = layers.Dense(4, activation="tanh")(input_1)
b = layers.Dense(4, activation="tanh")(input_2)
distance = layers.Lambda(euclidean_distance, output_shape=(1,))([a, b])
normal = layers.BatchNormalization()(distance)
out = layers.Dense(1, activation="sigmoid")(normal)
model = keras.Model(inputs=[input_1, input_2], outputs=out)

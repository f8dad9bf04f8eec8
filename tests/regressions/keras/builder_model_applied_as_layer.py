"""uk7 (keras-team examples/mnist_siamese.py): `base_network = create_base_network(input_shape)`, a builder returning
`Model(input, x)` applied as a layer to two inputs, was kept as written in the functional model (PIV102
`base_network(...)` is not an op); it is one submodule whose weights both towers share, as a module-level
`keras.Model(...)` applied as a layer already was."""
# pivot-corpus: name=model input_shape=2,4,3;2,4,3
from tensorflow.keras.layers import Dense, Flatten, Input, Subtract
from tensorflow.keras.models import Model


def create_base_network(input_shape):
    input = Input(shape=input_shape)
    x = Flatten()(input)
    x = Dense(8, activation='relu')(x)
    return Model(input, x)


input_shape = (4, 3)
base_network = create_base_network(input_shape)

input_a = Input(shape=input_shape)
input_b = Input(shape=input_shape)
processed_a = base_network(input_a)
processed_b = base_network(input_b)
diff = Subtract()([processed_a, processed_b])
model = Model([input_a, input_b], Dense(2)(diff))

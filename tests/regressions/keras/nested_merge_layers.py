"""Issue 10: merge layers nested in one expression (`layers.Multiply()([layers.Add()([a, b]), c])`) were written
`a + b * c`: exit 0 and wrong (max diff 7.7). An operand that is itself an operation is parenthesised."""
# pivot-corpus: name=model input_shape=3,6
import keras
from keras import layers

inputs = keras.Input(shape=(6,))
a = layers.Dense(4)(inputs)
b = layers.Dense(4)(inputs)
c = layers.Dense(4)(inputs)
x = layers.Multiply()([layers.Subtract()([a, b]), c])
y = layers.Multiply()([layers.Average()([a, b]), c])
z = layers.Multiply()([layers.Add()([a, b]), c])
model = keras.Model(inputs, layers.Concatenate()([x, y, z]))

"""wb7 (the way back of w_gru_modulelist_layers_dropout): `x = d(x) + x if i > 0 else d(x)` over a list of layers
built by a comprehension left `x` bound to its value before the loop (a conditional expression of two tensors was
read as no value in Keras), so the width of the model's input (8) was written into the next nn.Linear instead of
the layers' (16): exit 0 and a RuntimeError when called. Now whichever branch runs, the sizes both agree on."""
# pivot-corpus: name=Stack input_shape=2,8
import keras
from keras import layers


class Stack(keras.Model):
    def __init__(self, hidden=16, n=3, classes=3):
        super().__init__()
        self.denses = [layers.Dense(hidden) for i in range(n)]
        self.fc = layers.Dense(classes)

    def call(self, x):
        for i, d in enumerate(self.denses):
            x = d(x) + x if i > 0 else d(x)
        return self.fc(x)

"""A subclassed Keras model that collects branch outputs in a list built by `.append` and concatenates the list,
once with keras.ops.concatenate and once with a Concatenate layer."""
# pivot-corpus: name=BranchConcat input_shape=2,12 input_dtype=float32
import keras
from keras import layers


class BranchConcat(keras.Model):
    def __init__(self, hidden=8, num_branches=3, num_classes=4):
        super().__init__()
        self.branches = [layers.Dense(hidden, activation="relu") for _ in range(num_branches)]
        self.gates = [layers.Dense(hidden, activation="sigmoid") for _ in range(num_branches)]
        self.merge = layers.Concatenate()
        self.head = layers.Dense(num_classes)

    def call(self, x):
        outs = []
        for branch in self.branches:
            outs.append(branch(x))
        h = keras.ops.concatenate(outs, axis=-1)
        gated = []
        for gate in self.gates:
            gated.append(gate(x))
        g = self.merge(gated)
        return self.head(h * g)

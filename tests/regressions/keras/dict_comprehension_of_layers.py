"""A dict comprehension of layers held by the model (`self.heads = {name: layers.Dense(n) for ...}`, Keras tracks
their weights): PyTorch holds it in an nn.ModuleDict. It became a plain dict (exit 0, the heads' weights neither
registered nor copied: 0.49 off), found on the way back of u_moduledict_heads (bench/roundtrip_unseen.py)."""
# pivot-corpus: name=MultiHead input_shape=2,12
import keras
from keras import layers


class MultiHead(keras.Model):
    def __init__(self, hidden=16, tasks=None):
        super().__init__()
        tasks = tasks or {"a": 1, "b": 3}
        self.names = list(tasks)
        self.trunk = layers.Dense(hidden, activation="relu")
        self.heads = {name: layers.Dense(n) for name, n in tasks.items()}

    def call(self, x):
        h = self.trunk(x)
        return keras.ops.concatenate([self.heads[name](h) for name in self.names], axis=-1)


model = MultiHead()

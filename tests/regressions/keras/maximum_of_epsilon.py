"""Issue 12 (keras.io siamese networks' distance): `ops.maximum(t, keras.backend.epsilon())` and `ops.minimum(t,
6.0)` of a tensor and a number are clamps, `torch.clamp(t, min=1e-07)` / `(t, max=6.0)`, in
call()."""
# pivot-corpus: name=Dist input_shape=2,6 input_dtype=float32
import keras
from keras import layers, ops


class Dist(keras.Model):
    def __init__(self):
        super().__init__()
        self.a = layers.Dense(4)
        self.b = layers.Dense(4)

    def call(self, x):
        d = ops.sum(ops.square(self.a(x) - self.b(x)), axis=1, keepdims=True)
        return ops.minimum(ops.sqrt(ops.maximum(d, keras.backend.epsilon())), 6.0)

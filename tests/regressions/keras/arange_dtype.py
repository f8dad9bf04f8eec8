"""Issue 10: `keras.ops.arange(..., dtype=...)` lost its dtype in PyTorch; the dtype is carried
(`torch.arange(8, dtype=torch.float32)`)."""
# pivot-corpus: name=ScaledSteps input_shape=2,8 input_dtype=float32
import keras
from keras import layers


class ScaledSteps(keras.Model):
    def __init__(self, features=8):
        super().__init__()
        self.fc = layers.Dense(4)
        self.pos = layers.Embedding(16, features)

    def call(self, x):
        steps = keras.ops.arange(8, dtype="float32") / 8.0
        ids = keras.ops.arange(0, 8, dtype="int64")
        return self.fc(x * steps + keras.ops.mean(self.pos(ids), axis=0))

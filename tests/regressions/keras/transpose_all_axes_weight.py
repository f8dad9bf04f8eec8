"""Session 10 (ez1): `keras.ops.transpose(w)` without axes (what Pivot writes for `F.linear` on parameters) reverses
every axis; its way back was `torch.permute(w, None)` (exit 0, then a TypeError). It is now `w.permute(...)` with
the axes reversed, for any rank."""
# pivot-corpus: name=Projector input_shape=2,12
import keras
from keras import layers


class RowProjection(layers.Layer):
    def __init__(self, units, **kwargs):
        super().__init__(**kwargs)
        self.units = units

    def build(self, input_shape):
        self.kernel = self.add_weight(shape=(self.units, input_shape[-1]), initializer="glorot_uniform",
                                      name="kernel")

    def call(self, inputs):
        return keras.ops.matmul(inputs, keras.ops.transpose(self.kernel))


class Projector(keras.Model):
    def __init__(self):
        super().__init__()
        self.proj = RowProjection(6)
        self.out = layers.Dense(3)

    def call(self, x):
        return self.out(self.proj(x))

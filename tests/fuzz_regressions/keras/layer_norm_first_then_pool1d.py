"""Fuzz model (seed 5058, keras subclassed)."""
# pivot-fuzz: input_shape=2,5,4 input_dtype=float32
# found: silent: VerifyError: WeightError: layer laye1 (LayerNorm): weight has shape (5,), the source gives (4,)
import keras
from keras import layers


class Net(keras.Model):
    def __init__(self):
        super().__init__()
        self.laye1 = layers.LayerNormalization(epsilon=0.001, center=True)
        self.pool2 = layers.GlobalAveragePooling1D()
        self.line3 = layers.Dense(8)
        self.act4 = layers.Softmax()
        self.line5 = layers.Dense(8)
        self.merge6 = layers.Concatenate()
        self.line7 = layers.Dense(16, use_bias=False)
        self.line8 = layers.Dense(16)
        self.line9 = layers.Dense(8)

    def call(self, x):
        x = self.laye1(x)
        x = self.pool2(x)
        b2_0 = self.line3(x)
        b2_0 = keras.ops.relu(b2_0)
        b2_0 = self.act4(b2_0)
        b4_1 = self.line5(x)
        x = self.merge6([b2_0, b4_1])
        x = self.line7(x)
        x = self.line8(x)
        x = self.line9(x)
        return x

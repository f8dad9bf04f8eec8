"""Issue 13: a Keras layer scale `self.add_weight(shape=(1, 1, C))` multiplying a channels-last image was refused
(PIV105); it is PyTorch's `(C, 1, 1)`, and the weight copy moves its axis."""
# pivot-corpus: name=ScaledBlock input_shape=2,8,8,6
import keras
from keras import layers


class ScaledBlock(keras.Model):
    def __init__(self, dim=6):
        super().__init__()
        self.conv = layers.Conv2D(dim, 3, padding="same")
        self.gamma = self.add_weight(shape=(1, 1, dim), initializer="random_normal", name="gamma")
        self.beta = self.add_weight(shape=(1, 1, 1, dim), initializer="random_normal", name="beta")
        self.pool = layers.GlobalAveragePooling2D()
        self.fc = layers.Dense(3)

    def call(self, x):
        y = x + self.gamma * self.conv(x)
        y = y - self.beta
        return self.fc(self.pool(y))

"""keras.ops.max_pool / keras.ops.average_pool (what Pivot writes for F.max_pool2d / F.avg_pool1d, one size per
spatial axis): one function for every rank, read back as PyTorch's pooling of as many axes as the pool size has
sizes (F.max_pool2d; `(k,)` is F.*_pool1d), 'same' with stride 1 and odd windows as (k - 1) / 2 padding never counted.
They were PIV102 on the way back of 37 unseen PyTorch models (bench/roundtrip_unseen.py)."""
# pivot-corpus: name=Net input_shape=2,16,16,3
import keras
from keras import layers


class Net(keras.Model):
    def __init__(self):
        super().__init__()
        self.conv = layers.Conv2D(8, 3)
        self.fc = layers.Dense(4)

    def call(self, x):
        x = keras.ops.max_pool(keras.ops.relu(self.conv(x)), (2, 2), strides=(2, 2), padding="valid")
        x = keras.ops.max_pool(x, (3, 3), strides=(1, 1), padding="same")
        x = keras.ops.average_pool(x, (3, 3), strides=(1, 1), padding="same")
        return self.fc(layers.Flatten()(x))


model = Net()

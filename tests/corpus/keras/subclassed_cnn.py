"""A subclassed keras.Model CNN whose batch norm and dropout honour the training flag."""
# pivot-corpus: name=SmallConvNet input_shape=2,28,28,1
import keras
from keras import layers


class SmallConvNet(keras.Model):
    """conv -> bn -> relu -> pool, twice, then a dropout-regularised dense head."""

    def __init__(self, num_classes=10, **kwargs):
        super().__init__(**kwargs)
        self.conv1 = layers.Conv2D(16, 3, padding="same", use_bias=False)
        self.bn1 = layers.BatchNormalization()
        self.pool1 = layers.MaxPooling2D()
        self.conv2 = layers.Conv2D(32, 3, padding="same", use_bias=False)
        self.bn2 = layers.BatchNormalization()
        self.pool2 = layers.MaxPooling2D()
        self.relu = layers.ReLU()
        self.flatten = layers.Flatten()
        self.fc = layers.Dense(64, activation="relu")
        self.dropout = layers.Dropout(0.5)
        self.out = layers.Dense(num_classes)

    def call(self, inputs, training=False):
        x = self.pool1(self.relu(self.bn1(self.conv1(inputs), training=training)))
        x = self.pool2(self.relu(self.bn2(self.conv2(x), training=training)))
        x = self.flatten(x)
        x = self.fc(x)
        x = self.dropout(x, training=training)
        return self.out(x)

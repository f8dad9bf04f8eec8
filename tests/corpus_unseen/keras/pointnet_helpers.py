"""keras.io "Point cloud classification with PointNet" (no T-Net, narrower): conv_bn / dense_bn helper functions
applied in a functional builder, Conv1D over points, GlobalMaxPooling1D."""
# pivot-corpus: name=model input_shape=2,64,3
import keras
from keras import layers

NUM_POINTS = 64
NUM_CLASSES = 5


def conv_bn(x, filters):
    x = layers.Conv1D(filters, kernel_size=1, padding="valid")(x)
    x = layers.BatchNormalization(momentum=0.0)(x)
    return layers.Activation("relu")(x)


def dense_bn(x, filters):
    x = layers.Dense(filters)(x)
    x = layers.BatchNormalization(momentum=0.0)(x)
    return layers.Activation("relu")(x)


inputs = keras.Input(shape=(NUM_POINTS, 3))
x = conv_bn(inputs, 16)
x = conv_bn(x, 16)
x = conv_bn(x, 32)
x = conv_bn(x, 64)
x = layers.GlobalMaxPooling1D()(x)
x = dense_bn(x, 32)
x = layers.Dropout(0.3)(x)
x = dense_bn(x, 16)
x = layers.Dropout(0.3)(x)

outputs = layers.Dense(NUM_CLASSES, activation="softmax")(x)

model = keras.Model(inputs=inputs, outputs=outputs, name="pointnet")

"""keras.applications' `imagenet_utils.correct_pad` idiom in MobileNet/EfficientNet-style stems: a strided
'valid' conv preceded by `layers.ZeroPadding2D(padding=((0, 1), (0, 1)))` or `((1, 0), (1, 0))` (asymmetric
padding, as TF's 'same' pads), DepthwiseConv2D with strides=2 after another asymmetric pad, and a
`Cropping2D(((1, 0), (0, 1)))` that undoes a pad."""
# pivot-corpus: name=model input_shape=2,16,16,3
from tensorflow import keras
from tensorflow.keras import layers

inputs = keras.Input(shape=(16, 16, 3))
x = layers.ZeroPadding2D(padding=((0, 1), (0, 1)), name='conv1_pad')(inputs)
x = layers.Conv2D(8, 3, strides=2, padding='valid', use_bias=False, name='conv1')(x)
x = layers.BatchNormalization(name='conv1_bn')(x)
x = layers.ReLU(6.0, name='conv1_relu')(x)
x = layers.ZeroPadding2D(((1, 0), (1, 0)))(x)
x = layers.DepthwiseConv2D(3, strides=2, padding='valid', use_bias=False)(x)
x = layers.BatchNormalization()(x)
x = layers.ReLU(6.0)(x)
x = layers.ZeroPadding2D(((1, 0), (0, 1)))(x)
x = layers.Cropping2D(((1, 0), (0, 1)))(x)
x = layers.Conv2D(16, 1, padding='same')(x)
x = layers.Flatten()(x)
outputs = layers.Dense(5)(x)
model = keras.Model(inputs, outputs)

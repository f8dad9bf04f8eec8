"""A VGG-style builder as in Keras tutorials on CIFAR-10 ("VGG blocks" in Machine Learning Mastery's "How to
Develop a CNN From Scratch for CIFAR-10"): `def vgg_block(layer_in, n_filters, n_conv)` adds n_conv 3x3 convs
with `kernel_initializer='he_uniform'` then `MaxPooling2D((2, 2), strides=(2, 2))`; the model chains blocks
from a list, then Flatten, Dense and Dropout."""
# pivot-corpus: name=model input_shape=2,32,32,3
from keras.models import Model
from keras.layers import Input, Conv2D, MaxPooling2D, Flatten, Dense, Dropout


def vgg_block(layer_in, n_filters, n_conv):
    for _ in range(n_conv):
        layer_in = Conv2D(n_filters, (3, 3), padding='same', activation='relu',
                          kernel_initializer='he_uniform')(layer_in)
    layer_in = MaxPooling2D((2, 2), strides=(2, 2))(layer_in)
    return layer_in


visible = Input(shape=(32, 32, 3))
layer = visible
for n_filters, n_conv in [(8, 2), (16, 2), (32, 3)]:
    layer = vgg_block(layer, n_filters, n_conv)
layer = Flatten()(layer)
layer = Dense(64, activation='relu', kernel_initializer='he_uniform')(layer)
layer = Dropout(0.2)(layer)
out = Dense(10, activation='softmax')(layer)
model = Model(inputs=visible, outputs=out)

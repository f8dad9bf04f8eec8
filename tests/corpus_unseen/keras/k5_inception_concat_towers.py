"""GoogLeNet/Inception module as written in Kaggle notebooks: an `inception_module(x, f1, f3_in, f3_out, f5_in,
f5_out, proj)` helper with four towers merged by `Concatenate(axis=-1)`, MaxPooling2D((3, 3), strides=(1, 1),
padding='same') on the pool tower."""
# pivot-corpus: name=model input_shape=2,16,16,3
from tensorflow.keras.layers import Input, Conv2D, MaxPooling2D, Concatenate, GlobalAveragePooling2D, Dense
from tensorflow.keras.models import Model


def inception_module(layer_in, f1, f2_in, f2_out, f3_in, f3_out, f4_out):
    conv1 = Conv2D(f1, (1, 1), padding='same', activation='relu')(layer_in)
    conv3 = Conv2D(f2_in, (1, 1), padding='same', activation='relu')(layer_in)
    conv3 = Conv2D(f2_out, (3, 3), padding='same', activation='relu')(conv3)
    conv5 = Conv2D(f3_in, (1, 1), padding='same', activation='relu')(layer_in)
    conv5 = Conv2D(f3_out, (5, 5), padding='same', activation='relu')(conv5)
    pool = MaxPooling2D((3, 3), strides=(1, 1), padding='same')(layer_in)
    pool = Conv2D(f4_out, (1, 1), padding='same', activation='relu')(pool)
    layer_out = Concatenate(axis=-1)([conv1, conv3, conv5, pool])
    return layer_out


visible = Input(shape=(16, 16, 3))
layer = inception_module(visible, 8, 12, 16, 4, 8, 8)
layer = inception_module(layer, 16, 16, 24, 4, 12, 8)
layer = GlobalAveragePooling2D()(layer)
out = Dense(5, activation='softmax')(layer)
model = Model(inputs=visible, outputs=out)

"""Keras 2 Inception-v1 module as in GitHub GoogLeNet ports ("from keras.layers import concatenate" and the
`Conv2D(..., padding='same', activation='relu', kernel_regularizer=l2(0.0002))` branches): 1x1, 1x1->3x3,
1x1->5x5 and 3x3-maxpool->1x1 branches joined by `concatenate([...], axis=3)` (channels axis spelled
positively), twice, then GlobalAveragePooling2D and Dense."""
# pivot-corpus: name=model input_shape=2,16,16,8
from keras.layers import Input, Conv2D, MaxPooling2D, GlobalAveragePooling2D, Dense
from keras.layers import concatenate
from keras.models import Model
from keras.regularizers import l2


def inception_module(x, f1, f3r, f3, f5r, f5, fp):
    conv1 = Conv2D(f1, (1, 1), padding='same', activation='relu', kernel_regularizer=l2(0.0002))(x)
    conv3 = Conv2D(f3r, (1, 1), padding='same', activation='relu', kernel_regularizer=l2(0.0002))(x)
    conv3 = Conv2D(f3, (3, 3), padding='same', activation='relu', kernel_regularizer=l2(0.0002))(conv3)
    conv5 = Conv2D(f5r, (1, 1), padding='same', activation='relu', kernel_regularizer=l2(0.0002))(x)
    conv5 = Conv2D(f5, (5, 5), padding='same', activation='relu', kernel_regularizer=l2(0.0002))(conv5)
    pool = MaxPooling2D((3, 3), strides=(1, 1), padding='same')(x)
    pool = Conv2D(fp, (1, 1), padding='same', activation='relu', kernel_regularizer=l2(0.0002))(pool)
    return concatenate([conv1, conv3, conv5, pool], axis=3)


visible = Input(shape=(16, 16, 8))
layer = inception_module(visible, 8, 8, 12, 2, 4, 4)
layer = inception_module(layer, 12, 8, 16, 4, 8, 8)
layer = GlobalAveragePooling2D()(layer)
out = Dense(5, activation='softmax')(layer)
model = Model(inputs=visible, outputs=out)

"""ZFNet (Zeiler and Fergus) in Keras as in GitHub "CNN architectures in Keras" collections: a 7x7 stride-2
first conv (AlexNet's 11x11/4 made smaller), `Lambda`-free local response normalisation replaced by
BatchNormalization, overlapping `MaxPooling2D(3, strides=2)`, 3x3 convs, two Dense + Dropout, softmax;
functional, with `Activation('relu')` layers."""
# pivot-corpus: name=model input_shape=2,63,63,3
from tensorflow.keras.layers import Input, Conv2D, MaxPooling2D, BatchNormalization, Activation
from tensorflow.keras.layers import Flatten, Dense, Dropout
from tensorflow.keras.models import Model

inp = Input(shape=(63, 63, 3))
x = Conv2D(24, (7, 7), strides=(2, 2), padding='valid')(inp)
x = Activation('relu')(x)
x = MaxPooling2D(pool_size=(3, 3), strides=(2, 2))(x)
x = BatchNormalization()(x)
x = Conv2D(32, (5, 5), strides=(2, 2), padding='same')(x)
x = Activation('relu')(x)
x = MaxPooling2D(pool_size=(3, 3), strides=(2, 2))(x)
x = BatchNormalization()(x)
x = Conv2D(48, (3, 3), padding='same', activation='relu')(x)
x = Conv2D(32, (3, 3), padding='same', activation='relu')(x)
x = MaxPooling2D(pool_size=(3, 3), strides=(2, 2), padding='same')(x)
x = Flatten()(x)
x = Dense(64)(x)
x = Activation('relu')(x)
x = Dropout(0.5)(x)
x = Dense(64, activation='relu')(x)
x = Dropout(0.5)(x)
out = Dense(10, activation='softmax')(x)
model = Model(inp, out, name='zfnet')

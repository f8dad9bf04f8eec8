"""The Keras 2 example conv_lstm.py ("This script demonstrates the use of a convolutional LSTM network ... predict
the next frame of an artificially generated movie"), narrower: `seq = Sequential()` with stacked
`ConvLSTM2D(filters, kernel_size=(3, 3), input_shape=(None, H, W, 1), padding='same', return_sequences=True)`
each followed by `BatchNormalization()`, and a closing `Conv3D(filters=1, kernel_size=(3, 3, 3),
activation='sigmoid', padding='same', data_format='channels_last')`."""
# pivot-corpus: name=seq input_shape=2,4,10,10,1
from keras.models import Sequential
from keras.layers import Conv3D
from keras.layers import ConvLSTM2D
from keras.layers import BatchNormalization

seq = Sequential()
seq.add(ConvLSTM2D(filters=6, kernel_size=(3, 3),
                   input_shape=(None, 10, 10, 1),
                   padding='same', return_sequences=True))
seq.add(BatchNormalization())

seq.add(ConvLSTM2D(filters=6, kernel_size=(3, 3),
                   padding='same', return_sequences=True))
seq.add(BatchNormalization())

seq.add(Conv3D(filters=1, kernel_size=(3, 3, 3),
               activation='sigmoid',
               padding='same', data_format='channels_last'))

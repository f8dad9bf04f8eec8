"""Kaggle "UTKFace age and gender prediction" notebook style: one functional CNN trunk (Conv2D relu +
MaxPooling2D blocks, Flatten, two Dense/Dropout branches), a sigmoid `gender_out` and a relu `age_out` head,
`Model(inputs=[inputs], outputs=[output_1, output_2])`."""
# pivot-corpus: name=model input_shape=2,32,32,1
from tensorflow.keras.layers import Conv2D, Dense, Dropout, Flatten, Input, MaxPooling2D
from tensorflow.keras.models import Model

input_shape = (32, 32, 1)

inputs = Input((input_shape))
# convolutional layers
conv_1 = Conv2D(8, kernel_size=(3, 3), activation='relu')(inputs)
maxp_1 = MaxPooling2D(pool_size=(2, 2))(conv_1)
conv_2 = Conv2D(16, kernel_size=(3, 3), activation='relu')(maxp_1)
maxp_2 = MaxPooling2D(pool_size=(2, 2))(conv_2)
conv_3 = Conv2D(32, kernel_size=(3, 3), activation='relu')(maxp_2)
maxp_3 = MaxPooling2D(pool_size=(2, 2))(conv_3)

flatten = Flatten()(maxp_3)

# fully connected layers
dense_1 = Dense(32, activation='relu')(flatten)
dense_2 = Dense(32, activation='relu')(flatten)

dropout_1 = Dropout(0.3)(dense_1)
dropout_2 = Dropout(0.3)(dense_2)

output_1 = Dense(1, activation='sigmoid', name='gender_out')(dropout_1)
output_2 = Dense(1, activation='relu', name='age_out')(dropout_2)

model = Model(inputs=[inputs], outputs=[output_1, output_2])

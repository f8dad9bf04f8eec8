"""machinelearningmastery "1D CNN for Human Activity Recognition" multi-headed model: three
`Input(shape=(n_timesteps, n_features))` heads with Conv1D kernel sizes 3/5/11, Dropout(0.5), MaxPooling1D(pool_size=2)
and Flatten each, `concatenate([flat1, flat2, flat3])`, Dense(100, relu) and a softmax head;
`Model(inputs=[inputs1, inputs2, inputs3], outputs=outputs)` (narrower)."""
# pivot-corpus: name=model input_shape=2,32,9;2,32,9;2,32,9
from tensorflow.keras.layers import Conv1D, Dense, Dropout, Flatten, Input, MaxPooling1D, concatenate
from tensorflow.keras.models import Model

n_timesteps, n_features, n_outputs = 32, 9, 6

# head 1
inputs1 = Input(shape=(n_timesteps, n_features))
conv1 = Conv1D(filters=8, kernel_size=3, activation='relu')(inputs1)
drop1 = Dropout(0.5)(conv1)
pool1 = MaxPooling1D(pool_size=2)(drop1)
flat1 = Flatten()(pool1)
# head 2
inputs2 = Input(shape=(n_timesteps, n_features))
conv2 = Conv1D(filters=8, kernel_size=5, activation='relu')(inputs2)
drop2 = Dropout(0.5)(conv2)
pool2 = MaxPooling1D(pool_size=2)(drop2)
flat2 = Flatten()(pool2)
# head 3
inputs3 = Input(shape=(n_timesteps, n_features))
conv3 = Conv1D(filters=8, kernel_size=11, activation='relu')(inputs3)
drop3 = Dropout(0.5)(conv3)
pool3 = MaxPooling1D(pool_size=2)(drop3)
flat3 = Flatten()(pool3)
# merge
merged = concatenate([flat1, flat2, flat3])
# interpretation
dense1 = Dense(16, activation='relu')(merged)
outputs = Dense(n_outputs, activation='softmax')(dense1)
model = Model(inputs=[inputs1, inputs2, inputs3], outputs=outputs)

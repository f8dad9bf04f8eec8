"""Kaggle text-CNN style: Embedding, SpatialDropout1D(0.2), Conv1D, MaxPooling1D, Conv1D, GlobalAveragePooling1D,
sigmoid Dense."""
# pivot-corpus: name=model input_shape=2,30 input_dtype=int64
from tensorflow.keras import Sequential
from tensorflow.keras.layers import Embedding, SpatialDropout1D, Conv1D, MaxPooling1D, GlobalAveragePooling1D, Dense

model = Sequential()
model.add(Embedding(200, 16, input_length=30))
model.add(SpatialDropout1D(0.2))
model.add(Conv1D(16, 5, activation="relu"))
model.add(MaxPooling1D(2))
model.add(Conv1D(16, 3, activation="relu"))
model.add(GlobalAveragePooling1D())
model.add(Dense(1, activation="sigmoid"))

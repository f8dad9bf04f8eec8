"""Kim (2014) CNN for sentence classification as in many GitHub Keras ports: Embedding, a list comprehension-free
`for sz in filter_sizes:` loop building Conv1D(num_filters, sz, activation="relu") + GlobalMaxPooling1D branches
appended to a list, `Concatenate()(convs)` when more than one, Dropout and Dense."""
# pivot-corpus: name=model input_shape=2,16 input_dtype=int64
from tensorflow.keras.layers import Input, Embedding, Conv1D, GlobalMaxPooling1D, Concatenate, Dropout, Dense
from tensorflow.keras.models import Model

sequence_length = 16
vocabulary_size = 70
embedding_dim = 10
filter_sizes = (3, 4, 5)
num_filters = 6

model_input = Input(shape=(sequence_length,))
z = Embedding(vocabulary_size, embedding_dim, input_length=sequence_length, name="embedding")(model_input)
z = Dropout(0.5)(z)

conv_blocks = []
for sz in filter_sizes:
    conv = Conv1D(filters=num_filters, kernel_size=sz, padding="valid", activation="relu", strides=1)(z)
    conv = GlobalMaxPooling1D()(conv)
    conv_blocks.append(conv)
z = Concatenate()(conv_blocks) if len(conv_blocks) > 1 else conv_blocks[0]

z = Dropout(0.5)(z)
z = Dense(12, activation="relu")(z)
model_output = Dense(1, activation="sigmoid")(z)

model = Model(model_input, model_output)

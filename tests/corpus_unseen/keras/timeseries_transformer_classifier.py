"""keras.io "Timeseries classification with a Transformer model" (narrower): transformer_encoder() with
LayerNormalization(epsilon=1e-6), MultiHeadAttention(x, x), residual `x + inputs`, Conv1D(kernel_size=1)
feed-forward sized by inputs.shape[-1], GlobalAveragePooling1D(data_format="channels_first"), an MLP head."""
# pivot-corpus: name=build_model input_shape=2,20,1
import keras
from keras import layers


def transformer_encoder(inputs, head_size, num_heads, ff_dim, dropout=0):
    # Attention and Normalization
    x = layers.LayerNormalization(epsilon=1e-6)(inputs)
    x = layers.MultiHeadAttention(key_dim=head_size, num_heads=num_heads, dropout=dropout)(x, x)
    x = layers.Dropout(dropout)(x)
    res = x + inputs

    # Feed Forward Part
    x = layers.LayerNormalization(epsilon=1e-6)(res)
    x = layers.Conv1D(filters=ff_dim, kernel_size=1, activation="relu")(x)
    x = layers.Dropout(dropout)(x)
    x = layers.Conv1D(filters=inputs.shape[-1], kernel_size=1)(x)
    return x + res


def build_model(input_shape, head_size, num_heads, ff_dim, num_transformer_blocks, mlp_units, dropout=0,
                mlp_dropout=0):
    inputs = keras.Input(shape=input_shape)
    x = inputs
    for _ in range(num_transformer_blocks):
        x = transformer_encoder(x, head_size, num_heads, ff_dim, dropout)

    x = layers.GlobalAveragePooling1D(data_format="channels_first")(x)
    for dim in mlp_units:
        x = layers.Dense(dim, activation="relu")(x)
        x = layers.Dropout(mlp_dropout)(x)
    outputs = layers.Dense(2, activation="softmax")(x)
    return keras.Model(inputs, outputs)


model = build_model((20, 1), head_size=16, num_heads=2, ff_dim=4, num_transformer_blocks=2, mlp_units=[16],
                    mlp_dropout=0.4, dropout=0.25)

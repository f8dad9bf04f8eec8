"""A functional self-attention encoder: keras.layers.MultiHeadAttention, a residual add, LayerNorm, mean pooling."""
# pivot-corpus: name=build_attention_encoder input_shape=2,10,16 input_dtype=float32
import keras
from keras import layers


def build_attention_encoder(num_classes=3):
    inputs = keras.Input(shape=(10, 16))
    attention = layers.MultiHeadAttention(num_heads=4, key_dim=4)
    context = attention(inputs, inputs)
    x = layers.LayerNormalization(epsilon=1e-6)(inputs + context)
    x = layers.GlobalAveragePooling1D()(x)
    outputs = layers.Dense(num_classes)(x)
    return keras.Model(inputs, outputs)

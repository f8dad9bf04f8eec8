"""Hand-written scaled dot-product self-attention layer (TensorFlow "Transformer model for language
understanding" tutorial's `scaled_dot_product_attention`): `tf.matmul(q, k, transpose_b=True)`, scaling by
`tf.math.sqrt(tf.cast(dk, tf.float32))`, `tf.nn.softmax(..., axis=-1)`, `tf.matmul(weights, v)`."""
# pivot-corpus: name=model input_shape=2,5,8
import tensorflow as tf
from tensorflow.keras import layers


class SelfAttention(layers.Layer):
    def __init__(self, d_model):
        super(SelfAttention, self).__init__()
        self.d_model = d_model
        self.wq = layers.Dense(d_model)
        self.wk = layers.Dense(d_model)
        self.wv = layers.Dense(d_model)

    def call(self, x):
        q = self.wq(x)
        k = self.wk(x)
        v = self.wv(x)
        matmul_qk = tf.matmul(q, k, transpose_b=True)
        dk = tf.cast(tf.shape(k)[-1], tf.float32)
        scaled_attention_logits = matmul_qk / tf.math.sqrt(dk)
        attention_weights = tf.nn.softmax(scaled_attention_logits, axis=-1)
        return tf.matmul(attention_weights, v)


inputs = tf.keras.Input(shape=(5, 8))
x = SelfAttention(8)(inputs)
x = layers.GlobalAveragePooling1D()(x)
outputs = layers.Dense(2)(x)
model = tf.keras.Model(inputs, outputs)

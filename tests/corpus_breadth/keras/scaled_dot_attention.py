"""Hand-written multi-head scaled dot-product attention in a custom Layer using keras.ops, with attention pooling."""
# pivot-corpus: name=AttentionPoolNet input_shape=2,8,16 input_dtype=float32
import math

import keras
from keras import layers, ops


def scaled_dot_product_attention(query, key, value):
    d_k = ops.shape(query)[-1]
    scores = ops.matmul(query, ops.transpose(key, (0, 1, 3, 2))) / math.sqrt(d_k)
    weights = ops.softmax(scores, axis=-1)
    return ops.matmul(weights, value)


class MultiHeadSelfAttention(layers.Layer):
    def __init__(self, dim, num_heads=4, **kwargs):
        super().__init__(**kwargs)
        self.dim = dim
        self.num_heads = num_heads
        self.head_dim = dim // num_heads
        self.wq = layers.Dense(dim)
        self.wk = layers.Dense(dim)
        self.wv = layers.Dense(dim)
        self.wo = layers.Dense(dim)

    def split_heads(self, x, batch_size):
        # (batch, seq, dim) -> (batch, heads, seq, head_dim)
        x = ops.reshape(x, (batch_size, -1, self.num_heads, self.head_dim))
        return ops.transpose(x, (0, 2, 1, 3))

    def call(self, x):
        batch_size = ops.shape(x)[0]
        q = self.split_heads(self.wq(x), batch_size)
        k = self.split_heads(self.wk(x), batch_size)
        v = self.split_heads(self.wv(x), batch_size)
        out = scaled_dot_product_attention(q, k, v)
        out = ops.transpose(out, (0, 2, 1, 3))
        out = ops.reshape(out, (batch_size, -1, self.dim))
        return self.wo(out)


class AttentionPool(layers.Layer):
    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        self.score = layers.Dense(1)

    def call(self, x):
        w = ops.squeeze(self.score(x), axis=-1)          # (batch, seq)
        w = ops.expand_dims(ops.softmax(w, axis=1), -1)  # (batch, seq, 1)
        return ops.sum(w * x, axis=1)


class AttentionPoolNet(keras.Model):
    def __init__(self, dim=32, num_classes=5, **kwargs):
        super().__init__(**kwargs)
        self.embed = layers.Dense(dim)
        self.norm = layers.LayerNormalization()
        self.attn = MultiHeadSelfAttention(dim, num_heads=4)
        self.pool = AttentionPool()
        self.head = layers.Dense(num_classes)

    def call(self, inputs):
        x = self.embed(inputs)
        x = x + 0.5 * self.attn(self.norm(x))
        first = x[:, 0, :]
        stats = ops.stack([ops.mean(x, axis=1), ops.max(x, axis=1)], axis=1)  # (batch, 2, dim)
        stats = ops.reshape(stats, (-1, 2 * ops.shape(x)[-1]))
        feats = ops.concatenate([self.pool(x), first, stats], axis=-1)
        return self.head(feats)

"""Issue 10: a subclassed recommender whose Dot merge is instantiated and applied inside call()."""
# pivot-corpus: name=Recommender input_shape=2,2 input_dtype=int64
import keras
from keras import layers


class Recommender(keras.Model):
    def __init__(self, num_users=10, num_items=12, dim=6):
        super().__init__()
        self.user_embedding = layers.Embedding(num_users, dim)
        self.user_bias = layers.Embedding(num_users, 1)
        self.item_embedding = layers.Embedding(num_items, dim)
        self.item_bias = layers.Embedding(num_items, 1)

    def call(self, inputs):
        user_vector = self.user_embedding(inputs[:, 0])
        user_bias = self.user_bias(inputs[:, 0])
        item_vector = self.item_embedding(inputs[:, 1])
        item_bias = self.item_bias(inputs[:, 1])
        dot = layers.Dot(axes=1)([user_vector, item_vector])
        x = dot + user_bias + item_bias
        return keras.ops.sigmoid(x)

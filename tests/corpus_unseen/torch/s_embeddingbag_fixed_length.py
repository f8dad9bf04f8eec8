"""PyTorch text-classification tutorial style (TextClassificationModel): `nn.EmbeddingBag(vocab_size, embed_dim)`
(mean of each bag), `init_weights` with `uniform_(-initrange, initrange)` and `bias.data.zero_()`; the batch is
given as fixed-length rows (2-D input, no offsets)."""
# pivot-corpus: name=TextClassificationModel input_shape=3,8 input_dtype=int64
import torch
from torch import nn


class TextClassificationModel(nn.Module):
    def __init__(self, vocab_size=60, embed_dim=16, num_class=4):
        super(TextClassificationModel, self).__init__()
        self.embedding = nn.EmbeddingBag(vocab_size, embed_dim)
        self.fc = nn.Linear(embed_dim, num_class)
        self.init_weights()

    def init_weights(self):
        initrange = 0.5
        self.embedding.weight.data.uniform_(-initrange, initrange)
        self.fc.weight.data.uniform_(-initrange, initrange)
        self.fc.bias.data.zero_()

    def forward(self, text):
        embedded = self.embedding(text)
        return self.fc(embedded)


model = TextClassificationModel()

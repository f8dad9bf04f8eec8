"""gp3: nn.EmbeddingBag given a 1-D input and `offsets` (the PyTorch text tutorial's form): bags of any lengths,
which Pivot's Keras `TorchEmbeddingBag` (fixed-length bags, a 2-D input) does not take: a named error."""
# pivot-corpus: name=Net input_shape=12;3 input_dtype=int64
import torch
from torch import nn


class Net(nn.Module):
    def __init__(self, vocab_size=30, embed_dim=8, num_class=3):
        super().__init__()
        self.embedding = nn.EmbeddingBag(vocab_size, embed_dim, sparse=False)
        self.fc = nn.Linear(embed_dim, num_class)

    def forward(self, text, offsets):
        return self.fc(self.embedding(text, offsets))

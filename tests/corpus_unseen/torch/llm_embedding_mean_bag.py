"""LLM-generated style bag-of-embeddings text classifier: nn.Embedding(padding_idx=0), mean over tokens with
embedded.mean(dim=1), a hidden Linear with ReLU and Dropout."""
# pivot-corpus: name=FastTextClassifier input_shape=2,16 input_dtype=int64
import torch
import torch.nn as nn
import torch.nn.functional as F


class FastTextClassifier(nn.Module):
    def __init__(self, vocab_size=500, embed_dim=32, hidden_dim=16, num_classes=4):
        super().__init__()
        self.embedding = nn.Embedding(vocab_size, embed_dim, padding_idx=0)
        self.fc1 = nn.Linear(embed_dim, hidden_dim)
        self.dropout = nn.Dropout(0.3)
        self.fc2 = nn.Linear(hidden_dim, num_classes)

    def forward(self, x):
        embedded = self.embedding(x)
        pooled = embedded.mean(dim=1)
        hidden = self.dropout(F.relu(self.fc1(pooled)))
        return self.fc2(hidden)


model = FastTextClassifier()

"""A small Transformer encoder text classifier: token + learned position embeddings, two encoder layers, mean pooling."""
# pivot-corpus: name=TransformerClassifier input_shape=2,12 input_dtype=int64
import math

import torch
import torch.nn as nn


class TransformerClassifier(nn.Module):
    def __init__(self, vocab_size=64, d_model=32, nhead=4, dim_feedforward=64,
                 max_len=32, num_classes=4, dropout=0.1):
        super().__init__()
        self.d_model = d_model
        self.embed = nn.Embedding(vocab_size, d_model)
        self.pos_embed = nn.Parameter(torch.zeros(1, max_len, d_model))
        nn.init.normal_(self.pos_embed, std=0.02)
        layer = nn.TransformerEncoderLayer(d_model, nhead, dim_feedforward, dropout, batch_first=True)
        self.encoder = nn.TransformerEncoder(layer, num_layers=2)
        self.fc = nn.Linear(d_model, num_classes)

    def forward(self, src):
        seq_len = src.size(1)
        x = self.embed(src) * math.sqrt(self.d_model)
        x = x + self.pos_embed[:, :seq_len, :]
        x = self.encoder(x)           # (batch, seq_len, d_model)
        x = x.mean(dim=1)             # mean over tokens
        return self.fc(x)

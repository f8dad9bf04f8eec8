"""LLM-generated style (research-dataset prompt: "Write a PyTorch model class for text classification with a GRU;
input shape (N, T) of token ids"): an embedding with `padding_idx=0`, a GRU and the mean over time."""
# pivot-corpus: name=TextGRU input_shape=4,16 input_dtype=int64
import torch.nn as nn


class TextGRU(nn.Module):
    def __init__(self, vocab_size=500, embed_dim=32, hidden_dim=48, num_classes=4):
        super().__init__()
        self.embedding = nn.Embedding(vocab_size, embed_dim, padding_idx=0)
        self.gru = nn.GRU(embed_dim, hidden_dim, batch_first=True)
        self.dropout = nn.Dropout(0.3)
        self.fc = nn.Linear(hidden_dim, num_classes)

    def forward(self, x):
        emb = self.embedding(x)
        out, _ = self.gru(emb)
        pooled = out.mean(dim=1)
        return self.fc(self.dropout(pooled))

"""LLM-generated style (prompt: "bidirectional GRU where the two directions are summed instead of concatenated,
token ids (N, L)"): `out[:, :, :self.hidden_size] + out[:, :, self.hidden_size:]` (the PyTorch chatbot tutorial's
idiom) then `out.max(dim=1).values` into the classifier."""
# pivot-corpus: name=SumBiGRU input_shape=4,30 input_dtype=int64
import torch.nn as nn


class SumBiGRU(nn.Module):
    def __init__(self, vocab_size=2000, embed_dim=32, hidden_size=48, num_classes=3):
        super().__init__()
        self.hidden_size = hidden_size
        self.embedding = nn.Embedding(vocab_size, embed_dim)
        self.gru = nn.GRU(embed_dim, hidden_size, num_layers=2, batch_first=True, bidirectional=True, dropout=0.1)
        self.fc = nn.Linear(hidden_size, num_classes)

    def forward(self, x):
        out, _ = self.gru(self.embedding(x))
        out = out[:, :, :self.hidden_size] + out[:, :, self.hidden_size:]
        out = out.max(dim=1).values
        return self.fc(out)

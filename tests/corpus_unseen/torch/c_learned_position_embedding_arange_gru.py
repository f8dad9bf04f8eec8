"""LLM-generated style (prompt: "Write a PyTorch GRU text classifier with learned position embeddings; input shape
(N, T) of token ids"): `positions = torch.arange(x.size(1), device=x.device).unsqueeze(0).expand(x.size(0), -1)`,
token and position embeddings summed, LayerNorm, a GRU, `h_n[-1]`."""
# pivot-corpus: name=PositionalGRU input_shape=4,16 input_dtype=int64
import torch
import torch.nn as nn


class PositionalGRU(nn.Module):
    def __init__(self, vocab_size=300, max_len=64, embed_dim=32, hidden_dim=24, num_classes=2):
        super().__init__()
        self.tok_emb = nn.Embedding(vocab_size, embed_dim, padding_idx=0)
        self.pos_emb = nn.Embedding(max_len, embed_dim)
        self.norm = nn.LayerNorm(embed_dim)
        self.gru = nn.GRU(embed_dim, hidden_dim, batch_first=True)
        self.fc = nn.Linear(hidden_dim, num_classes)

    def forward(self, x):
        positions = torch.arange(x.size(1), device=x.device).unsqueeze(0).expand(x.size(0), -1)
        h = self.norm(self.tok_emb(x) + self.pos_emb(positions))
        _, h_n = self.gru(h)
        return self.fc(h_n[-1])

"""LLM-generated style ("Siamese Manhattan LSTM (MaLSTM) for question-pair similarity"): a shared Embedding and
LSTM over two token sequences, the final hidden states compared as
`torch.exp(-torch.sum(torch.abs(h1 - h2), dim=1, keepdim=True))`."""
# pivot-corpus: name=MaLSTM input_shape=2,12;2,12 input_dtype=int64
import torch
import torch.nn as nn


class MaLSTM(nn.Module):
    def __init__(self, vocab_size=300, embed_dim=16, hidden_dim=20):
        super().__init__()
        self.embedding = nn.Embedding(vocab_size, embed_dim)
        self.lstm = nn.LSTM(embed_dim, hidden_dim, batch_first=True)

    def encode(self, tokens):
        _, (h, _) = self.lstm(self.embedding(tokens))
        return h[-1]

    def forward(self, q1, q2):
        h1 = self.encode(q1)
        h2 = self.encode(q2)
        return torch.exp(-torch.sum(torch.abs(h1 - h2), dim=1, keepdim=True))


model = MaLSTM()

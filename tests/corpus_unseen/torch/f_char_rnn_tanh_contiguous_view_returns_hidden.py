"""LLM-generated style (prompt: "character-level language model with nn.RNN in PyTorch, input token ids (N, L)"):
`nn.Embedding`, `nn.RNN(..., nonlinearity='tanh', batch_first=True)`, `forward(self, x, hidden=None)`, the per-step
head `out.contiguous().view(-1, self.hidden_dim)` -> Linear -> `.view(batch_size, seq_len, -1)`, returning `(logits,
hidden)`."""
# pivot-corpus: name=CharRNN input_shape=2,16 input_dtype=int64
import torch
import torch.nn as nn


class CharRNN(nn.Module):
    def __init__(self, vocab_size=60, embed_dim=24, hidden_dim=48, n_layers=2):
        super(CharRNN, self).__init__()
        self.hidden_dim = hidden_dim
        self.n_layers = n_layers
        self.embedding = nn.Embedding(vocab_size, embed_dim)
        self.rnn = nn.RNN(embed_dim, hidden_dim, n_layers, nonlinearity='tanh', batch_first=True)
        self.fc = nn.Linear(hidden_dim, vocab_size)

    def forward(self, x, hidden=None):
        batch_size, seq_len = x.size(0), x.size(1)
        if hidden is None:
            hidden = torch.zeros(self.n_layers, batch_size, self.hidden_dim)
        embeds = self.embedding(x)
        out, hidden = self.rnn(embeds, hidden)
        out = out.contiguous().view(-1, self.hidden_dim)
        out = self.fc(out)
        out = out.view(batch_size, seq_len, -1)
        return out, hidden

"""LLM-generated style (Gemini, "Generate a PyTorch model: stacked RNN character-level language model"): a
3-layer nn.RNN with tanh, `out.contiguous().view(-1, self.hidden_dim)` into the decoder, and the logits returned
as (batch * seq, vocab), `init_hidden(batch_size)` called in forward."""
# pivot-corpus: name=CharRNN input_shape=2,10 input_dtype=int64
import torch
import torch.nn as nn


class CharRNN(nn.Module):
    def __init__(self, vocab_size=30, embed_dim=12, hidden_dim=16, n_layers=3):
        super(CharRNN, self).__init__()
        self.hidden_dim = hidden_dim
        self.n_layers = n_layers
        self.embed = nn.Embedding(vocab_size, embed_dim)
        self.rnn = nn.RNN(embed_dim, hidden_dim, n_layers, batch_first=True)
        self.decoder = nn.Linear(hidden_dim, vocab_size)

    def init_hidden(self, batch_size):
        return torch.zeros(self.n_layers, batch_size, self.hidden_dim)

    def forward(self, x):
        batch_size = x.size(0)
        hidden = self.init_hidden(batch_size)
        out, hidden = self.rnn(self.embed(x), hidden)
        out = out.contiguous().view(-1, self.hidden_dim)
        return self.decoder(out)

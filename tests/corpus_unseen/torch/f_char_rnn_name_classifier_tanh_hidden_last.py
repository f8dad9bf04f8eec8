"""LLM-generated style (prompt: "character-level RNN that classifies names by language, batched token ids (N, L)"):
`nn.Embedding(n_chars, ...)`, `nn.RNN(embed_size, hidden_size, num_layers=1, nonlinearity='tanh',
batch_first=True)`, the final hidden state `hidden.squeeze(0)`, and `F.log_softmax(..., dim=1)` of the Linear."""
# pivot-corpus: name=NameRNN input_shape=4,12 input_dtype=int64
import torch.nn as nn
import torch.nn.functional as F


class NameRNN(nn.Module):
    def __init__(self, n_chars=58, embed_size=16, hidden_size=64, n_languages=18):
        super(NameRNN, self).__init__()
        self.embed = nn.Embedding(n_chars, embed_size)
        self.rnn = nn.RNN(embed_size, hidden_size, num_layers=1, nonlinearity='tanh', batch_first=True)
        self.out = nn.Linear(hidden_size, n_languages)

    def forward(self, names):
        x = self.embed(names)
        _, hidden = self.rnn(x)
        return F.log_softmax(self.out(hidden.squeeze(0)), dim=1)

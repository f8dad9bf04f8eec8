"""LLM-generated style (ChatGPT, "an RNN language model in PyTorch"): `init_hidden(batch_size)` returning zeros,
`forward(self, x, hidden=None)` that calls it when no state is given, every step's logits `out.reshape(-1,
self.hidden_size)` through the decoder (batch * seq, vocab)."""
# pivot-corpus: name=RNNLanguageModel input_shape=2,16 input_dtype=int64
import torch
import torch.nn as nn


class RNNLanguageModel(nn.Module):
    def __init__(self, vocab_size=300, embed_size=32, hidden_size=64, num_layers=1):
        super(RNNLanguageModel, self).__init__()
        self.hidden_size = hidden_size
        self.num_layers = num_layers
        self.embed = nn.Embedding(vocab_size, embed_size)
        self.rnn = nn.RNN(embed_size, hidden_size, num_layers, batch_first=True)
        self.linear = nn.Linear(hidden_size, vocab_size)

    def init_hidden(self, batch_size):
        return torch.zeros(self.num_layers, batch_size, self.hidden_size)

    def forward(self, x, hidden=None):
        if hidden is None:
            hidden = self.init_hidden(x.size(0))
        x = self.embed(x)
        out, hidden = self.rnn(x, hidden)
        out = out.reshape(out.size(0) * out.size(1), out.size(2))
        out = self.linear(out)
        return out

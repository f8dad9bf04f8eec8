"""LLM-generated style (prompt: "character-level text generator with a GRU; forward takes the input characters and
the hidden state"): `def forward(self, input, hidden)` with both required, `init_hidden(batch_size)` left for the
sampling loop, per-step logits via `output.reshape(output.size(0) * output.size(1), self.hidden_size)` and
`return output, hidden`. Inputs: token ids (N, L) and the state (n_layers, N, H)."""
# pivot-corpus: name=CharGRU input_shape=2,10;2,2,32 input_dtype=int64,float32
import torch
import torch.nn as nn


class CharGRU(nn.Module):
    def __init__(self, n_chars=40, hidden_size=32, n_layers=2):
        super(CharGRU, self).__init__()
        self.hidden_size = hidden_size
        self.n_layers = n_layers
        self.encoder = nn.Embedding(n_chars, hidden_size)
        self.gru = nn.GRU(hidden_size, hidden_size, n_layers, batch_first=True)
        self.decoder = nn.Linear(hidden_size, n_chars)

    def forward(self, input, hidden):
        embedded = self.encoder(input)
        output, hidden = self.gru(embedded, hidden)
        output = self.decoder(output.reshape(output.size(0) * output.size(1), self.hidden_size))
        return output, hidden

    def init_hidden(self, batch_size):
        return torch.zeros(self.n_layers, batch_size, self.hidden_size)

"""LLM-generated style (Udacity-course idiom, prompt: "LSTM sentiment network with init_hidden using the weights'
type; token ids (N, L)"): `init_hidden(self, batch_size)` builds `weight = next(self.parameters()).data` and
`(weight.new(self.n_layers, batch_size, self.hidden_dim).zero_(), ...)`; forward calls it when no state is given,
`lstm_out[:, -1, :]` to a sigmoid, and returns `(sig_out, hidden)`."""
# pivot-corpus: name=SentimentNet input_shape=3,20 input_dtype=int64
import torch.nn as nn


class SentimentNet(nn.Module):
    def __init__(self, vocab_size=3000, output_size=1, embedding_dim=50, hidden_dim=64, n_layers=2, drop_prob=0.5):
        super(SentimentNet, self).__init__()
        self.output_size = output_size
        self.n_layers = n_layers
        self.hidden_dim = hidden_dim
        self.embedding = nn.Embedding(vocab_size, embedding_dim)
        self.lstm = nn.LSTM(embedding_dim, hidden_dim, n_layers, dropout=drop_prob, batch_first=True)
        self.dropout = nn.Dropout(0.3)
        self.fc = nn.Linear(hidden_dim, output_size)
        self.sigmoid = nn.Sigmoid()

    def init_hidden(self, batch_size):
        weight = next(self.parameters()).data
        hidden = (weight.new(self.n_layers, batch_size, self.hidden_dim).zero_(),
                  weight.new(self.n_layers, batch_size, self.hidden_dim).zero_())
        return hidden

    def forward(self, x, hidden=None):
        batch_size = x.size(0)
        if hidden is None:
            hidden = self.init_hidden(batch_size)
        embeds = self.embedding(x)
        lstm_out, hidden = self.lstm(embeds, hidden)
        out = self.dropout(lstm_out[:, -1, :])
        sig_out = self.sigmoid(self.fc(out))
        return sig_out, hidden

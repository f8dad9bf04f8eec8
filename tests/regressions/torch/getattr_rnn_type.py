"""pytorch/examples' `getattr(nn, rnn_type)(ninp, nhid, nlayers, dropout=dropout)` under
`if rnn_type in ['LSTM', 'GRU']:` (issue 13), the file building the model with rnn_type="GRU": the class is
resolved from the value the file passes (the `if` from it too), written in Keras for that value only
(`{'GRU': lambda: TorchRNN("gru", ...)}[rnn_type]()`: any other value fails by name, never builds another RNN);
the `else` branch's nn.RNN is migrated as the template it is. Was PIV104. Also `decoded.view(-1, self.ntoken)` of
the sequence-first output, whose -1 merges steps and batch: written as is in Keras (it was read as a flatten,
`(-1, math.prod(decoded.shape[1:]))`: exit 0, outputs of another shape)."""
# pivot-corpus: name=RNNModel input_shape=6,2 input_dtype=int64
import torch.nn as nn
import torch.nn.functional as F


class RNNModel(nn.Module):
    def __init__(self, rnn_type="LSTM", ntoken=50, ninp=16, nhid=16, nlayers=2, dropout=0.5):
        super().__init__()
        self.ntoken = ntoken
        self.drop = nn.Dropout(dropout)
        self.encoder = nn.Embedding(ntoken, ninp)
        if rnn_type in ['LSTM', 'GRU']:
            self.rnn = getattr(nn, rnn_type)(ninp, nhid, nlayers, dropout=dropout)
        else:
            nonlinearity = {'RNN_TANH': 'tanh', 'RNN_RELU': 'relu'}[rnn_type]
            self.rnn = nn.RNN(ninp, nhid, nlayers, nonlinearity=nonlinearity, dropout=dropout)
        self.decoder = nn.Linear(nhid, ntoken)

    def forward(self, input):
        emb = self.drop(self.encoder(input))
        output, hidden = self.rnn(emb)
        decoded = self.decoder(self.drop(output))
        return F.log_softmax(decoded.view(-1, self.ntoken), dim=1)


model = RNNModel(rnn_type="GRU")

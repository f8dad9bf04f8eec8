"""Small LSTM language model with weight tying (`self.decoder.weight = self.encoder.weight`), as in
pytorch/examples but written without the rnn_type switch; token ids (batch, seq) in, logits out."""
# pivot-corpus: name=TiedLM input_shape=2,12 input_dtype=int64
import torch.nn as nn


class TiedLM(nn.Module):
    def __init__(self, ntoken=50, ninp=32, nlayers=1, dropout=0.1):
        super().__init__()
        self.drop = nn.Dropout(dropout)
        self.encoder = nn.Embedding(ntoken, ninp)
        self.rnn = nn.LSTM(ninp, ninp, nlayers, batch_first=True)
        self.decoder = nn.Linear(ninp, ntoken)
        self.decoder.weight = self.encoder.weight

    def forward(self, input):
        emb = self.drop(self.encoder(input))
        output, hidden = self.rnn(emb)
        output = self.drop(output)
        return self.decoder(output)


model = TiedLM()

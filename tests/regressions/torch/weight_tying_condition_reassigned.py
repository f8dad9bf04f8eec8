"""Weight tying under a condition whose name the constructor reassigns (`tie = tie and nhid == ninp`): Keras cannot
read the condition where the decoder is made, so the tie stays a PIV102 error naming the statement."""
# pivot-corpus: name=ReassignedTie input_shape=2,6 input_dtype=int64
import torch.nn as nn


class ReassignedTie(nn.Module):
    def __init__(self, ntoken=30, ninp=8, nhid=8, tie=True):
        super().__init__()
        self.encoder = nn.Embedding(ntoken, ninp)
        self.decoder = nn.Linear(nhid, ntoken)
        tie = tie and nhid == ninp
        if tie:
            self.decoder.weight = self.encoder.weight

    def forward(self, tokens):
        return self.decoder(self.encoder(tokens))


model = ReassignedTie()

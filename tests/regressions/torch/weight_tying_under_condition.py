"""Weight tying under `if tie_weights and nhid == ninp:` (pytorch/examples word_language_model style), the file
building the model with `tie_weights=True, use_bias=False`: Keras builds the decoder tied or not as the condition
holds, `TorchTiedLinear(self.encoder, ntoken, use_bias=use_bias) if ... else layers.Dense(...)` (was PIV102); the
bias given by a parameter reaches TorchTiedLinear (it was dropped)."""
# pivot-corpus: name=TiedLM input_shape=2,6 input_dtype=int64
import torch.nn as nn


class TiedLM(nn.Module):
    def __init__(self, ntoken=30, ninp=8, nhid=8, tie_weights=False, use_bias=True):
        super().__init__()
        self.encoder = nn.Embedding(ntoken, ninp)
        self.rnn = nn.GRU(ninp, nhid, batch_first=True)
        self.decoder = nn.Linear(nhid, ntoken, bias=use_bias)
        if tie_weights and nhid == ninp:
            self.decoder.weight = self.encoder.weight
        else:
            print("untied")

    def forward(self, tokens):
        output, _ = self.rnn(self.encoder(tokens))
        return self.decoder(output)


model = TiedLM(ntoken=30, tie_weights=True, use_bias=False)

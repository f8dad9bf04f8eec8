"""Issue 10 (the PyTorch side): a decoder LSTM started from the encoder's final states."""
# pivot-corpus: name=Seq2Seq input_shape=2,6,5;2,7,4 input_dtype=float32
import torch.nn as nn


class Seq2Seq(nn.Module):
    def __init__(self):
        super().__init__()
        self.enc = nn.LSTM(5, 8, batch_first=True)
        self.dec = nn.LSTM(4, 8, batch_first=True)
        self.fc = nn.Linear(8, 4)

    def forward(self, src, tgt):
        _, (h, c) = self.enc(src)
        out, _ = self.dec(tgt, (h, c))
        return self.fc(out)

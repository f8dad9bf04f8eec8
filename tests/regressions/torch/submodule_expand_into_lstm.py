"""ut12 (x_ round): `z.unsqueeze(1).expand(-1, seq_len, -1)` in a decoder class whose input's rank nothing tells
(it is another class's `h_n[-1]`), read next by an LSTM: was PIV105 ("the rank and layout of this tensor are not
known statically"); three sizes read by a recurrent layer make a (N, T, F) sequence, the same in both frameworks."""
# pivot-corpus: name=Decoder input_shape=2,8
import torch.nn as nn


class Decoder(nn.Module):
    def __init__(self, code_dim=8, hidden=12, n_features=3, steps=5):
        super().__init__()
        self.steps = steps
        self.lstm = nn.LSTM(code_dim, hidden, batch_first=True)
        self.out = nn.Linear(hidden, n_features)

    def forward(self, z):
        z = z.unsqueeze(1).repeat(1, self.steps, 1)
        y, _ = self.lstm(z)
        return self.out(y)

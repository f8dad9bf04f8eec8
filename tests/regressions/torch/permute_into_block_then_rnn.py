"""ut16 (the c_ round, c_tcn_chomp_causal_conv_then_gru): a model running a GRU gives `x.permute(0, 2, 1)` of its
input (N, T, F) to a causal-conv block of the file. Without the input shape, the permute is kept as written (the
input's rank is not known) while the Keras block reads channels-last: `pivot migrate` exited 0 and the Keras model
read channels-first data (verify: TorchRNN "expected input size 16, got 4"). Now a named error (PIV105) without
the shape; with it (`--input-shape 2,20,4`) the model verifies."""
# pivot-corpus: name=PermuteIntoBlock input_shape=2,20,4
import torch.nn as nn


class Block(nn.Module):
    def __init__(self, in_ch, out_ch):
        super().__init__()
        self.conv = nn.Conv1d(in_ch, out_ch, 3, padding=1)

    def forward(self, x):
        return self.conv(x).relu()


class PermuteIntoBlock(nn.Module):
    def __init__(self, n_features=4, channels=8, hidden=6):
        super().__init__()
        self.block = Block(n_features, channels)
        self.gru = nn.GRU(channels, hidden, batch_first=True)

    def forward(self, x):
        x = x.permute(0, 2, 1)
        x = self.block(x)
        out, _ = self.gru(x.permute(0, 2, 1))
        return out[:, -1]

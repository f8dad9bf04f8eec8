"""ut18 (the f_ round, f_tcn_lite_causal_fpad_dilated_then_lstm): a model running an LSTM gives `x.permute(0, 2, 1)`
of its input (N, T, F) to a loop over an nn.ModuleList of causal-conv blocks of the file (`for layer in self.tcn: x
= F.relu(layer(x))`). Without the input shape the permute is kept as written while the Keras blocks read
channels-last: `pivot migrate` exited 0 and the Keras model read channels-first data (TorchRNN "expected input size
32, got 5"); as for one block called directly (permute_into_block_then_rnn), a named error (PIV105) without the
shape; with it (`--input-shape 2,20,4`) the model verifies."""
# pivot-corpus: name=PermuteIntoBlocks input_shape=2,20,4
import torch.nn as nn
import torch.nn.functional as F


class CausalBlock(nn.Module):
    def __init__(self, in_ch, out_ch, dilation=1):
        super().__init__()
        self.pad = 2 * dilation
        self.conv = nn.Conv1d(in_ch, out_ch, 3, dilation=dilation)

    def forward(self, x):
        return self.conv(F.pad(x, (self.pad, 0)))


class PermuteIntoBlocks(nn.Module):
    def __init__(self, n_features=4, channels=8, hidden=6):
        super().__init__()
        self.blocks = nn.ModuleList([CausalBlock(n_features, channels), CausalBlock(channels, channels, 2)])
        self.lstm = nn.LSTM(channels, hidden, batch_first=True)

    def forward(self, x):
        x = x.permute(0, 2, 1)
        for block in self.blocks:
            x = F.relu(block(x))
        out, _ = self.lstm(x.permute(0, 2, 1))
        return out[:, -1]

"""Imitates the PyTorch ports of LSTM-FCN for time series classification (Karim et al. 2017; e.g.
timeseriesAI/tsai's `LSTM_FCN` before its refactor and the github ports of titu1994/LSTM-FCN): a batch-first LSTM
over the dimension-shuffled input (`x.permute(0, 2, 1)` of `(batch, vars, steps)`), its last hidden state, an FCN
branch of three Conv1d/BatchNorm1d/ReLU blocks with kernels 8, 5, 3 and padding 'same', `torch.mean(..., dim=-1)`,
`torch.cat` and a Linear. Sizes reduced."""
# pivot-corpus: name=LSTM_FCN input_shape=2,3,40
import torch
import torch.nn as nn
import torch.nn.functional as F


class ConvBlock(nn.Module):
    def __init__(self, ni, nf, ks):
        super().__init__()
        self.conv = nn.Conv1d(ni, nf, ks, padding='same')
        self.bn = nn.BatchNorm1d(nf)
        self.act = nn.ReLU()

    def forward(self, x):
        return self.act(self.bn(self.conv(x)))


class LSTM_FCN(nn.Module):
    def __init__(self, c_in=3, c_out=4, seq_len=40, hidden_size=16, rnn_layers=1, bias=True,
                 cell_dropout=0, rnn_dropout=0.8, bidirectional=False, shuffle=True,
                 fc_dropout=0., conv_layers=[32, 64, 32], kss=[7, 5, 3]):
        super().__init__()
        # RNN
        self.rnn = nn.LSTM(seq_len if shuffle else c_in, hidden_size, num_layers=rnn_layers, bias=bias,
                           batch_first=True, dropout=cell_dropout, bidirectional=bidirectional)
        self.rnn_dropout = nn.Dropout(rnn_dropout) if rnn_dropout else nn.Identity()
        self.shuffle = shuffle

        # FCN
        assert len(conv_layers) == len(kss)
        self.convblock1 = ConvBlock(c_in, conv_layers[0], kss[0])
        self.convblock2 = ConvBlock(conv_layers[0], conv_layers[1], kss[1])
        self.convblock3 = ConvBlock(conv_layers[1], conv_layers[2], kss[2])

        # Common
        self.concat = lambda a, b: torch.cat([a, b], dim=1)
        self.fc_dropout = nn.Dropout(fc_dropout) if fc_dropout else nn.Identity()
        self.fc = nn.Linear(hidden_size * (1 + bidirectional) + conv_layers[-1], c_out)

    def forward(self, x):
        # RNN
        rnn_input = x if self.shuffle else x.permute(0, 2, 1)  # permute --> (batch_size, seq_len, n_vars) when shuffle=False
        output, _ = self.rnn(rnn_input)
        last_out = output[:, -1]  # output of last sequence step (many-to-one)
        last_out = self.rnn_dropout(last_out)

        # FCN
        x = self.convblock1(x)
        x = self.convblock2(x)
        x = self.convblock3(x)
        x = torch.mean(x, dim=-1)

        # Concat
        x = self.concat(last_out, x)
        x = self.fc_dropout(x)
        x = self.fc(x)
        return x

"""LSTM-FCN with its constructor's lambda written out (issue 13, r_lstm_fcn): the model's input `x` goes to a
batch-first LSTM (a (N, T, F) sequence, the same axes in Keras) and, unchanged, to a block whose Conv1d reads it
as a channels-first signal (channels last in Keras). Without the input's shape, `pivot migrate` was exit 0 with a
Keras model whose conv read the channels from the steps' axis (the head's Linear then got 19 features, not 48):
now an error naming the block's call."""
# pivot-corpus: name=RnnConv input_shape=2,3,40
import torch
import torch.nn as nn


class ConvBlock(nn.Module):
    def __init__(self, ni, nf, ks):
        super().__init__()
        self.conv = nn.Conv1d(ni, nf, ks, padding='same')
        self.bn = nn.BatchNorm1d(nf)

    def forward(self, x):
        return torch.relu(self.bn(self.conv(x)))


class RnnConv(nn.Module):
    def __init__(self, c_in=3, seq_len=40, hidden=16, nf=32, c_out=4):
        super().__init__()
        self.rnn = nn.LSTM(seq_len, hidden, batch_first=True)
        self.convblock = ConvBlock(c_in, nf, 5)
        self.fc = nn.Linear(hidden + nf, c_out)

    def forward(self, x):
        output, _ = self.rnn(x)
        last = output[:, -1]
        x = self.convblock(x)
        x = torch.mean(x, dim=-1)
        return self.fc(torch.cat([last, x], dim=1))

"""LLM-generated style (Llama, "an LSTM classifier using the default (seq_len, batch, features) layout"): the
batch-first input is turned with `x.transpose(0, 1)` for `nn.LSTM(batch_first=False)`, and the last step is
`lstm_out[-1]`."""
# pivot-corpus: name=SeqFirstLSTM input_shape=2,11,6
import torch
import torch.nn as nn


class SeqFirstLSTM(nn.Module):
    def __init__(self, input_dim=6, hidden_dim=20, output_dim=3):
        super(SeqFirstLSTM, self).__init__()
        self.lstm = nn.LSTM(input_dim, hidden_dim)  # batch_first=False by default
        self.linear = nn.Linear(hidden_dim, output_dim)

    def forward(self, x):
        x = x.transpose(0, 1)  # (seq_len, batch, input_dim)
        lstm_out, (h_n, c_n) = self.lstm(x)
        last = lstm_out[-1]    # (batch, hidden_dim)
        return self.linear(last)

"""LLM-generated style (research-dataset prompt: "Write a PyTorch GRU encoder for sequence-to-sequence; input shape
(N, T, F)"): a bidirectional GRU whose final states are merged `torch.tanh(self.fc(torch.cat((hidden[-2], hidden[-1]),
dim=1)))` and returned with the outputs as a tuple."""
# pivot-corpus: name=BiGRUEncoder input_shape=4,10,8
import torch
import torch.nn as nn


class BiGRUEncoder(nn.Module):
    def __init__(self, input_dim=8, enc_hid_dim=24, dec_hid_dim=32):
        super().__init__()
        self.rnn = nn.GRU(input_dim, enc_hid_dim, bidirectional=True, batch_first=True)
        self.fc = nn.Linear(enc_hid_dim * 2, dec_hid_dim)

    def forward(self, src):
        outputs, hidden = self.rnn(src)
        hidden = torch.tanh(self.fc(torch.cat((hidden[-2], hidden[-1]), dim=1)))
        return outputs, hidden

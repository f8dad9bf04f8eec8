"""LLM-generated style (prompt: "Write the bidirectional GRU encoder of an attention seq2seq model (Bahdanau) in
PyTorch; input shape (T, N) of token ids, sequence first"): `nn.GRU(bidirectional=True)` without batch_first, the
decoder's initial state `torch.tanh(self.fc(torch.cat((hidden[-2, :, :], hidden[-1, :, :]), dim=1)))`, returning
`outputs, hidden`."""
# pivot-corpus: name=BahdanauEncoder input_shape=9,3 input_dtype=int64
import torch
import torch.nn as nn


class BahdanauEncoder(nn.Module):
    def __init__(self, input_dim=200, emb_dim=32, enc_hid_dim=24, dec_hid_dim=40, dropout=0.2):
        super().__init__()
        self.embedding = nn.Embedding(input_dim, emb_dim)
        self.rnn = nn.GRU(emb_dim, enc_hid_dim, bidirectional=True)
        self.fc = nn.Linear(enc_hid_dim * 2, dec_hid_dim)
        self.dropout = nn.Dropout(dropout)

    def forward(self, src):
        embedded = self.dropout(self.embedding(src))
        outputs, hidden = self.rnn(embedded)
        hidden = torch.tanh(self.fc(torch.cat((hidden[-2, :, :], hidden[-1, :, :]), dim=1)))
        return outputs, hidden

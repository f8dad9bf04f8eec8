"""LLM-generated style (prompt: "Write the encoder of an LSTM seq2seq translation model in PyTorch; input shape
(N, T) of source token ids"): Embedding, dropout, a two-layer LSTM, returning `outputs, (hidden, cell)` for the
decoder."""
# pivot-corpus: name=Seq2SeqEncoder input_shape=3,11 input_dtype=int64
import torch.nn as nn


class Seq2SeqEncoder(nn.Module):
    def __init__(self, input_dim=250, emb_dim=32, hid_dim=48, n_layers=2, dropout=0.1):
        super().__init__()
        self.embedding = nn.Embedding(input_dim, emb_dim)
        self.rnn = nn.LSTM(emb_dim, hid_dim, n_layers, dropout=dropout, batch_first=True)
        self.dropout = nn.Dropout(dropout)

    def forward(self, src):
        embedded = self.dropout(self.embedding(src))
        outputs, (hidden, cell) = self.rnn(embedded)
        return outputs, (hidden, cell)

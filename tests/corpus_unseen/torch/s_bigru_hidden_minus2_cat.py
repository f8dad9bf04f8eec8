"""Notebook style (BiGRU sentiment model): `outputs, hidden = self.gru(embedded)`, `forward_hidden = hidden[-2, :, :]`,
`backward_hidden = hidden[-1, :, :]`, `torch.cat((forward_hidden, backward_hidden), dim=1)` into a Linear; embedded
through dropout first."""
# pivot-corpus: name=BiGRUModel input_shape=2,9 input_dtype=int64
import torch
import torch.nn as nn


class BiGRUModel(nn.Module):
    def __init__(self, vocab_size=40, embedding_dim=16, hidden_dim=12, output_dim=3, num_layers=2, dropout=0.3):
        super(BiGRUModel, self).__init__()
        self.embedding = nn.Embedding(vocab_size, embedding_dim)
        self.gru = nn.GRU(
            input_size=embedding_dim,
            hidden_size=hidden_dim,
            num_layers=num_layers,
            batch_first=True,
            dropout=dropout if num_layers > 1 else 0,
            bidirectional=True,
        )
        self.fc = nn.Linear(hidden_dim * 2, output_dim)
        self.dropout = nn.Dropout(dropout)

    def forward(self, x):
        embedded = self.dropout(self.embedding(x))
        outputs, hidden = self.gru(embedded)
        forward_hidden = hidden[-2, :, :]
        backward_hidden = hidden[-1, :, :]
        combined_hidden = torch.cat((forward_hidden, backward_hidden), dim=1)
        return self.fc(combined_hidden)


model = BiGRUModel()

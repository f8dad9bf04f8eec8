"""A CNN-RNN text classifier: two parallel Conv1d n-gram branches, max-pooled and concatenated, then a GRU."""
# pivot-corpus: name=TextCNNGRU input_shape=2,20 input_dtype=int64
import torch
import torch.nn as nn
import torch.nn.functional as F


class TextCNNGRU(nn.Module):
    def __init__(self, vocab_size=50, embed_dim=16, n_filters=24, kernel_sizes=(3, 5),
                 rnn_hidden=32, num_classes=3, dropout=0.25):
        super().__init__()
        self.embedding = nn.Embedding(vocab_size, embed_dim)
        k1, k2 = kernel_sizes
        # "same" padding so both branches keep the sequence length and can be concatenated
        self.conv_a = nn.Conv1d(embed_dim, n_filters, kernel_size=k1, padding=k1 // 2)
        self.conv_b = nn.Conv1d(embed_dim, n_filters, kernel_size=k2, padding=k2 // 2)
        self.pool = nn.MaxPool1d(kernel_size=2)
        self.gru = nn.GRU(2 * n_filters, rnn_hidden, batch_first=True)
        self.dropout = nn.Dropout(dropout)
        self.fc1 = nn.Linear(rnn_hidden, 32)
        self.fc2 = nn.Linear(32, num_classes)

    def forward(self, tokens):
        x = self.embedding(tokens)            # (N, L, E)
        x = x.transpose(1, 2)                 # (N, E, L) for Conv1d
        a = self.pool(F.relu(self.conv_a(x)))  # (N, F, L/2)
        b = self.pool(F.relu(self.conv_b(x)))  # (N, F, L/2)
        x = torch.cat([a, b], dim=1)          # (N, 2F, L/2)
        x = x.permute(0, 2, 1)                # back to (N, L/2, 2F) for the GRU
        _, h = self.gru(x)                    # h: (1, N, H)
        x = h.squeeze(0)
        x = self.dropout(F.relu(self.fc1(x)))
        return self.fc2(x)

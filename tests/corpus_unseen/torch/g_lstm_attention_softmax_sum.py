"""LLM-generated style LSTM with additive attention pooling: `scores = self.attention(lstm_out)`
(Linear to 1), `weights = F.softmax(scores, dim=1)`, `context = torch.sum(weights * lstm_out, dim=1)`;
bidirectional LSTM, embedding of token ids."""
# pivot-corpus: name=AttentionLSTM input_shape=2,20 input_dtype=int64
import torch
import torch.nn as nn
import torch.nn.functional as F


class AttentionLSTM(nn.Module):
    def __init__(self, vocab_size=500, embed_dim=32, hidden_dim=32, num_classes=2, pad_idx=0):
        super().__init__()
        self.embedding = nn.Embedding(vocab_size, embed_dim, padding_idx=pad_idx)
        self.lstm = nn.LSTM(embed_dim, hidden_dim, batch_first=True, bidirectional=True)
        self.attention = nn.Linear(hidden_dim * 2, 1)
        self.fc = nn.Linear(hidden_dim * 2, num_classes)

    def forward(self, input_ids):
        embedded = self.embedding(input_ids)
        lstm_out, _ = self.lstm(embedded)
        scores = self.attention(lstm_out)
        weights = F.softmax(scores, dim=1)
        context = torch.sum(weights * lstm_out, dim=1)
        return self.fc(context)


model = AttentionLSTM()

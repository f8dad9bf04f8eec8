"""LLM-generated style (Gemini, "a bidirectional LSTM with attention for text classification"): attention
energies `self.attention(lstm_out).squeeze(-1)`, `F.softmax(energies, dim=1)`, context
`torch.bmm(attn_weights.unsqueeze(1), lstm_out).squeeze(1)`."""
# pivot-corpus: name=BiLSTMAttention input_shape=2,18 input_dtype=int64
import torch
import torch.nn as nn
import torch.nn.functional as F


class BiLSTMAttention(nn.Module):
    def __init__(self, vocab_size=500, embed_dim=32, hidden_dim=24, output_dim=3):
        super(BiLSTMAttention, self).__init__()
        self.embedding = nn.Embedding(vocab_size, embed_dim, padding_idx=0)
        self.lstm = nn.LSTM(embed_dim, hidden_dim, batch_first=True, bidirectional=True)
        self.attention = nn.Linear(hidden_dim * 2, 1)
        self.fc = nn.Linear(hidden_dim * 2, output_dim)

    def forward(self, text):
        embedded = self.embedding(text)
        lstm_out, (hidden, cell) = self.lstm(embedded)
        energies = self.attention(lstm_out).squeeze(-1)
        attn_weights = F.softmax(energies, dim=1)
        context = torch.bmm(attn_weights.unsqueeze(1), lstm_out).squeeze(1)
        return self.fc(context)

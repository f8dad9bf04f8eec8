"""LLM-generated style (prompt: "Write a PyTorch model for toxic comment classification (Kaggle style); input shape
(N, T) of token ids"): Embedding(padding_idx=0), spatial dropout on the embeddings, a BiLSTM, `max_pool, _ =
torch.max(out, 1)` and `avg_pool = torch.mean(out, 1)` concatenated, a hidden Linear and a multi-label output."""
# pivot-corpus: name=ToxicBiLSTM input_shape=4,25 input_dtype=int64
import torch
import torch.nn as nn


class ToxicBiLSTM(nn.Module):
    def __init__(self, vocab_size=1000, embed_size=48, hidden_size=32, num_labels=6):
        super().__init__()
        self.embedding = nn.Embedding(vocab_size, embed_size, padding_idx=0)
        self.embedding_dropout = nn.Dropout(0.2)
        self.lstm = nn.LSTM(embed_size, hidden_size, bidirectional=True, batch_first=True)
        self.linear = nn.Linear(hidden_size * 4, hidden_size * 4)
        self.relu = nn.ReLU()
        self.out = nn.Linear(hidden_size * 4, num_labels)

    def forward(self, x):
        h_embedding = self.embedding_dropout(self.embedding(x))
        h_lstm, _ = self.lstm(h_embedding)
        avg_pool = torch.mean(h_lstm, 1)
        max_pool, _ = torch.max(h_lstm, 1)
        h_conc = torch.cat((max_pool, avg_pool), 1)
        h_conc = self.relu(self.linear(h_conc))
        return self.out(h_conc)

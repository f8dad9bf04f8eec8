"""LLM-generated style (Llama, "a stacked bidirectional LSTM for sequence labelling / NER"): token ids through
`nn.Embedding`, a 2-layer bidirectional LSTM, dropout, and a per-token Linear to tag scores (batch, seq, tags)."""
# pivot-corpus: name=BiLSTMTagger input_shape=2,15 input_dtype=int64
import torch
import torch.nn as nn


class BiLSTMTagger(nn.Module):
    def __init__(self, vocab_size=800, embedding_dim=24, hidden_dim=32, tagset_size=9, num_layers=2, dropout=0.25):
        super(BiLSTMTagger, self).__init__()
        self.word_embeddings = nn.Embedding(vocab_size, embedding_dim)
        self.lstm = nn.LSTM(embedding_dim, hidden_dim // 2, num_layers=num_layers,
                            bidirectional=True, batch_first=True, dropout=dropout)
        self.dropout = nn.Dropout(dropout)
        self.hidden2tag = nn.Linear(hidden_dim, tagset_size)

    def forward(self, sentence):
        embeds = self.word_embeddings(sentence)
        lstm_out, _ = self.lstm(embeds)
        lstm_out = self.dropout(lstm_out)
        tag_space = self.hidden2tag(lstm_out)
        return tag_space

"""LLM-generated style (ChatGPT, "Generate a PyTorch model: bidirectional LSTM NER tagger"): an Embedding with
padding_idx, a 2-layer bidirectional LSTM, dropout, `hidden2tag` Linear of `hidden_dim * 2` giving per-token
logits (batch, seq, tags), `F.log_softmax(..., dim=-1)`."""
# pivot-corpus: name=BiLSTMTagger input_shape=2,14 input_dtype=int64
import torch
import torch.nn as nn
import torch.nn.functional as F


class BiLSTMTagger(nn.Module):
    def __init__(self, vocab_size=50, embedding_dim=16, hidden_dim=12, tagset_size=9, pad_idx=0):
        super(BiLSTMTagger, self).__init__()
        self.embedding = nn.Embedding(vocab_size, embedding_dim, padding_idx=pad_idx)
        self.lstm = nn.LSTM(embedding_dim, hidden_dim, num_layers=2, bidirectional=True, batch_first=True,
                            dropout=0.1)
        self.dropout = nn.Dropout(0.3)
        self.hidden2tag = nn.Linear(hidden_dim * 2, tagset_size)

    def forward(self, sentence):
        embeds = self.dropout(self.embedding(sentence))
        lstm_out, _ = self.lstm(embeds)
        tag_space = self.hidden2tag(self.dropout(lstm_out))
        return F.log_softmax(tag_space, dim=-1)

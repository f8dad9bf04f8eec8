"""LLM-generated style (prompt: "Write a GRU named-entity tagger in PyTorch; input shape (N, T) of token ids"): the
outputs flattened over batch and time `out.reshape(-1, out.shape[2])`, a dropout and Linear, then
`logits.view(batch_size, seq_len, -1)`."""
# pivot-corpus: name=GRUNERTagger input_shape=3,14 input_dtype=int64
import torch.nn as nn


class GRUNERTagger(nn.Module):
    def __init__(self, vocab_size=600, emb_dim=40, hidden_dim=32, num_tags=9):
        super().__init__()
        self.emb = nn.Embedding(vocab_size, emb_dim, padding_idx=0)
        self.gru = nn.GRU(emb_dim, hidden_dim, num_layers=2, batch_first=True, bidirectional=True, dropout=0.3)
        self.dropout = nn.Dropout(0.3)
        self.classifier = nn.Linear(2 * hidden_dim, num_tags)

    def forward(self, tokens):
        batch_size, seq_len = tokens.shape
        out, _ = self.gru(self.emb(tokens))
        out = out.reshape(-1, out.shape[2])
        logits = self.classifier(self.dropout(out))
        return logits.view(batch_size, seq_len, -1)

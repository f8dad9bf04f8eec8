"""LLM-generated style (ChatGPT, "an LSTM text classifier that handles variable-length padded batches"): lengths from
`(text != 0).sum(dim=1)`, `nn.utils.rnn.pack_padded_sequence(..., enforce_sorted=False)`, the packed LSTM's
`hidden[-1]`. Packed sequences have no Keras counterpart here: the migration must name the call."""
# pivot-corpus: name=PackedLSTMClassifier input_shape=2,10 input_dtype=int64
import torch
import torch.nn as nn


class PackedLSTMClassifier(nn.Module):
    def __init__(self, vocab_size=400, embed_dim=16, hidden_dim=24, num_classes=2):
        super().__init__()
        self.embedding = nn.Embedding(vocab_size, embed_dim, padding_idx=0)
        self.lstm = nn.LSTM(embed_dim, hidden_dim, batch_first=True)
        self.fc = nn.Linear(hidden_dim, num_classes)

    def forward(self, text):
        lengths = (text != 0).sum(dim=1).clamp(min=1).cpu()
        embedded = self.embedding(text)
        packed = nn.utils.rnn.pack_padded_sequence(embedded, lengths, batch_first=True, enforce_sorted=False)
        _, (hidden, _) = self.lstm(packed)
        return self.fc(hidden[-1])

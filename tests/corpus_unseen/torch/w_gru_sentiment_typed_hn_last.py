"""LLM-generated style (Claude, "a GRU sentiment classifier in PyTorch with type hints"): `nn.Embedding(padding_idx=0)`
on int64 token ids, a 2-layer GRU with `dropout=dropout if num_layers > 1 else 0.0`, the final hidden state of the
top layer `hidden[-1]`, typed `forward(self, input_ids: torch.Tensor) -> torch.Tensor`."""
# pivot-corpus: name=GRUSentimentClassifier input_shape=2,20 input_dtype=int64
import torch
import torch.nn as nn


class GRUSentimentClassifier(nn.Module):
    """Embedding -> GRU -> Linear sentiment classifier."""

    def __init__(
        self,
        vocab_size: int = 1000,
        embedding_dim: int = 32,
        hidden_dim: int = 48,
        num_layers: int = 2,
        num_classes: int = 2,
        dropout: float = 0.3,
    ) -> None:
        super().__init__()
        self.embedding = nn.Embedding(vocab_size, embedding_dim, padding_idx=0)
        self.gru = nn.GRU(
            input_size=embedding_dim,
            hidden_size=hidden_dim,
            num_layers=num_layers,
            batch_first=True,
            dropout=dropout if num_layers > 1 else 0.0,
        )
        self.dropout = nn.Dropout(dropout)
        self.classifier = nn.Linear(hidden_dim, num_classes)

    def forward(self, input_ids: torch.Tensor) -> torch.Tensor:
        # input_ids: (batch, seq_len)
        embedded = self.embedding(input_ids)          # (batch, seq_len, embedding_dim)
        _, hidden = self.gru(embedded)                # hidden: (num_layers, batch, hidden_dim)
        last_hidden = hidden[-1]                      # (batch, hidden_dim)
        logits = self.classifier(self.dropout(last_hidden))
        return logits

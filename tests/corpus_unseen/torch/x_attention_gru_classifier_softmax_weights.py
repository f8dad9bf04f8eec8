"""LLM-generated style (Claude, "Generate a PyTorch model: attention-GRU text classifier"): a bidirectional GRU,
an additive attention `self.attn = nn.Linear(2H, 1)`, `torch.softmax(scores.squeeze(-1), dim=1)`,
`torch.sum(weights.unsqueeze(-1) * outputs, dim=1)`, and a Linear classifier."""
# pivot-corpus: name=AttentionGRUClassifier input_shape=2,15 input_dtype=int64
import torch
import torch.nn as nn


class AttentionGRUClassifier(nn.Module):
    def __init__(self, vocab_size: int = 60, embed_dim: int = 16, hidden_dim: int = 12, num_classes: int = 3):
        super().__init__()
        self.embedding = nn.Embedding(vocab_size, embed_dim)
        self.gru = nn.GRU(embed_dim, hidden_dim, batch_first=True, bidirectional=True)
        self.attn = nn.Linear(hidden_dim * 2, 1)
        self.fc = nn.Linear(hidden_dim * 2, num_classes)

    def forward(self, input_ids: torch.Tensor) -> torch.Tensor:
        embedded = self.embedding(input_ids)
        outputs, _ = self.gru(embedded)
        scores = torch.tanh(self.attn(outputs))
        weights = torch.softmax(scores.squeeze(-1), dim=1)
        context = torch.sum(weights.unsqueeze(-1) * outputs, dim=1)
        return self.fc(context)

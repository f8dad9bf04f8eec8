"""LLM-generated style ("Write a PyTorch TextCNN for sentiment classification, input token ids (N, 64)"): an
embedding with `padding_idx=0`, parallel `nn.ModuleList([nn.Conv1d(..., k) for k in KERNEL_SIZES])`, the embedding
`.permute(0, 2, 1)`, `F.relu(conv(x)).max(dim=2).values` per branch, `torch.cat(pooled, dim=1)`, and dropout."""
# pivot-corpus: name=TextCNN input_shape=4,64 input_dtype=int64
from typing import List

import torch
import torch.nn as nn
import torch.nn.functional as F

VOCAB_SIZE = 5000
EMBED_DIM = 100
KERNEL_SIZES: List[int] = [3, 4, 5]
NUM_FILTERS = 64
NUM_CLASSES = 2


class TextCNN(nn.Module):
    """Kim-style convolutional sentence classifier.

    Args:
        vocab_size: Vocabulary size (index 0 is padding).
        embed_dim: Embedding size.
        kernel_sizes: Convolution widths, one branch each.
        num_filters: Filters per branch.
        num_classes: Number of labels.
    """

    def __init__(self, vocab_size: int = VOCAB_SIZE, embed_dim: int = EMBED_DIM,
                 kernel_sizes: List[int] = KERNEL_SIZES, num_filters: int = NUM_FILTERS,
                 num_classes: int = NUM_CLASSES, dropout: float = 0.5) -> None:
        super().__init__()
        self.embedding = nn.Embedding(vocab_size, embed_dim, padding_idx=0)
        self.convs = nn.ModuleList([nn.Conv1d(embed_dim, num_filters, k) for k in kernel_sizes])
        self.dropout = nn.Dropout(dropout)
        self.fc = nn.Linear(num_filters * len(kernel_sizes), num_classes)

    def forward(self, input_ids: torch.Tensor) -> torch.Tensor:
        x = self.embedding(input_ids)      # (N, L, E)
        x = x.permute(0, 2, 1)             # (N, E, L)
        pooled = [F.relu(conv(x)).max(dim=2).values for conv in self.convs]  # each (N, F)
        x = torch.cat(pooled, dim=1)       # (N, F * K)
        return self.fc(self.dropout(x))


if __name__ == "__main__":
    print(TextCNN()(torch.randint(0, VOCAB_SIZE, (4, 64))).shape)

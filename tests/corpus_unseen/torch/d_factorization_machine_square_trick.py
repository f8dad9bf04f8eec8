"""LLM-generated style (research-dataset prompt: "Write a PyTorch factorization machine for CTR prediction; input
(N, F) of field indices"): a shared embedding table, the O(kn) pairwise term `0.5 * (sum^2 - sum of squares)`,
a linear term from a 1-d embedding, and a bias parameter."""
# pivot-corpus: name=FactorizationMachine input_shape=4,6 input_dtype=int64
import torch
import torch.nn as nn


class FactorizationMachine(nn.Module):
    def __init__(self, num_features=100, embed_dim=8):
        super().__init__()
        self.embedding = nn.Embedding(num_features, embed_dim)
        self.linear = nn.Embedding(num_features, 1)
        self.bias = nn.Parameter(torch.zeros(1))

    def forward(self, x):
        emb = self.embedding(x)                      # (N, F, K)
        square_of_sum = torch.sum(emb, dim=1) ** 2    # (N, K)
        sum_of_square = torch.sum(emb ** 2, dim=1)    # (N, K)
        pairwise = 0.5 * torch.sum(square_of_sum - sum_of_square, dim=1, keepdim=True)
        linear = self.linear(x).sum(dim=1) + self.bias
        return torch.sigmoid(linear + pairwise)

"""LLM-generated style (research-dataset prompt: "Write a PyTorch relation classifier that scores a pair of
embeddings with a bilinear layer; inputs (N, 12) and (N, 12)"): shared projection, nn.Bilinear, log-softmax."""
# pivot-corpus: name=PairScorer input_shape=4,12;4,12
import torch
import torch.nn as nn
import torch.nn.functional as F


class PairScorer(nn.Module):
    def __init__(self, in_dim=12, proj_dim=16, num_relations=4):
        super().__init__()
        self.proj = nn.Linear(in_dim, proj_dim)
        self.bilinear = nn.Bilinear(proj_dim, proj_dim, num_relations)

    def forward(self, a, b):
        a = torch.tanh(self.proj(a))
        b = torch.tanh(self.proj(b))
        return F.log_softmax(self.bilinear(a, b), dim=1)

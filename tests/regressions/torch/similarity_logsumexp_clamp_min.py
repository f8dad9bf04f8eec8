"""F.cosine_similarity, torch.logsumexp, `.clamp_min` / `.clamp_max` and torch.mm (an embedding head)."""
# pivot-corpus: name=Sim input_shape=4,12;4,12 input_dtype=float32
import torch
import torch.nn as nn
import torch.nn.functional as F


class Sim(nn.Module):
    def __init__(self):
        super().__init__()
        self.enc = nn.Linear(12, 8)
        self.w = nn.Linear(8, 8)
        self.proj = nn.Parameter(torch.randn(8, 8))

    def forward(self, a, b):
        ea, eb = self.enc(a), self.enc(b)
        cos = F.cosine_similarity(ea, eb, dim=1)
        lse = torch.logsumexp(ea, dim=-1, keepdim=True)
        n = ea.norm(dim=1, keepdim=True).clamp_min(1e-6)
        m = self.w(torch.mm(ea / n, self.proj))
        return cos.unsqueeze(1) + lse + m.clamp_max(0.5)

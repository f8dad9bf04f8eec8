"""bench/variants.py (explicit_defaults): arguments Pivot's catalog does not model, written at PyTorch's own default,
were named errors (`nn.Embedding(..., norm_type=2.0)`, `nn.AdaptiveMaxPool1d(1, return_indices=False)`,
`nn.Upsample(..., recompute_scale_factor=None)`: PIV103 "argument is not supported"); and `nn.ModuleList(
modules=None)` became `list(None)` at exit 0 (a TypeError when built). A keyword at its default
(pivot/catalog/torch_defaults.py, PyTorch's signatures) is a no-op; ModuleList(None) is empty."""
# pivot-corpus: name=Net input_shape=2,12 input_dtype=int64
import torch
import torch.nn as nn


class Net(nn.Module):
    def __init__(self, vocab=20, dim=8):
        super().__init__()
        self.embed = nn.Embedding(vocab, dim, max_norm=None, norm_type=2.0, scale_grad_by_freq=False, sparse=False)
        self.convs = nn.ModuleList(modules=None)
        for k in (3, 5):
            self.convs.append(nn.Conv1d(dim, 4, k, padding=k // 2, padding_mode="zeros"))
        self.up = nn.Upsample(scale_factor=2, mode="nearest", recompute_scale_factor=None)
        self.pool = nn.AdaptiveMaxPool1d(1, return_indices=False)
        self.fc = nn.Linear(8, 3, bias=True, device=None)

    def forward(self, x):
        h = self.embed(x).transpose(1, 2)
        h = torch.cat([self.pool(self.up(conv(h))).squeeze(-1) for conv in self.convs], dim=1)
        return self.fc(h)

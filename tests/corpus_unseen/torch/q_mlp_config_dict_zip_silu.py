"""LLM-generated style ("configurable MLP for house price regression"): a module-level `CONFIG` dict with
`hidden_sizes`, `dropout`, `use_batchnorm`; the constructor reads `config["..."]` and builds `nn.ModuleList`s
iterated with `zip` in forward; nn.SiLU."""
# pivot-corpus: name=HousePriceMLP input_shape=4,13
import torch
import torch.nn as nn

CONFIG = {
    "input_dim": 13,
    "hidden_sizes": [64, 32, 16],
    "dropout": 0.1,
    "use_batchnorm": True,
}


class HousePriceMLP(nn.Module):
    def __init__(self, config: dict = CONFIG):
        super().__init__()
        sizes = [config["input_dim"]] + config["hidden_sizes"]
        self.linears = nn.ModuleList()
        self.norms = nn.ModuleList()
        for in_f, out_f in zip(sizes[:-1], sizes[1:]):
            self.linears.append(nn.Linear(in_f, out_f))
            self.norms.append(nn.BatchNorm1d(out_f) if config["use_batchnorm"] else nn.Identity())
        self.act = nn.SiLU()
        self.drop = nn.Dropout(config["dropout"])
        self.out = nn.Linear(sizes[-1], 1)

    def forward(self, x):
        for linear, norm in zip(self.linears, self.norms):
            x = self.drop(self.act(norm(linear(x))))
        return self.out(x).squeeze(-1)


model = HousePriceMLP()

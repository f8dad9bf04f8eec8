"""LLM-generated style (Gemini, "PyTorch model for customer churn with categorical cardinalities given in a config
dict"): a `config: dict` read with `config["cardinalities"]` and `config.get("dropout", 0.1)`, embedding sizes from
the rule `min(50, (n + 1) // 2)`, embeddings applied by a list comprehension `[emb(x_cat[:, i]) for i, emb in
enumerate(self.embeddings)]`, `torch.cat(embs + [self.num_proj(x_num)], dim=1)` (a list sum), a SiLU MLP grown with
`mlp += [...]`, one logit squeezed with `.squeeze(-1)`."""
# pivot-corpus: name=ChurnNet input_shape=4,4;4,7 input_dtype=int64,float32
import torch
import torch.nn as nn

CONFIG = {
    "cardinalities": [10, 20, 12, 30],
    "num_numeric": 7,
    "hidden_sizes": [128, 64],
    "dropout": 0.2,
}


class ChurnNet(nn.Module):
    def __init__(self, config: dict = CONFIG):
        super().__init__()
        cards = config["cardinalities"]
        emb_dims = [min(50, (n + 1) // 2) for n in cards]
        self.embeddings = nn.ModuleList([nn.Embedding(n, d) for n, d in zip(cards, emb_dims)])
        self.num_proj = nn.Linear(config["num_numeric"], 16)
        in_dim = sum(emb_dims) + 16
        mlp = []
        for h in config["hidden_sizes"]:
            mlp += [nn.Linear(in_dim, h), nn.SiLU(), nn.Dropout(config.get("dropout", 0.1))]
            in_dim = h
        self.mlp = nn.Sequential(*mlp)
        self.out = nn.Linear(in_dim, 1)

    def forward(self, x_cat: torch.Tensor, x_num: torch.Tensor) -> torch.Tensor:
        embs = [emb(x_cat[:, i]) for i, emb in enumerate(self.embeddings)]
        x = torch.cat(embs + [self.num_proj(x_num)], dim=1)
        x = self.mlp(x)
        return self.out(x).squeeze(-1)


if __name__ == "__main__":
    net = ChurnNet()
    print(net(torch.randint(0, 10, (4, 4)), torch.randn(4, 7)).shape)

"""Imitates a Claude answer to "Write a PyTorch model class for multi-class tabular classification, input shape
(N, 12), output logits (N, 4)": an MLP with `nn.SiLU`, a `@torch.no_grad()` `predict_proba` helper using
`torch.softmax`, and a `predict` helper with `argmax`, neither called by forward."""
# pivot-corpus: name=SiLUClassifier input_shape=5,12
import torch
import torch.nn as nn


class SiLUClassifier(nn.Module):
    def __init__(self, in_features: int = 12, hidden: int = 32, num_classes: int = 4, p: float = 0.25) -> None:
        super().__init__()
        self.model = nn.Sequential(
            nn.Linear(in_features, hidden),
            nn.SiLU(),
            nn.Dropout(p),
            nn.Linear(hidden, hidden // 2),
            nn.SiLU(),
            nn.Linear(hidden // 2, num_classes),
        )

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return self.model(x)

    @torch.no_grad()
    def predict_proba(self, x: torch.Tensor) -> torch.Tensor:
        self.eval()
        return torch.softmax(self.forward(x), dim=-1)

    @torch.no_grad()
    def predict(self, x: torch.Tensor) -> torch.Tensor:
        return self.predict_proba(x).argmax(dim=-1)


if __name__ == "__main__":
    net = SiLUClassifier()
    print(net.predict(torch.randn(5, 12)))

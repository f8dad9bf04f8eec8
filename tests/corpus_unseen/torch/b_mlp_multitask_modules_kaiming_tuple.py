"""LLM-generated style (ChatGPT, "Write a multi-task MLP in PyTorch that predicts house price and price category
from 13 features, input shape (N, 13)"): a shared trunk, two heads returned as a tuple `(price.squeeze(-1),
category_logits)`, and the init written as `for m in self.modules(): if isinstance(m, nn.Linear):
nn.init.kaiming_normal_(m.weight, nonlinearity="relu"); nn.init.zeros_(m.bias)` in __init__."""
# pivot-corpus: name=MultiTaskHouseNet input_shape=4,13
import torch
import torch.nn as nn


class MultiTaskHouseNet(nn.Module):
    def __init__(self, n_features: int = 13, hidden: int = 64, n_categories: int = 3):
        super().__init__()
        self.trunk = nn.Sequential(
            nn.Linear(n_features, hidden),
            nn.ReLU(),
            nn.Dropout(0.1),
            nn.Linear(hidden, hidden),
            nn.ReLU(),
        )
        self.regression_head = nn.Linear(hidden, 1)
        self.classification_head = nn.Sequential(nn.Linear(hidden, hidden // 2), nn.ReLU(),
                                                 nn.Linear(hidden // 2, n_categories))
        for m in self.modules():
            if isinstance(m, nn.Linear):
                nn.init.kaiming_normal_(m.weight, nonlinearity="relu")
                nn.init.zeros_(m.bias)

    def forward(self, x):
        h = self.trunk(x)
        price = self.regression_head(h)
        category_logits = self.classification_head(h)
        return price.squeeze(-1), category_logits


if __name__ == "__main__":
    model = MultiTaskHouseNet()
    p, c = model(torch.randn(5, 13))
    print(p.shape, c.shape)

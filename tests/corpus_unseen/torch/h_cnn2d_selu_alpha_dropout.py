"""LLM-generated style self-normalising classifier for flattened MNIST: nn.SELU with nn.AlphaDropout,
`nn.init.kaiming_normal_(m.weight, nonlinearity='linear')` via `self.apply(self._init)`, input flattened with
`x.view(x.shape[0], -1)`."""
# pivot-corpus: name=SNNClassifier input_shape=2,1,28,28
import torch.nn as nn


class SNNClassifier(nn.Module):
    def __init__(self, hidden=(256, 128), n_classes=10):
        super().__init__()
        self.net = nn.Sequential(
            nn.Linear(784, hidden[0]), nn.SELU(), nn.AlphaDropout(0.05),
            nn.Linear(hidden[0], hidden[1]), nn.SELU(), nn.AlphaDropout(0.05),
            nn.Linear(hidden[1], n_classes),
        )
        self.apply(self._init)

    @staticmethod
    def _init(m):
        if isinstance(m, nn.Linear):
            nn.init.kaiming_normal_(m.weight, nonlinearity='linear')
            nn.init.zeros_(m.bias)

    def forward(self, x):
        x = x.view(x.shape[0], -1)
        return self.net(x)


model = SNNClassifier()

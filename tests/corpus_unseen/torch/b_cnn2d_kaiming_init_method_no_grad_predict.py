"""LLM-generated style (Claude, "Write a PyTorch CNN for 48x48 grayscale facial expression recognition, input
shape (N, 1, 48, 48)"): a `_make_block` helper, `self.apply(self._init_weights)` whose method uses
`nn.init.kaiming_normal_(m.weight, mode="fan_out", nonlinearity="relu")` and `nn.init.constant_`, a classifier with
`nn.Flatten()` sized by hand (`128 * 6 * 6`), and `@torch.no_grad()` `predict_proba` with `F.softmax`."""
# pivot-corpus: name=EmotionCNN input_shape=4,1,48,48
import torch
import torch.nn as nn
import torch.nn.functional as F


class EmotionCNN(nn.Module):
    def __init__(self, num_classes: int = 7) -> None:
        super().__init__()
        self.features = nn.Sequential(
            self._make_block(1, 32),
            self._make_block(32, 64),
            self._make_block(64, 128),
        )
        self.classifier = nn.Sequential(
            nn.Flatten(),
            nn.Linear(128 * 6 * 6, 256),
            nn.ReLU(inplace=True),
            nn.Dropout(0.5),
            nn.Linear(256, num_classes),
        )
        self.apply(self._init_weights)

    @staticmethod
    def _make_block(in_c: int, out_c: int) -> nn.Sequential:
        return nn.Sequential(
            nn.Conv2d(in_c, out_c, kernel_size=3, padding=1),
            nn.BatchNorm2d(out_c),
            nn.ReLU(inplace=True),
            nn.Conv2d(out_c, out_c, kernel_size=3, padding=1),
            nn.BatchNorm2d(out_c),
            nn.ReLU(inplace=True),
            nn.MaxPool2d(2),
            nn.Dropout2d(0.25),
        )

    def _init_weights(self, m: nn.Module) -> None:
        if isinstance(m, nn.Conv2d):
            nn.init.kaiming_normal_(m.weight, mode="fan_out", nonlinearity="relu")
            if m.bias is not None:
                nn.init.constant_(m.bias, 0)
        elif isinstance(m, nn.BatchNorm2d):
            nn.init.constant_(m.weight, 1)
            nn.init.constant_(m.bias, 0)
        elif isinstance(m, nn.Linear):
            nn.init.normal_(m.weight, 0, 0.01)
            nn.init.constant_(m.bias, 0)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        x = self.features(x)
        return self.classifier(x)

    @torch.no_grad()
    def predict_proba(self, x: torch.Tensor) -> torch.Tensor:
        self.eval()
        return F.softmax(self.forward(x), dim=1)


if __name__ == "__main__":
    model = EmotionCNN()
    print(model.predict_proba(torch.randn(2, 1, 48, 48)).sum(dim=1))

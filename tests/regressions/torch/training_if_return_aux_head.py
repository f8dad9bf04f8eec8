"""ut17 (e_cnn2d_training_branch_aux_head): `if self.training: aux = ...; return logits, aux` with no else, then
`return logits` (deep supervision, GoogLeNet's auxiliary classifiers): at inference the if is skipped. Was exit 1
in verify: `self.training` left in the Keras call (AttributeError)."""
# pivot-corpus: name=AuxHeadNet input_shape=2,3,16,16
import torch
import torch.nn as nn
import torch.nn.functional as F


class AuxHeadNet(nn.Module):
    def __init__(self, num_classes: int = 5) -> None:
        super().__init__()
        self.block1 = nn.Sequential(nn.Conv2d(3, 8, 3, padding=1), nn.ReLU(), nn.MaxPool2d(2))
        self.block2 = nn.Sequential(nn.Conv2d(8, 16, 3, padding=1), nn.ReLU(), nn.MaxPool2d(2))
        self.aux_head = nn.Linear(8, num_classes)
        self.head = nn.Linear(16, num_classes)

    def forward(self, x: torch.Tensor):
        mid = self.block1(x)
        x = self.block2(mid)
        logits = self.head(torch.flatten(F.adaptive_avg_pool2d(x, 1), 1))
        if self.training:
            aux = self.aux_head(torch.flatten(F.adaptive_avg_pool2d(mid, 1), 1))
            return logits, aux
        return logits

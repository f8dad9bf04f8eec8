"""LLM-generated style (Claude, "Generate a PyTorch model: multi-head image classifier (category, color, season)"):
a small CNN backbone, heads in an `nn.ModuleDict`, and `return tuple(self.heads[k](feats) for k in self.head_names)`
in a fixed order."""
# pivot-corpus: name=MultiHeadClassifier input_shape=2,3,32,32
import torch
import torch.nn as nn


class MultiHeadClassifier(nn.Module):
    def __init__(self, n_category=5, n_color=4, n_season=3):
        super().__init__()
        self.backbone = nn.Sequential(
            nn.Conv2d(3, 16, 3, padding=1), nn.ReLU(inplace=True), nn.MaxPool2d(2),
            nn.Conv2d(16, 32, 3, padding=1), nn.ReLU(inplace=True), nn.AdaptiveAvgPool2d((1, 1)),
            nn.Flatten(),
        )
        self.head_names = ["category", "color", "season"]
        self.heads = nn.ModuleDict({
            "category": nn.Linear(32, n_category),
            "color": nn.Linear(32, n_color),
            "season": nn.Linear(32, n_season),
        })

    def forward(self, x):
        feats = self.backbone(x)
        return tuple(self.heads[k](feats) for k in self.head_names)

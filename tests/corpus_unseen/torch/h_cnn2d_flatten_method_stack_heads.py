"""LLM-generated style multi-label CNN: `x.flatten(1)` method call, three sigmoid heads in a ModuleList
whose outputs are joined with `torch.stack([...], dim=1).squeeze(-1)`."""
# pivot-corpus: name=MultiLabelCNN input_shape=2,3,24,24
import torch
import torch.nn as nn


class MultiLabelCNN(nn.Module):
    def __init__(self, n_labels=3):
        super().__init__()
        self.backbone = nn.Sequential(
            nn.Conv2d(3, 16, 3, stride=2, padding=1), nn.ReLU(),
            nn.Conv2d(16, 32, 3, stride=2, padding=1), nn.ReLU(),
            nn.AdaptiveAvgPool2d(1),
        )
        self.heads = nn.ModuleList([nn.Linear(32, 1) for _ in range(n_labels)])

    def forward(self, x):
        x = self.backbone(x).flatten(1)
        out = torch.stack([torch.sigmoid(head(x)) for head in self.heads], dim=1)
        return out.squeeze(-1)


model = MultiLabelCNN()

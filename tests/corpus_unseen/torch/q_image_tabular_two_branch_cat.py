"""LLM-generated style ("multimodal model: skin-lesion image plus patient metadata"): a CNN branch ending in
`torch.flatten(x, start_dim=1)` after `nn.AdaptiveAvgPool2d(1)`, an MLP branch for the metadata, and
`torch.cat([img_feat, meta_feat], dim=1)` into a classifier; forward(self, image, meta)."""
# pivot-corpus: name=MultimodalNet input_shape=2,3,32,32;2,6
import torch
import torch.nn as nn


class MultimodalNet(nn.Module):
    def __init__(self, n_meta: int = 6, n_classes: int = 2):
        super().__init__()
        self.cnn = nn.Sequential(
            nn.Conv2d(3, 16, 3, padding=1), nn.BatchNorm2d(16), nn.ReLU(), nn.MaxPool2d(2),
            nn.Conv2d(16, 32, 3, padding=1), nn.BatchNorm2d(32), nn.ReLU(),
            nn.AdaptiveAvgPool2d(1),
        )
        self.meta = nn.Sequential(nn.Linear(n_meta, 16), nn.ReLU())
        self.classifier = nn.Linear(32 + 16, n_classes)

    def forward(self, image, meta):
        img_feat = torch.flatten(self.cnn(image), start_dim=1)
        meta_feat = self.meta(meta)
        return self.classifier(torch.cat([img_feat, meta_feat], dim=1))


model = MultimodalNet()

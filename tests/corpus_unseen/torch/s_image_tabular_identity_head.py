"""Kaggle multimodal style (melanoma: image + patient metadata): a CNN backbone whose classifier is replaced by
`self.backbone.fc = nn.Identity()`, `forward(self, image, tabular)`, `torch.cat((img_features, tab_features), dim=1)`
and `torch.sigmoid(self.out(x)).squeeze(1)`."""
# pivot-corpus: name=ImageTabularNet input_shape=2,3,16,16;2,5
import torch
import torch.nn as nn


class SmallBackbone(nn.Module):
    def __init__(self, num_classes=1000):
        super().__init__()
        self.features = nn.Sequential(
            nn.Conv2d(3, 8, 3, padding=1), nn.BatchNorm2d(8), nn.ReLU(),
            nn.MaxPool2d(2),
            nn.Conv2d(8, 16, 3, padding=1), nn.BatchNorm2d(16), nn.ReLU(),
        )
        self.avgpool = nn.AdaptiveAvgPool2d((1, 1))
        self.fc = nn.Linear(16, num_classes)

    def forward(self, x):
        x = self.features(x)
        x = self.avgpool(x)
        x = torch.flatten(x, 1)
        return self.fc(x)


class ImageTabularNet(nn.Module):
    def __init__(self, n_tabular=5):
        super().__init__()
        self.backbone = SmallBackbone()
        self.backbone.fc = nn.Identity()
        self.tabular = nn.Sequential(nn.Linear(n_tabular, 8), nn.BatchNorm1d(8), nn.ReLU(), nn.Dropout(0.2))
        self.out = nn.Linear(16 + 8, 1)

    def forward(self, image, tabular):
        img_features = self.backbone(image)
        tab_features = self.tabular(tabular)
        x = torch.cat((img_features, tab_features), dim=1)
        return torch.sigmoid(self.out(x)).squeeze(1)


model = ImageTabularNet()

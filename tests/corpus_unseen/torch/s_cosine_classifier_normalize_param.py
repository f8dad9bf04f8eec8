"""Few-shot / face-recognition style cosine classifier: a CNN embedding, a weight `nn.Parameter(torch.FloatTensor(
n_classes, d))` with `nn.init.xavier_uniform_`, `F.linear(F.normalize(x), F.normalize(self.weight)) * self.scale`."""
# pivot-corpus: name=CosineNet input_shape=2,3,12,12
import torch
import torch.nn as nn
import torch.nn.functional as F


class CosineClassifier(nn.Module):
    def __init__(self, in_features, out_features, scale=16.0):
        super().__init__()
        self.scale = scale
        self.weight = nn.Parameter(torch.FloatTensor(out_features, in_features))
        nn.init.xavier_uniform_(self.weight)

    def forward(self, x):
        cosine = F.linear(F.normalize(x), F.normalize(self.weight))
        return cosine * self.scale


class CosineNet(nn.Module):
    def __init__(self, n_classes=5):
        super().__init__()
        self.features = nn.Sequential(
            nn.Conv2d(3, 8, 3, padding=1), nn.BatchNorm2d(8), nn.ReLU(), nn.MaxPool2d(2),
            nn.Conv2d(8, 16, 3, padding=1), nn.BatchNorm2d(16), nn.ReLU(), nn.AdaptiveAvgPool2d(1),
        )
        self.classifier = CosineClassifier(16, n_classes)

    def forward(self, x):
        x = torch.flatten(self.features(x), 1)
        return self.classifier(x)


model = CosineNet()

"""LLM-generated style facial-expression CNN returning probabilities: `nn.Softmax(dim=1)` last in the
classifier Sequential, AdaptiveAvgPool2d((3, 3)) before `nn.Flatten()`, PReLU activations."""
# pivot-corpus: name=EmotionCNN input_shape=2,1,48,48
import torch.nn as nn


class EmotionCNN(nn.Module):
    def __init__(self, num_classes=7):
        super().__init__()
        self.conv = nn.Sequential(
            nn.Conv2d(1, 32, 3, padding=1), nn.PReLU(), nn.MaxPool2d(2),
            nn.Conv2d(32, 64, 3, padding=1), nn.PReLU(), nn.MaxPool2d(2),
            nn.Conv2d(64, 64, 3, padding=1), nn.PReLU(),
            nn.AdaptiveAvgPool2d((3, 3)),
        )
        self.classifier = nn.Sequential(
            nn.Flatten(),
            nn.Linear(64 * 3 * 3, 128),
            nn.PReLU(),
            nn.Dropout(0.4),
            nn.Linear(128, num_classes),
            nn.Softmax(dim=1),
        )

    def forward(self, x):
        return self.classifier(self.conv(x))


model = EmotionCNN()

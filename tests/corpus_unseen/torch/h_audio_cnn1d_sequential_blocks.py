"""LLM-generated style raw-audio 1-D CNN: a helper `conv_block(in_c, out_c, k)` returning nn.Sequential,
the feature extractor built as `nn.Sequential(*[...])`, `nn.AdaptiveMaxPool1d(1)`, `torch.flatten(x, 1)`."""
# pivot-corpus: name=AudioCNN input_shape=2,1,800
import torch
import torch.nn as nn


def conv_block(in_c, out_c, k):
    return nn.Sequential(
        nn.Conv1d(in_c, out_c, kernel_size=k, stride=1, padding=k // 2, bias=False),
        nn.BatchNorm1d(out_c),
        nn.ReLU(),
        nn.MaxPool1d(4),
    )


class AudioCNN(nn.Module):
    def __init__(self, n_classes=10, channels=(1, 16, 32, 64)):
        super().__init__()
        self.features = nn.Sequential(*[conv_block(channels[i], channels[i + 1], 9) for i in range(len(channels) - 1)])
        self.pool = nn.AdaptiveMaxPool1d(1)
        self.classifier = nn.Sequential(nn.Dropout(0.25), nn.Linear(channels[-1], n_classes))

    def forward(self, x):
        x = self.features(x)
        x = self.pool(x)
        x = torch.flatten(x, 1)
        return self.classifier(x)


model = AudioCNN()

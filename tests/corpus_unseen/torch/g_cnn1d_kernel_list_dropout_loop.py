"""LLM-generated style 1-D CNN for audio features (batch, n_mfcc, frames): `kernel_sizes=[7, 5, 3]`,
`channels=[32, 64, 128]`, `pool_sizes` list, layers appended with `self.layers.append(nn.Sequential(...))`
using `padding='same'`, global pooling by `torch.mean(x, dim=2)`."""
# pivot-corpus: name=AudioCNN input_shape=2,13,100
import torch
import torch.nn as nn


class AudioCNN(nn.Module):
    def __init__(self, n_mfcc=13, channels=[32, 64, 128], kernel_sizes=[7, 5, 3], pool_sizes=[2, 2, 2],
                 num_classes=8, dropout=0.2):
        super().__init__()
        self.layers = nn.ModuleList()
        in_ch = n_mfcc
        for out_ch, k, p in zip(channels, kernel_sizes, pool_sizes):
            self.layers.append(nn.Sequential(
                nn.Conv1d(in_ch, out_ch, kernel_size=k, padding='same'),
                nn.BatchNorm1d(out_ch),
                nn.ReLU(),
                nn.MaxPool1d(p),
                nn.Dropout(dropout),
            ))
            in_ch = out_ch
        self.classifier = nn.Linear(in_ch, num_classes)

    def forward(self, x):
        for layer in self.layers:
            x = layer(x)
        x = torch.mean(x, dim=2)
        return self.classifier(x)


model = AudioCNN()

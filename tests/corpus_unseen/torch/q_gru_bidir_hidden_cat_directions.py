"""LLM-generated style ("bidirectional GRU for speech emotion recognition on MFCC frames"): two GRU layers,
`hidden = torch.cat((hidden[-2, :, :], hidden[-1, :, :]), dim=1)` of the last layer's two directions,
BatchNorm1d on the feature and a Linear."""
# pivot-corpus: name=EmotionBiGRU input_shape=2,50,13
import torch
import torch.nn as nn


class EmotionBiGRU(nn.Module):
    def __init__(self, n_mfcc=13, hidden=32, num_layers=2, n_emotions=6):
        super().__init__()
        self.gru = nn.GRU(n_mfcc, hidden, num_layers=num_layers, batch_first=True, bidirectional=True)
        self.bn = nn.BatchNorm1d(hidden * 2)
        self.fc = nn.Linear(hidden * 2, n_emotions)

    def forward(self, x):
        _, hidden = self.gru(x)
        hidden = torch.cat((hidden[-2, :, :], hidden[-1, :, :]), dim=1)
        return self.fc(self.bn(hidden))


model = EmotionBiGRU()

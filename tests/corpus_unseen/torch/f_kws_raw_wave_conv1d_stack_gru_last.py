"""LLM-generated style (prompt: "keyword spotting model in PyTorch on raw 1-second audio at 8 kHz, input (N, 1,
L)"): two strided Conv1d blocks as a learned front end, `x.transpose(1, 2)` to (N, T, C), a 2-layer GRU and the
last step `out[:, -1, :]` to the keyword logits."""
# pivot-corpus: name=KWSConvGRU input_shape=2,1,8000
import torch.nn as nn


class KWSConvGRU(nn.Module):
    def __init__(self, n_keywords=12, hidden=64):
        super().__init__()
        self.frontend = nn.Sequential(
            nn.Conv1d(1, 32, kernel_size=80, stride=16),
            nn.BatchNorm1d(32),
            nn.ReLU(inplace=True),
            nn.MaxPool1d(4),
            nn.Conv1d(32, 64, kernel_size=3, padding=1),
            nn.BatchNorm1d(64),
            nn.ReLU(inplace=True),
            nn.MaxPool1d(2),
        )
        self.gru = nn.GRU(64, hidden, num_layers=2, batch_first=True, dropout=0.1)
        self.classifier = nn.Linear(hidden, n_keywords)

    def forward(self, x):
        x = self.frontend(x)
        x = x.transpose(1, 2)
        out, _ = self.gru(x)
        return self.classifier(out[:, -1, :])

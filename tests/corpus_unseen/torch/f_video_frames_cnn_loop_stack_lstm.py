"""LLM-generated style (prompt: "CNN-LSTM for video action recognition, input clips (N, T, C, H, W)"): a small
frame CNN applied in a Python loop `for t in range(x.size(1)): feats.append(self.cnn(x[:, t]))`, `torch.stack(feats,
dim=1)` into an LSTM, and the final hidden state `h_n[-1]` to the classes."""
# pivot-corpus: name=CNNLSTM input_shape=2,6,3,32,32
import torch
import torch.nn as nn


class CNNLSTM(nn.Module):
    def __init__(self, num_classes=5, hidden_size=64):
        super(CNNLSTM, self).__init__()
        self.cnn = nn.Sequential(
            nn.Conv2d(3, 16, kernel_size=3, padding=1),
            nn.ReLU(),
            nn.MaxPool2d(2),
            nn.Conv2d(16, 32, kernel_size=3, padding=1),
            nn.ReLU(),
            nn.AdaptiveAvgPool2d((1, 1)),
            nn.Flatten(),
        )
        self.lstm = nn.LSTM(32, hidden_size, batch_first=True)
        self.fc = nn.Linear(hidden_size, num_classes)

    def forward(self, x):
        feats = []
        for t in range(x.size(1)):
            feats.append(self.cnn(x[:, t]))
        seq = torch.stack(feats, dim=1)
        _, (h_n, _) = self.lstm(seq)
        return self.fc(h_n[-1])

"""LLM-generated style (research-dataset prompt: "Write a PyTorch model class for human activity recognition with a
CNN-LSTM; input shape (N, T, F)"): Conv1d over the features (`x.permute(0, 2, 1)` in, `.permute(0, 2, 1)` out),
BatchNorm1d, max pooling, then an LSTM and the last step."""
# pivot-corpus: name=CNNLSTM input_shape=4,32,9
import torch.nn as nn


class CNNLSTM(nn.Module):
    def __init__(self, n_features=9, n_filters=16, hidden_size=32, n_classes=6):
        super().__init__()
        self.conv1 = nn.Conv1d(n_features, n_filters, kernel_size=3, padding=1)
        self.bn1 = nn.BatchNorm1d(n_filters)
        self.relu = nn.ReLU()
        self.pool = nn.MaxPool1d(2)
        self.lstm = nn.LSTM(n_filters, hidden_size, batch_first=True)
        self.fc = nn.Linear(hidden_size, n_classes)

    def forward(self, x):
        x = x.permute(0, 2, 1)          # (N, F, T)
        x = self.pool(self.relu(self.bn1(self.conv1(x))))
        x = x.permute(0, 2, 1)          # (N, T/2, C)
        out, _ = self.lstm(x)
        return self.fc(out[:, -1, :])

"""LLM-generated style (research-dataset prompt: "Write a PyTorch model class for network-intrusion detection with
an LSTM followed by a CNN; input shape (N, T, F)"): LSTM outputs transposed to channels-first for two Conv1d layers,
then `F.adaptive_max_pool1d(x, 1).squeeze(-1)`."""
# pivot-corpus: name=LSTMCNN input_shape=4,20,7
import torch.nn as nn
import torch.nn.functional as F


class LSTMCNN(nn.Module):
    def __init__(self, input_size=7, hidden_size=32, n_classes=2):
        super().__init__()
        self.lstm = nn.LSTM(input_size, hidden_size, batch_first=True)
        self.conv1 = nn.Conv1d(hidden_size, 32, kernel_size=3, padding=1)
        self.conv2 = nn.Conv1d(32, 16, kernel_size=3, padding=1)
        self.fc = nn.Linear(16, n_classes)

    def forward(self, x):
        out, _ = self.lstm(x)
        out = out.transpose(1, 2)
        out = F.relu(self.conv1(out))
        out = F.relu(self.conv2(out))
        out = F.adaptive_max_pool1d(out, 1).squeeze(-1)
        return self.fc(out)

"""LLM-generated style human-activity-recognition CNN-LSTM: (N, T, C) input, `x.transpose(1, 2)` into
two Conv1d layers, back with `x.transpose(1, 2)` into an LSTM, last time step, Linear; `F.relu`."""
# pivot-corpus: name=CNNLSTM_HAR input_shape=2,128,9
import torch.nn as nn
import torch.nn.functional as F


class CNNLSTM_HAR(nn.Module):
    def __init__(self, n_channels=9, n_classes=6, conv_filters=64, lstm_hidden=64):
        super(CNNLSTM_HAR, self).__init__()
        self.conv1 = nn.Conv1d(n_channels, conv_filters, kernel_size=5)
        self.conv2 = nn.Conv1d(conv_filters, conv_filters, kernel_size=5)
        self.dropout = nn.Dropout(0.5)
        self.lstm = nn.LSTM(conv_filters, lstm_hidden, num_layers=1, batch_first=True)
        self.fc = nn.Linear(lstm_hidden, n_classes)

    def forward(self, x):
        x = x.transpose(1, 2)
        x = F.relu(self.conv1(x))
        x = F.relu(self.conv2(x))
        x = self.dropout(x)
        x = x.transpose(1, 2)
        x, (h, c) = self.lstm(x)
        x = x[:, -1, :]
        return self.fc(x)


model = CNNLSTM_HAR()

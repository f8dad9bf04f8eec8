"""Imitates the PyTorch DeepConvLSTM for human activity recognition (Ordonez & Roggen 2016; the widely copied
port in dspanah/Sensor-Based-Human-Activity-Recognition-DeepConvLSTM-Pytorch and its forks): four Conv2d with
`(filter_size, 1)` kernels over `x.view(-1, 1, SLIDING_WINDOW_LENGTH, NB_SENSOR_CHANNELS)`, then
`x.permute(0, 2, 1, 3)` and `x.contiguous().view(...)` into a batch-first LSTM, `F.dropout`, the last time step.
Window and channels reduced."""
# pivot-corpus: name=DeepConvLSTM input_shape=2,24,6
import torch
import torch.nn as nn
import torch.nn.functional as F

NB_SENSOR_CHANNELS = 6
SLIDING_WINDOW_LENGTH = 24


class DeepConvLSTM(nn.Module):
    def __init__(self, n_hidden=32, n_layers=1, n_filters=16,
                 n_classes=6, filter_size=5, drop_prob=0.5):
        super(DeepConvLSTM, self).__init__()
        self.drop_prob = drop_prob
        self.n_layers = n_layers
        self.n_hidden = n_hidden
        self.n_filters = n_filters
        self.n_classes = n_classes
        self.filter_size = filter_size

        self.conv1 = nn.Conv2d(1, n_filters, (filter_size, 1))
        self.conv2 = nn.Conv2d(n_filters, n_filters, (filter_size, 1))
        self.conv3 = nn.Conv2d(n_filters, n_filters, (filter_size, 1))
        self.conv4 = nn.Conv2d(n_filters, n_filters, (filter_size, 1))

        self.lstm1 = nn.LSTM(n_filters * NB_SENSOR_CHANNELS, n_hidden, n_layers, batch_first=True)

        self.fc = nn.Linear(n_hidden, n_classes)

    def forward(self, x):
        x = x.view(-1, 1, SLIDING_WINDOW_LENGTH, NB_SENSOR_CHANNELS)
        x = F.relu(self.conv1(x))
        x = F.relu(self.conv2(x))
        x = F.relu(self.conv3(x))
        x = F.relu(self.conv4(x))

        x = x.permute(0, 2, 1, 3)
        x = x.contiguous().view(x.size(0), x.size(1), -1)
        x = F.dropout(x, p=self.drop_prob, training=self.training)

        x, _ = self.lstm1(x)
        x = x[:, -1, :]

        out = self.fc(x)
        return out

"""Unseen round 4 (LLM style): `out, (hn, cn) = self.lstm(x)` then `hn = hn.squeeze(0)`: the nested pair of states
was never bound, so `hn.squeeze(0)` was copied into Keras as a tensor method (exit 0, then an AttributeError). The
pair is unpacked in turn: `keras.ops.squeeze(hn, axis=0)`."""
# pivot-corpus: name=LastHiddenLSTM input_shape=2,12,8
import torch
import torch.nn as nn


class LastHiddenLSTM(nn.Module):
    def __init__(self, input_size=8, hidden_size=16, num_classes=3):
        super().__init__()
        self.lstm = nn.LSTM(input_size, hidden_size, batch_first=True)
        self.fc = nn.Linear(hidden_size, num_classes)

    def forward(self, x):
        out, (hn, cn) = self.lstm(x)
        hn = hn.squeeze(0)
        return self.fc(hn) + cn.squeeze(0).sum(dim=1, keepdim=True)


model = LastHiddenLSTM()

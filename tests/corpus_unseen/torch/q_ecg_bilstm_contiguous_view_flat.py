"""LLM-generated style ("bidirectional LSTM for ECG signal classification"): the whole output sequence
flattened with `out.contiguous().view(out.size(0), -1)` into a Linear sized `seq_len * hidden * 2`."""
# pivot-corpus: name=ECGBiLSTM input_shape=2,20,1
import torch
import torch.nn as nn


class ECGBiLSTM(nn.Module):
    def __init__(self, seq_len=20, input_size=1, hidden_size=16, num_classes=3):
        super().__init__()
        self.lstm = nn.LSTM(input_size, hidden_size, batch_first=True, bidirectional=True)
        self.fc = nn.Linear(seq_len * hidden_size * 2, num_classes)

    def forward(self, x):
        out, _ = self.lstm(x)
        out = out.contiguous().view(out.size(0), -1)
        return self.fc(out)


model = ECGBiLSTM()

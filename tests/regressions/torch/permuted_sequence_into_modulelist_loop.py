"""ut15 (b_ round, b_sensor_cnn1d_fadaptive_max_squeeze): a (N, T, C) sensor window turned with `x.permute(0, 2, 1)`
and read first inside `for conv, norm in zip(self.convs, self.norms):` over ModuleLists of Conv1d grown in a loop:
the loop's marker was taken for the permute's reader, so the input was not known to be a sequence made
channels-first: `pivot migrate` (no shape) kept the transpose in Keras while the interface moved the input's axes,
exit 0 and then an empty tensor in Keras (the length pooled from 6, not 200). The reader is the loop body's conv."""
# pivot-corpus: name=Net input_shape=2,40,6
import torch.nn as nn
import torch.nn.functional as F


class Net(nn.Module):
    def __init__(self, in_ch=6, hidden=(8, 16), out_dim=1):
        super().__init__()
        channels = [in_ch] + list(hidden)
        self.convs = nn.ModuleList()
        self.norms = nn.ModuleList()
        for i in range(len(channels) - 1):
            self.convs.append(nn.Conv1d(channels[i], channels[i + 1], kernel_size=3, padding=1))
            self.norms.append(nn.BatchNorm1d(channels[i + 1]))
        self.fc = nn.Linear(channels[-1], out_dim)

    def forward(self, x):
        x = x.permute(0, 2, 1)
        for conv, norm in zip(self.convs, self.norms):
            x = F.max_pool1d(F.relu(norm(conv(x))), kernel_size=2)
        return self.fc(F.adaptive_max_pool1d(x, 1).squeeze(-1))

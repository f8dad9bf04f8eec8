"""The batch size `x.size(0)` in the sizes of a reshape, of a new tensor and of a flatten (issue 10, the way back):
the migration to Keras writes it `keras.ops.shape(x)[0]`, which came back into `torch.reshape(h, (keras.ops.shape(x)[0],
6, 4))` unread (PIV102 on the way back); it is read back as `x.size(0)`, the batch in either layout."""
# pivot-corpus: name=BatchSizes input_shape=3,12
import torch
import torch.nn as nn


class BatchSizes(nn.Module):
    def __init__(self):
        super().__init__()
        self.fc = nn.Linear(12, 24)
        self.gru = nn.GRU(4, 8, batch_first=True)
        self.out = nn.Linear(8 + 24, 5)

    def forward(self, x):
        h = self.fc(x)
        s = h.view(x.size(0), 6, 4)
        h0 = torch.zeros(1, x.size(0), 8)
        y, _ = self.gru(s, h0)
        z = torch.reshape(h, (h.size(0), -1))
        return self.out(torch.cat([y[:, -1], z], dim=1))


model = BatchSizes()

"""wg2: indexing with an ellipsis (`y[..., -1]`, `y[..., 0, :]`, `y[:, 1:3, ...]`) of an image-like tensor of known
rank: the ellipsis stands for the whole axes between, so the items move with the layout as written-out ones do
(was PIV105: indexes an image-like tensor); the last step of a sequence (`out[..., -1, :]`) is the same in both."""
# pivot-corpus: name=Net input_shape=2,3,8,6
import torch
import torch.nn as nn


class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.conv = nn.Conv2d(3, 4, 3, padding=1)
        self.rnn = nn.GRU(4, 5, batch_first=True)

    def forward(self, x):
        y = self.conv(x)
        last_col = y[..., -1]  # (N, 4, 8): a 1-D image
        first_row = y[..., 0, :]  # (N, 4, 6)
        part = y[:, 1:3, ...]  # (N, 2, 8, 6)
        seq = last_col.transpose(1, 2)  # (N, 8, 4)
        out, _ = self.rnn(seq)
        return out[..., -1, :] + first_row.mean(dim=(1, 2)).unsqueeze(1) + part.sum(dim=(1, 2, 3)).unsqueeze(1)

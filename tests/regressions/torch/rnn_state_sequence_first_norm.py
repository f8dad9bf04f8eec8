"""batch_first=False on the model input: PyTorch RNNs also take unbatched (L, H_in) input, so h_n[0] may be (H,) or
(N, H); the nn.BatchNorm1d reading it stays PIV105 (its rank is truly unknown)."""
# pivot-corpus: name=SeqFirst input_shape=10,2,5
import torch
import torch.nn as nn


class SeqFirst(nn.Module):
    def __init__(self):
        super().__init__()
        self.rnn = nn.RNN(5, 12)
        self.norm = nn.BatchNorm1d(12)

    def forward(self, x):
        _, h_n = self.rnn(x)
        return self.norm(h_n[0])

"""Session 10 (census): a dense layer's sequence transposed into a 1-D pool (`F.avg_pool1d(x.transpose(1, 2), 5)`):
the sized analysis took the model's input for a channels-first image (the model has a pool), so verify gave Keras
the input transposed (a WeightError on the Linear; exit 0). An input first read by a dense layer is features-last
in both analyses (shapes._reads_sequence), and the transpose into the pool is the layout change."""
# pivot-corpus: name=SeqPool input_shape=2,5,8
import torch.nn as nn
import torch.nn.functional as F


class SeqPool(nn.Module):
    def __init__(self):
        super().__init__()
        self.proj = nn.Linear(8, 8)

    def forward(self, x):
        x = self.proj(x)
        return F.avg_pool1d(x.transpose(1, 2), 5).squeeze(-1)

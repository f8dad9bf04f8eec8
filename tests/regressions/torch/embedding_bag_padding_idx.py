"""gp3: nn.EmbeddingBag(..., padding_idx=0): PyTorch leaves index 0 out of each bag's mean (the count too), which
Pivot's Keras `TorchEmbeddingBag` does not compute: a named error (was exit 0 and wrong on the first version, whose
check read padding_idx=0 as not given)."""
# pivot-corpus: name=Net input_shape=2,7 input_dtype=int64
import torch.nn as nn


class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.bag = nn.EmbeddingBag(30, 6, padding_idx=0)
        self.fc = nn.Linear(6, 2)

    def forward(self, x):
        return self.fc(self.bag(x))

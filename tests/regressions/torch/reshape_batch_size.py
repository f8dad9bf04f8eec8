"""`self.fc(z).reshape(z.size(0), 3, 4)`: the batch size a reshape reads is `keras.ops.shape(z)[0]` in Keras (it
was kept as PyTorch's `z.size(0)`: exit 0, an AttributeError when the model ran)."""
# pivot-corpus: name=ReshapeBatchSize input_shape=2,8
import torch.nn as nn


class ReshapeBatchSize(nn.Module):
    def __init__(self):
        super().__init__()
        self.fc = nn.Linear(8, 12)

    def forward(self, z):
        x = self.fc(z).reshape(z.size(0), 3, 4)
        y = z.view(z.size(0), 2, 4)
        return x.sum(dim=2) + y.sum(dim=(1, 2))[:, None]


model = ReshapeBatchSize()

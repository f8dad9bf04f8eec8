"""`z.view(z.size(0), 2, z.size(1) // 2)`: the sizes a reshape reads were kept as PyTorch's `.size(i)` calls in
Keras (exit 0, an AttributeError when the model ran). The batch size is `keras.ops.shape(z)[0]` in either layout;
another axis's size was a named error, and is `keras.ops.shape(z)[1]` since ur1 where `z` is no image (its axes do
not move; of an image it stays a named error: test_sizes_a_reshape_reads_of_its_own_receiver)."""
# pivot-corpus: name=ReshapeReadsSize input_shape=2,8
import torch.nn as nn


class ReshapeReadsSize(nn.Module):
    def __init__(self):
        super().__init__()
        self.fc = nn.Linear(8, 12)

    def forward(self, z):
        x = self.fc(z).reshape(z.size(0), 3, 4)
        y = z.view(z.size(0), 2, z.size(1) // 2)
        return x.sum(dim=2) + y.sum(dim=(1, 2))[:, None]


model = ReshapeReadsSize()

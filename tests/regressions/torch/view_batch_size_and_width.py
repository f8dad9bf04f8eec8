"""bench/variants.py (views_of_batch): `x.view(x.size(0), 8 * 4 * 4)` of a pooled image was PIV105 ("reshapes an
image-like tensor") while `x.view(-1, 8 * 4 * 4)` and `x.view(x.size(0), -1)` verified; PyTorch allows a reshape to
(the tensor's own batch size, n) only where n is the product of the other sizes, so it is the same flatten (12 of
the unseen corpus's models spelled this way were named errors)."""
# pivot-corpus: name=Net input_shape=2,3,8,8
import torch.nn as nn
import torch.nn.functional as F


class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.conv = nn.Conv2d(3, 8, 3, padding=1)
        self.fc = nn.Linear(8 * 4 * 4, 10)

    def forward(self, x):
        x = F.max_pool2d(F.relu(self.conv(x)), 2)
        x = x.view(x.shape[0], 8 * 4 * 4)
        return self.fc(x)

"""`F.interpolate` to a size read from the input before the call (torchvision's segmentation heads:
`input_shape = x.shape[-2:]`; `_, _, h, w = x.size()` then `size=(h, w)`): spatial sizes in both frameworks, read
with Keras's axes where Pivot writes the statement that reads them. It was a PIV105 ("only a literal size")."""
# pivot-corpus: name=SizedHead input_shape=2,3,12,10
import torch.nn as nn
import torch.nn.functional as F


class SizedHead(nn.Module):
    def __init__(self):
        super(SizedHead, self).__init__()
        self.down = nn.Conv2d(3, 6, 3, stride=2, padding=1)
        self.head = nn.Conv2d(6, 4, 1)

    def forward(self, x):
        input_shape = x.shape[-2:]
        _, _, h, w = x.size()
        y = self.head(F.relu(self.down(x)))
        a = F.interpolate(y, size=input_shape, mode='bilinear', align_corners=False)
        b = F.interpolate(y, size=(h, w), mode='nearest')
        return a + b

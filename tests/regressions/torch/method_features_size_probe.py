"""Issue 13 (ut13's probes of LLM-written CNNs): the classic `_get_conv_output(shape)` size probe, which runs
`self._forward_features(torch.rand(1, *shape))` in the constructor to size the Linear, while forward calls
`_forward_features` once and flattens its result with `x.view(x.size(0), -1)`. The method, called once by forward
(the probe's call aside), is followed at its call: the flatten knows it flattens an image (was PIV105)."""
# pivot-corpus: name=Net input_shape=2,3,20,20 input_dtype=float32
import torch
import torch.nn as nn
import torch.nn.functional as F

class Net(nn.Module):
    def __init__(self, input_shape=(3, 20, 20), num_classes=4):
        super().__init__()
        self.conv1 = nn.Conv2d(3, 8, 3)
        self.conv2 = nn.Conv2d(8, 8, 3)
        n_size = self._get_conv_output(input_shape)
        self.fc = nn.Linear(n_size, num_classes)

    def _get_conv_output(self, shape):
        bs = 1
        inp = torch.rand(bs, *shape)
        output_feat = self._forward_features(inp)
        n_size = output_feat.data.view(bs, -1).size(1)
        return n_size

    def _forward_features(self, x):
        x = F.max_pool2d(F.relu(self.conv1(x)), 2)
        x = F.relu(self.conv2(x))
        return x

    def forward(self, x):
        x = self._forward_features(x)
        x = x.view(x.size(0), -1)
        return self.fc(x)

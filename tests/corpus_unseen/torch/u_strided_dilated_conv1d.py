"""1-D CNN whose first conv is both strided and dilated (`stride=2, dilation=2`), which Keras's Conv1D
rejects; then global average pooling `x.mean(-1)` with a positional dim."""
# pivot-corpus: name=StridedDilated input_shape=2,3,64
import torch.nn as nn


class StridedDilated(nn.Module):
    def __init__(self, c_in=3, n_classes=2):
        super().__init__()
        self.conv1 = nn.Conv1d(c_in, 16, kernel_size=3, stride=2, dilation=2)
        self.conv2 = nn.Conv1d(16, 16, kernel_size=3)
        self.relu = nn.ReLU()
        self.fc = nn.Linear(16, n_classes)

    def forward(self, x):
        x = self.relu(self.conv1(x))
        x = self.relu(self.conv2(x))
        x = x.mean(-1)
        return self.fc(x)


model = StridedDilated()

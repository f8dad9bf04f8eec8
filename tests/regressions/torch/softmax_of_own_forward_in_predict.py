"""ut15 (b_ round, b_cnn2d_kaiming_init_method_no_grad_predict): a CNN's `@torch.no_grad()` `predict_proba` method
returning `F.softmax(self.forward(x), dim=1)`: was PIV105 without an input shape ("the rank and layout of its input
are not known statically"); the model's own forward called in a method returns the model's output, (N, classes)
features here, so `dim=1` is Keras's last axis."""
# pivot-corpus: name=Net input_shape=2,1,12,12
import torch
import torch.nn as nn
import torch.nn.functional as F


class Net(nn.Module):
    def __init__(self, num_classes=4):
        super().__init__()
        self.conv = nn.Conv2d(1, 6, 3, padding=1)
        self.pool = nn.MaxPool2d(2)
        self.fc = nn.Linear(6 * 6 * 6, num_classes)

    def forward(self, x):
        x = self.pool(F.relu(self.conv(x)))
        return self.fc(torch.flatten(x, 1))

    @torch.no_grad()
    def predict_proba(self, x):
        self.eval()
        return F.softmax(self.forward(x), dim=1)

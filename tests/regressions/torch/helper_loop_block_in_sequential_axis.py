"""Session 10 (issue 13): a helper building its layers in a loop (not read in place) first in an nn.Sequential
with a dropout after it: the model's input was not known to be an image and `torch.amax(x, dim=2)` was written
`axis=2` (Keras's channels: exit 0, not equivalent). A Sequential starting with a block of the file that takes
images takes its images (shapes._first_model), so the axis is remapped."""
# pivot-corpus: name=Net input_shape=2,4,20
import torch
import torch.nn as nn


def conv_stack(in_c, widths, act=nn.ReLU):
    layers = []
    for w in widths:
        layers += [nn.Conv1d(in_c, w, 3, padding=1), nn.BatchNorm1d(w), act()]
        in_c = w
    return nn.Sequential(*layers)


class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.body = nn.Sequential(conv_stack(4, [8, 16]), nn.Dropout(0.1))
        self.fc = nn.Linear(16, 3)

    def forward(self, x):
        x = self.body(x)
        x = torch.amax(x, dim=2)
        return self.fc(x)

"""As method_block_then_flatten, with an `nn.Flatten()` module (`x = self.flatten(x)`) after the method (`x =
self.features(x)`, which Pivot does not follow): migrated without the input's shape, it was written as Keras's
channels-last Flatten while the Linear's weights were copied as they are (exit 0, outputs 0.116 off on the header's
input; the first-input guess had also taken that flatten for the model's first layer, a method of the class being a
layer node too). That was then a PIV105 error; since ut13 the method, called once by forward, is followed at its call
(its result is the image its conv stack returns), and the model verifies."""
# pivot-corpus: name=MethodFeaturesModule input_shape=2,1,16,32,32
import torch
import torch.nn as nn
import torch.nn.functional as F


class MethodFeaturesModule(nn.Module):
    def __init__(self, num_classes=2):
        super().__init__()
        self.conv1 = nn.Conv3d(1, 8, 3, padding=1)
        self.conv2 = nn.Conv3d(8, 16, 3, padding=1)
        self.flatten = nn.Flatten()
        self.fc1 = nn.Linear(16 * 4 * 8 * 8, 32)
        self.fc2 = nn.Linear(32, num_classes)

    def features(self, x):
        x = F.max_pool3d(F.relu(self.conv1(x)), 2)
        return F.max_pool3d(F.relu(self.conv2(x)), 2)

    def forward(self, x):
        x = self.features(x)
        x = self.flatten(x)
        return self.fc2(F.relu(self.fc1(x)))

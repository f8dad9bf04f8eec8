"""LLM-generated style (Llama, "Write a PyTorch model class for 3D MRI volume classification, input shape
(N, 1, 32, 32, 32)"): the 60-minute-blitz idiom carried to 3-D: `F.max_pool3d(F.relu(self.conv1(x)), 2)`,
`x.view(-1, self.num_flat_features(x))` with the `size = x.size()[1:]` loop, fc layers sized `64 * 6 * 6 * 6`."""
# pivot-corpus: name=MRINet input_shape=4,1,32,32,32
import torch
import torch.nn as nn
import torch.nn.functional as F


class MRINet(nn.Module):
    def __init__(self, num_classes=2):
        super(MRINet, self).__init__()
        self.conv1 = nn.Conv3d(1, 32, 3)
        self.conv2 = nn.Conv3d(32, 64, 3)
        self.fc1 = nn.Linear(64 * 6 * 6 * 6, 128)
        self.fc2 = nn.Linear(128, num_classes)

    def forward(self, x):
        x = F.max_pool3d(F.relu(self.conv1(x)), 2)   # 32 -> 30 -> 15
        x = F.max_pool3d(F.relu(self.conv2(x)), 2)   # 15 -> 13 -> 6
        x = x.view(-1, self.num_flat_features(x))
        x = F.relu(self.fc1(x))
        x = self.fc2(x)
        return x

    def num_flat_features(self, x):
        size = x.size()[1:]  # all dimensions except the batch dimension
        num_features = 1
        for s in size:
            num_features *= s
        return num_features


if __name__ == "__main__":
    net = MRINet()
    print(net)
    print(net(torch.randn(1, 1, 32, 32, 32)).shape)

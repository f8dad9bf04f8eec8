"""LLM-generated style (Llama, "Write a PyTorch CNN for the GTSRB traffic-sign dataset, input shape
(N, 3, 32, 32)"): `nn.ZeroPad2d(2)` before an unpadded 5x5 conv, ELU activations, pools as attributes reused twice,
`x.view(-1, self.num_flat_features(x))` with the blitz's `num_flat_features` loop and `F.log_softmax`."""
# pivot-corpus: name=TrafficSignNet input_shape=4,3,32,32
import torch
import torch.nn as nn
import torch.nn.functional as F


class TrafficSignNet(nn.Module):
    def __init__(self, n_classes=43):
        super(TrafficSignNet, self).__init__()
        self.pad = nn.ZeroPad2d(2)
        self.conv1 = nn.Conv2d(3, 32, 5)
        self.conv2 = nn.Conv2d(32, 64, 5)
        self.conv3 = nn.Conv2d(64, 128, 3)
        self.pool = nn.MaxPool2d(2, 2)
        self.elu = nn.ELU()
        self.fc1 = nn.Linear(128 * 5 * 5, 256)
        self.fc2 = nn.Linear(256, n_classes)
        self.drop = nn.Dropout(p=0.4)

    def forward(self, x):
        x = self.pool(self.elu(self.conv1(self.pad(x))))   # 32 -> 36 -> 32 -> 16
        x = self.pool(self.elu(self.conv2(self.pad(x))))   # 16 -> 20 -> 16 -> 8
        x = self.elu(self.conv3(self.pad(x)))              # 8 -> 12 -> 10
        x = F.max_pool2d(x, 2)                             # 10 -> 5
        x = x.view(-1, self.num_flat_features(x))
        x = self.drop(self.elu(self.fc1(x)))
        return F.log_softmax(self.fc2(x), dim=1)

    def num_flat_features(self, x):
        size = x.size()[1:]
        num_features = 1
        for s in size:
            num_features *= s
        return num_features


if __name__ == "__main__":
    net = TrafficSignNet()
    print(net(torch.randn(4, 3, 32, 32)).shape)

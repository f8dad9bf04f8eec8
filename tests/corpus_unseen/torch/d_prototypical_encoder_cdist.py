"""LLM-generated style (research-dataset prompt: "Write a PyTorch prototypical-network embedding for few-shot
classification; input (N, 1, 28, 28)"): four conv blocks (conv-BN-ReLU-maxpool) built by a function, flattened
with `x.view(x.size(0), -1)`."""
# pivot-corpus: name=ProtoNet input_shape=4,1,28,28
import torch.nn as nn


def conv_block(in_channels, out_channels):
    return nn.Sequential(
        nn.Conv2d(in_channels, out_channels, 3, padding=1),
        nn.BatchNorm2d(out_channels),
        nn.ReLU(),
        nn.MaxPool2d(2),
    )


class ProtoNet(nn.Module):
    def __init__(self, x_dim=1, hid_dim=16, z_dim=16):
        super(ProtoNet, self).__init__()
        self.encoder = nn.Sequential(
            conv_block(x_dim, hid_dim),
            conv_block(hid_dim, hid_dim),
            conv_block(hid_dim, hid_dim),
            conv_block(hid_dim, z_dim),
        )

    def forward(self, x):
        x = self.encoder(x)
        return x.view(x.size(0), -1)

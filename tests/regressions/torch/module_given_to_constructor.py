"""ut9 (s_triplet_embedding_net): a model with no image layers of its own whose forward first hands its input to a
module given to its constructor (`self.embedding_net = embedding_net`), in a file with image models: exit 0 before,
its input taken for a plain tensor (verify fed Keras convolutions channels-first images); now a named error."""
# pivot-corpus: name=PairNet input_shape=2,1,8,8;2,1,8,8
import torch
import torch.nn as nn


class Encoder(nn.Module):
    def __init__(self):
        super().__init__()
        self.conv = nn.Conv2d(1, 4, 3)
        self.fc = nn.Linear(4 * 6 * 6, 3)

    def forward(self, x):
        x = torch.relu(self.conv(x))
        return self.fc(x.view(x.size(0), -1))


class PairNet(nn.Module):
    def __init__(self, encoder):
        super().__init__()
        self.encoder = encoder

    def forward(self, a, b):
        return self.encoder(a) - self.encoder(b)


model = PairNet(Encoder())

"""LLM-generated style Siamese network: forward(self, x1, x2) with a shared forward_once() encoder,
torch.abs(out1 - out2) as the pair feature, sigmoid similarity."""
# pivot-corpus: name=SiameseNetwork input_shape=2,20;2,20
import torch
import torch.nn as nn


class SiameseNetwork(nn.Module):
    def __init__(self, input_dim=20, embedding_dim=8):
        super(SiameseNetwork, self).__init__()
        self.encoder = nn.Sequential(
            nn.Linear(input_dim, 32),
            nn.ReLU(),
            nn.Linear(32, embedding_dim),
        )
        self.classifier = nn.Linear(embedding_dim, 1)

    def forward_once(self, x):
        return self.encoder(x)

    def forward(self, x1, x2):
        out1 = self.forward_once(x1)
        out2 = self.forward_once(x2)
        diff = torch.abs(out1 - out2)
        return torch.sigmoid(self.classifier(diff))


model = SiameseNetwork()

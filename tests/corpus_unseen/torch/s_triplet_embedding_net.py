"""adambielski/siamese-triplet style: an `EmbeddingNet` (convnet + fc, `output.view(output.size()[0], -1)`), a
`TripletNet(embedding_net)` taking the shared encoder as a constructor argument, `forward(self, x1, x2, x3)`
returning the three embeddings, and `get_embedding`."""
# pivot-corpus: name=TripletNet input_shape=2,1,16,16;2,1,16,16;2,1,16,16
import torch
import torch.nn as nn


class EmbeddingNet(nn.Module):
    def __init__(self):
        super(EmbeddingNet, self).__init__()
        self.convnet = nn.Sequential(nn.Conv2d(1, 8, 3), nn.PReLU(),
                                     nn.MaxPool2d(2, stride=2),
                                     nn.Conv2d(8, 16, 3), nn.PReLU(),
                                     nn.MaxPool2d(2, stride=2))
        self.fc = nn.Sequential(nn.Linear(16 * 2 * 2, 32),
                                nn.PReLU(),
                                nn.Linear(32, 2))

    def forward(self, x):
        output = self.convnet(x)
        output = output.view(output.size()[0], -1)
        output = self.fc(output)
        return output

    def get_embedding(self, x):
        return self.forward(x)


class TripletNet(nn.Module):
    def __init__(self, embedding_net):
        super(TripletNet, self).__init__()
        self.embedding_net = embedding_net

    def forward(self, x1, x2, x3):
        output1 = self.embedding_net(x1)
        output2 = self.embedding_net(x2)
        output3 = self.embedding_net(x3)
        return output1, output2, output3

    def get_embedding(self, x):
        return self.embedding_net(x)


embedding_net = EmbeddingNet()
model = TripletNet(embedding_net)

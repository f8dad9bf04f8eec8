"""Imitates harveyslash/Facial-Similarity-with-Siamese-Networks-in-Pytorch (the Siamese notebook): `cnn1` an
nn.Sequential of `nn.ReflectionPad2d(1)`, Conv2d, ReLU(inplace=True), BatchNorm2d, `forward_once` with
`output.view(output.size()[0], -1)`, and `forward(input1, input2)` returning both embeddings. Image size reduced
(100x100 -> 28x28)."""
# pivot-corpus: name=SiameseNetwork input_shape=2,1,28,28;2,1,28,28
import torch.nn as nn


class SiameseNetwork(nn.Module):
    def __init__(self):
        super(SiameseNetwork, self).__init__()
        self.cnn1 = nn.Sequential(
            nn.ReflectionPad2d(1),
            nn.Conv2d(1, 4, kernel_size=3),
            nn.ReLU(inplace=True),
            nn.BatchNorm2d(4),

            nn.ReflectionPad2d(1),
            nn.Conv2d(4, 8, kernel_size=3),
            nn.ReLU(inplace=True),
            nn.BatchNorm2d(8),

            nn.ReflectionPad2d(1),
            nn.Conv2d(8, 8, kernel_size=3),
            nn.ReLU(inplace=True),
            nn.BatchNorm2d(8),
        )

        self.fc1 = nn.Sequential(
            nn.Linear(8*28*28, 64),
            nn.ReLU(inplace=True),

            nn.Linear(64, 64),
            nn.ReLU(inplace=True),

            nn.Linear(64, 5))

    def forward_once(self, x):
        output = self.cnn1(x)
        output = output.view(output.size()[0], -1)
        output = self.fc1(output)
        return output

    def forward(self, input1, input2):
        output1 = self.forward_once(input1)
        output2 = self.forward_once(input2)
        return output1, output2

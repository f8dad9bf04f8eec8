"""LLM-generated style plant-disease CNN: a `make_block` staticmethod-free helper method, global average
pooling written as `x.mean(dim=[2, 3])`, GELU head, `nn.Dropout2d` between stages."""
# pivot-corpus: name=LeafCNN input_shape=2,3,64,64
import torch.nn as nn


class LeafCNN(nn.Module):
    def __init__(self, num_classes=38, base=16):
        super().__init__()
        self.stage1 = self.make_block(3, base)
        self.stage2 = self.make_block(base, base * 2)
        self.stage3 = self.make_block(base * 2, base * 4)
        self.drop = nn.Dropout2d(0.1)
        self.head = nn.Sequential(nn.Linear(base * 4, 64), nn.GELU(), nn.Linear(64, num_classes))

    def make_block(self, in_ch, out_ch):
        return nn.Sequential(
            nn.Conv2d(in_ch, out_ch, 3, padding=1, bias=False),
            nn.BatchNorm2d(out_ch),
            nn.ReLU(inplace=True),
            nn.MaxPool2d(2),
        )

    def forward(self, x):
        x = self.drop(self.stage1(x))
        x = self.drop(self.stage2(x))
        x = self.stage3(x)
        x = x.mean(dim=[2, 3])
        return self.head(x)


model = LeafCNN()

"""Issue 13 (a Siamese network): `forward(input1, input2)` applies one method `forward_once(x)` to both inputs;
x took no shape from them, so the weight copy could not permute the flattened image's columns for the dense
layer even with the input shapes given (verify: WeightError)."""
# pivot-corpus: name=SiameseNetwork input_shape=2,1,8,8;2,1,8,8 input_dtype=float32
import torch.nn as nn


class SiameseNetwork(nn.Module):
    def __init__(self):
        super(SiameseNetwork, self).__init__()
        self.cnn1 = nn.Sequential(nn.ReflectionPad2d(1), nn.Conv2d(1, 4, kernel_size=3), nn.ReLU(inplace=True))
        self.fc1 = nn.Sequential(nn.Linear(4 * 8 * 8, 5))

    def forward_once(self, x):
        output = self.cnn1(x)
        output = output.view(output.size()[0], -1)
        return self.fc1(output)

    def forward(self, input1, input2):
        output1 = self.forward_once(input1)
        output2 = self.forward_once(input2)
        return output1, output2

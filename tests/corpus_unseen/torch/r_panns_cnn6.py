"""Imitates qiuqiangkong/audioset_tagging_cnn pytorch/models.py (PANNs, 2020) `Cnn6`/`Cnn14` on a log-mel input
(the STFT front end left out): module-level `init_layer`/`init_bn`, `ConvBlock5x5.forward(input, pool_size=(2, 2),
pool_type='avg')` with `F.avg_pool2d(x, kernel_size=pool_size)`, `x.transpose(1, 3)` around `bn0`,
`F.dropout(x, p=0.2, training=self.training)`, `torch.mean(x, dim=3)`, `(x1, _) = torch.max(x, dim=2)`,
`x = x1 + x2`, `torch.sigmoid(self.fc_audioset(x))` and an `output_dict`. Mel bins and widths reduced."""
# pivot-corpus: name=Cnn6 input_shape=2,1,32,16
import torch
import torch.nn as nn
import torch.nn.functional as F


def init_layer(layer):
    """Initialize a Linear or Convolutional layer. """
    nn.init.xavier_uniform_(layer.weight)

    if hasattr(layer, 'bias'):
        if layer.bias is not None:
            layer.bias.data.fill_(0.)


def init_bn(bn):
    """Initialize a Batchnorm layer. """
    bn.bias.data.fill_(0.)
    bn.weight.data.fill_(1.)


class ConvBlock5x5(nn.Module):
    def __init__(self, in_channels, out_channels):

        super(ConvBlock5x5, self).__init__()

        self.conv1 = nn.Conv2d(in_channels=in_channels,
                               out_channels=out_channels,
                               kernel_size=(5, 5), stride=(1, 1),
                               padding=(2, 2), bias=False)

        self.bn1 = nn.BatchNorm2d(out_channels)

        self.init_weight()

    def init_weight(self):
        init_layer(self.conv1)
        init_bn(self.bn1)

    def forward(self, input, pool_size=(2, 2), pool_type='avg'):

        x = input
        x = F.relu_(self.bn1(self.conv1(x)))
        if pool_type == 'max':
            x = F.max_pool2d(x, kernel_size=pool_size)
        elif pool_type == 'avg':
            x = F.avg_pool2d(x, kernel_size=pool_size)
        elif pool_type == 'avg+max':
            x1 = F.avg_pool2d(x, kernel_size=pool_size)
            x2 = F.max_pool2d(x, kernel_size=pool_size)
            x = x1 + x2
        else:
            raise Exception('Incorrect argument!')

        return x


class Cnn6(nn.Module):
    def __init__(self, mel_bins=16, classes_num=7):

        super(Cnn6, self).__init__()

        self.bn0 = nn.BatchNorm2d(mel_bins)

        self.conv_block1 = ConvBlock5x5(in_channels=1, out_channels=8)
        self.conv_block2 = ConvBlock5x5(in_channels=8, out_channels=16)
        self.conv_block3 = ConvBlock5x5(in_channels=16, out_channels=32)

        self.fc1 = nn.Linear(32, 32, bias=True)
        self.fc_audioset = nn.Linear(32, classes_num, bias=True)

        self.init_weight()

    def init_weight(self):
        init_bn(self.bn0)
        init_layer(self.fc1)
        init_layer(self.fc_audioset)

    def forward(self, input):
        """
        Input: (batch_size, 1, time_steps, mel_bins)"""

        x = input
        x = x.transpose(1, 3)
        x = self.bn0(x)
        x = x.transpose(1, 3)

        x = self.conv_block1(x, pool_size=(2, 2), pool_type='avg')
        x = F.dropout(x, p=0.2, training=self.training)
        x = self.conv_block2(x, pool_size=(2, 2), pool_type='avg')
        x = F.dropout(x, p=0.2, training=self.training)
        x = self.conv_block3(x, pool_size=(2, 2), pool_type='avg')
        x = F.dropout(x, p=0.2, training=self.training)
        x = torch.mean(x, dim=3)

        (x1, _) = torch.max(x, dim=2)
        x2 = torch.mean(x, dim=2)
        x = x1 + x2
        x = F.dropout(x, p=0.5, training=self.training)
        x = F.relu_(self.fc1(x))
        embedding = F.dropout(x, p=0.5, training=self.training)
        clipwise_output = torch.sigmoid(self.fc_audioset(x))

        output_dict = {'clipwise_output': clipwise_output, 'embedding': embedding}

        return output_dict['clipwise_output']

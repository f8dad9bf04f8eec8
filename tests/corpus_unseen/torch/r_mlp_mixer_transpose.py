"""Imitates the einops-free PyTorch MLP-Mixer ports (Tolstikhin et al. 2021; e.g. the `MlpBlock`/`MixerBlock`
pattern of rwightman-free research ports such as jaketae/mlp-mixer): patch embedding with a strided Conv2d, then
`x.flatten(2).transpose(1, 2)`, token mixing on `x.transpose(1, 2)` of the LayerNorm output, channel mixing,
`F.gelu`, a final LayerNorm and `x.mean(dim=1)`. Sizes reduced."""
# pivot-corpus: name=MLPMixer input_shape=2,3,32,32
import torch
from torch import nn
import torch.nn.functional as F


class MlpBlock(nn.Module):
    def __init__(self, dim, mlp_dim):
        super().__init__()
        self.fc1 = nn.Linear(dim, mlp_dim)
        self.fc2 = nn.Linear(mlp_dim, dim)

    def forward(self, x):
        return self.fc2(F.gelu(self.fc1(x)))


class MixerBlock(nn.Module):
    def __init__(self, num_patches, hidden_dim, tokens_mlp_dim, channels_mlp_dim):
        super().__init__()
        self.norm1 = nn.LayerNorm(hidden_dim)
        self.token_mixing = MlpBlock(num_patches, tokens_mlp_dim)
        self.norm2 = nn.LayerNorm(hidden_dim)
        self.channel_mixing = MlpBlock(hidden_dim, channels_mlp_dim)

    def forward(self, x):
        y = self.norm1(x)
        y = y.transpose(1, 2)
        y = self.token_mixing(y)
        y = y.transpose(1, 2)
        x = x + y
        y = self.norm2(x)
        return x + self.channel_mixing(y)


class MLPMixer(nn.Module):
    def __init__(self, image_size=32, patch_size=8, hidden_dim=32, num_blocks=2,
                 tokens_mlp_dim=16, channels_mlp_dim=64, num_classes=10):
        super().__init__()
        num_patches = (image_size // patch_size) ** 2
        self.stem = nn.Conv2d(3, hidden_dim, kernel_size=patch_size, stride=patch_size)
        self.blocks = nn.ModuleList([
            MixerBlock(num_patches, hidden_dim, tokens_mlp_dim, channels_mlp_dim)
            for _ in range(num_blocks)
        ])
        self.pre_head_norm = nn.LayerNorm(hidden_dim)
        self.head = nn.Linear(hidden_dim, num_classes)

    def forward(self, x):
        x = self.stem(x)
        x = x.flatten(2).transpose(1, 2)
        for block in self.blocks:
            x = block(x)
        x = self.pre_head_norm(x)
        x = x.mean(dim=1)
        return self.head(x)

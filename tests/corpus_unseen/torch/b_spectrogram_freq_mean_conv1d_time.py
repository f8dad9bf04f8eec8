"""LLM-generated style (Claude, "Write a PyTorch model class for speech command recognition from a spectrogram,
input shape (N, 40, 101)"): the (N, freq, time) spectrogram gets a channel with `x.unsqueeze(1)`, 2-D convs with
frequency-only pooling `nn.MaxPool2d((2, 1))`, the frequency axis averaged away with `x.mean(dim=2)`, a Conv1d
over time, and `x.max(dim=-1)[0]` as the global pool."""
# pivot-corpus: name=KeywordSpotter input_shape=4,40,101
import torch
import torch.nn as nn
import torch.nn.functional as F


class KeywordSpotter(nn.Module):
    def __init__(self, n_mels: int = 40, n_classes: int = 12):
        super().__init__()
        self.conv2d_1 = nn.Conv2d(1, 16, kernel_size=(3, 3), padding=(1, 1))
        self.bn2d_1 = nn.BatchNorm2d(16)
        self.conv2d_2 = nn.Conv2d(16, 32, kernel_size=(3, 3), padding=(1, 1))
        self.bn2d_2 = nn.BatchNorm2d(32)
        self.freq_pool = nn.MaxPool2d(kernel_size=(2, 1))
        self.temporal = nn.Conv1d(32, 64, kernel_size=5, padding=2)
        self.out = nn.Linear(64, n_classes)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        x = x.unsqueeze(1)                         # (N, 1, F, T)
        x = self.freq_pool(F.relu(self.bn2d_1(self.conv2d_1(x))))
        x = self.freq_pool(F.relu(self.bn2d_2(self.conv2d_2(x))))
        x = x.mean(dim=2)                          # collapse frequency -> (N, C, T)
        x = F.relu(self.temporal(x))
        x = x.max(dim=-1)[0]                       # (N, C)
        return self.out(x)


if __name__ == "__main__":
    print(KeywordSpotter()(torch.randn(2, 40, 101)).shape)

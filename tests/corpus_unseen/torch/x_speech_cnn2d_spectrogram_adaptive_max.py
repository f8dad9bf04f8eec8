"""LLM-generated style (ChatGPT, "Generate a PyTorch model: CNN on mel spectrograms for speech commands"): input
(batch, 1, n_mels, frames), conv blocks with `nn.Dropout2d`, `F.adaptive_max_pool2d(x, (1, 1))`, `x.squeeze(-1).squeeze(-1)`."""
# pivot-corpus: name=SpectrogramCNN input_shape=2,1,40,32
import torch
import torch.nn as nn
import torch.nn.functional as F


class SpectrogramCNN(nn.Module):
    def __init__(self, n_classes=12):
        super().__init__()
        self.conv1 = nn.Conv2d(1, 16, kernel_size=(3, 3), padding=1)
        self.bn1 = nn.BatchNorm2d(16)
        self.conv2 = nn.Conv2d(16, 32, kernel_size=(3, 3), padding=1)
        self.bn2 = nn.BatchNorm2d(32)
        self.drop = nn.Dropout2d(0.2)
        self.fc = nn.Linear(32, n_classes)

    def forward(self, x):
        x = F.max_pool2d(F.relu(self.bn1(self.conv1(x))), kernel_size=2)
        x = self.drop(F.max_pool2d(F.relu(self.bn2(self.conv2(x))), kernel_size=2))
        x = F.adaptive_max_pool2d(x, (1, 1))
        x = x.squeeze(-1).squeeze(-1)
        return self.fc(x)

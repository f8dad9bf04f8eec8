"""3-D CNN for volumetric scans: Conv3d + BatchNorm3d + ReLU blocks, `nn.MaxPool3d((1, 2, 2))` with a
tuple kernel, global pooling as `x.mean(dim=[2, 3, 4])`, `nn.Flatten(start_dim=1)` unused style."""
# pivot-corpus: name=Volumetric3D input_shape=2,1,8,16,16
import torch.nn as nn


class Volumetric3D(nn.Module):
    def __init__(self, in_ch=1, n_classes=2):
        super().__init__()
        self.layer1 = nn.Sequential(nn.Conv3d(in_ch, 8, kernel_size=3, padding=1), nn.BatchNorm3d(8), nn.ReLU())
        self.pool1 = nn.MaxPool3d((1, 2, 2))
        self.layer2 = nn.Sequential(nn.Conv3d(8, 16, kernel_size=3, padding=1), nn.BatchNorm3d(16), nn.ReLU())
        self.pool2 = nn.MaxPool3d(2)
        self.classifier = nn.Sequential(nn.Dropout(0.3), nn.Linear(16, n_classes))

    def forward(self, x):
        x = self.pool1(self.layer1(x))
        x = self.pool2(self.layer2(x))
        x = x.mean(dim=[2, 3, 4])
        return self.classifier(x)


model = Volumetric3D()

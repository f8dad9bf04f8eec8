"""MaxPool2d with padding: PyTorch pads with -inf."""
# pivot-fuzz: input_shape=2,3,8,8 input_dtype=float32
import torch.nn as nn

model = nn.Sequential(nn.MaxPool2d(3, padding=1))

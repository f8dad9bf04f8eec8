"""Fuzz model (seed 46, torch sequential), reduced: padding='valid' spelled as a string left the conv's output
size unknown, so the next Linear's weights were not permuted for Keras's flatten order (exit 0, wrong outputs)."""
# pivot-fuzz: input_shape=2,4,16,16 input_dtype=float32
import torch.nn as nn

model = nn.Sequential(
    nn.Conv2d(4, 6, kernel_size=5, padding='valid'),
    nn.Flatten(),
    nn.Linear(864, 24),
)

"""A plain multilayer perceptron defined as a module-level nn.Sequential."""
# pivot-corpus: name=mlp input_shape=2,64
import torch.nn as nn

IN_FEATURES = 64
NUM_CLASSES = 10

mlp = nn.Sequential(
    nn.Linear(IN_FEATURES, 128),
    nn.ReLU(),
    nn.Linear(128, 64),
    nn.Tanh(),
    nn.Linear(64, NUM_CLASSES),
    nn.LogSoftmax(dim=1),
)

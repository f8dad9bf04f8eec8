"""LLM-generated style (research-dataset prompt: "Write a PyTorch mixture density network for 1-D regression;
input (N, 1)"): a tanh hidden layer, mixing weights by softmax, sigmas by exp, means; returns the three tensors."""
# pivot-corpus: name=MDN input_shape=8,1
import torch
import torch.nn as nn


class MDN(nn.Module):
    def __init__(self, in_dim=1, hidden=24, n_gaussians=5):
        super().__init__()
        self.hidden = nn.Sequential(nn.Linear(in_dim, hidden), nn.Tanh())
        self.pi = nn.Linear(hidden, n_gaussians)
        self.sigma = nn.Linear(hidden, n_gaussians)
        self.mu = nn.Linear(hidden, n_gaussians)

    def forward(self, x):
        h = self.hidden(x)
        pi = nn.functional.softmax(self.pi(h), -1)
        sigma = torch.exp(self.sigma(h))
        mu = self.mu(h)
        return pi, sigma, mu

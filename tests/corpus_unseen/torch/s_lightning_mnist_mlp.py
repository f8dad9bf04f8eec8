"""PyTorch Lightning docs style ("LightningModule: from MNIST to autoencoders", LitMNIST): a
`pl.LightningModule` holding the network (`self.layer_1..3`), forward with `x.view(batch_size, -1)` and
`F.log_softmax(x, dim=1)`; `training_step` and `configure_optimizers` stay training code."""
# pivot-corpus: name=LitMNIST input_shape=2,1,8,8
import pytorch_lightning as pl
import torch
from torch import nn
from torch.nn import functional as F


class LitMNIST(pl.LightningModule):
    def __init__(self, lr=1e-3):
        super().__init__()
        self.save_hyperparameters()
        self.layer_1 = nn.Linear(8 * 8, 32)
        self.layer_2 = nn.Linear(32, 16)
        self.layer_3 = nn.Linear(16, 10)

    def forward(self, x):
        batch_size, channels, height, width = x.size()
        x = x.view(batch_size, -1)
        x = self.layer_1(x)
        x = F.relu(x)
        x = self.layer_2(x)
        x = F.relu(x)
        x = self.layer_3(x)
        x = F.log_softmax(x, dim=1)
        return x

    def training_step(self, batch, batch_idx):
        x, y = batch
        logits = self(x)
        loss = F.nll_loss(logits, y)
        self.log("train_loss", loss)
        return loss

    def configure_optimizers(self):
        return torch.optim.Adam(self.parameters(), lr=self.hparams.lr)


model = LitMNIST()

"""ut15 (b_ round, b_cnn2d_kaiming_init_method_no_grad_predict): an `nn.Dropout2d` (and an nn.Upsample) in the
nn.Sequential a `_make_block` helper method returns, called for several stages: was PIV105 ("its Keras layer follows
the input's rank, which is not known here"); the chain of the helper's Sequential fixes the rank (4, after the conv
and pool), as it did for a PReLU, now also for the children of a helper's Sequential and for the layers whose Keras
entry is chosen by rank (SpatialDropout2D, UpSampling2D)."""
# pivot-corpus: name=Net input_shape=2,1,16,16
import torch
import torch.nn as nn


class Net(nn.Module):
    def __init__(self, num_classes=3):
        super().__init__()
        self.features = nn.Sequential(
            self._make_block(1, 8),
            self._make_block(8, 16),
        )
        self.decoder = self._up_block(16, 4)
        self.head = nn.Sequential(nn.Flatten(), nn.Linear(4 * 8 * 8, num_classes))

    @staticmethod
    def _make_block(in_c, out_c):
        return nn.Sequential(
            nn.Conv2d(in_c, out_c, 3, padding=1),
            nn.ReLU(),
            nn.MaxPool2d(2),
            nn.Dropout2d(0.25),
        )

    def _up_block(self, in_c, out_c):
        return nn.Sequential(
            nn.Conv2d(in_c, out_c, 1),
            nn.Upsample(scale_factor=2, mode="nearest"),
            nn.Dropout2d(0.1),
        )

    def forward(self, x):
        return self.head(self.decoder(self.features(x)))

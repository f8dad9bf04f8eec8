"""Recommender / relation-scoring style: two towers and an `nn.Bilinear(d_user, d_item, 1)` interaction,
`forward(self, user_feats, item_feats)`, `.squeeze(-1)` of the score."""
# pivot-corpus: name=BilinearScorer input_shape=3,6;3,9
import torch
import torch.nn as nn


class BilinearScorer(nn.Module):
    def __init__(self, user_dim=6, item_dim=9, d=8):
        super().__init__()
        self.user_tower = nn.Sequential(nn.Linear(user_dim, d), nn.ReLU())
        self.item_tower = nn.Sequential(nn.Linear(item_dim, d), nn.ReLU())
        self.bilinear = nn.Bilinear(d, d, 1)

    def forward(self, user_feats, item_feats):
        u = self.user_tower(user_feats)
        v = self.item_tower(item_feats)
        return self.bilinear(u, v).squeeze(-1)


model = BilinearScorer()

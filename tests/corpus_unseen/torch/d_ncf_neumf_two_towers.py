"""LLM-generated style (research-dataset prompt: "Write a PyTorch model class for neural collaborative filtering
(NeuMF); inputs user ids (N,) and item ids (N,)"): a GMF branch (element-wise product of embeddings) and an MLP
branch (concatenated embeddings through Linear/ReLU), concatenated into a sigmoid score."""
# pivot-corpus: name=NeuMF input_shape=4;4 input_dtype=int64,int64
import torch
import torch.nn as nn


class NeuMF(nn.Module):
    def __init__(self, num_users=50, num_items=80, mf_dim=8, mlp_layers=(32, 16, 8)):
        super(NeuMF, self).__init__()
        self.user_gmf = nn.Embedding(num_users, mf_dim)
        self.item_gmf = nn.Embedding(num_items, mf_dim)
        self.user_mlp = nn.Embedding(num_users, mlp_layers[0] // 2)
        self.item_mlp = nn.Embedding(num_items, mlp_layers[0] // 2)
        mlp = []
        for in_size, out_size in zip(mlp_layers[:-1], mlp_layers[1:]):
            mlp.append(nn.Linear(in_size, out_size))
            mlp.append(nn.ReLU())
        self.mlp = nn.Sequential(*mlp)
        self.predict = nn.Linear(mf_dim + mlp_layers[-1], 1)

    def forward(self, user, item):
        gmf = self.user_gmf(user) * self.item_gmf(item)
        mlp = self.mlp(torch.cat([self.user_mlp(user), self.item_mlp(item)], dim=-1))
        logits = self.predict(torch.cat([gmf, mlp], dim=-1))
        return torch.sigmoid(logits).squeeze(-1)


if __name__ == "__main__":
    model = NeuMF()
    print(model(torch.randint(0, 50, (4,)), torch.randint(0, 80, (4,))).shape)

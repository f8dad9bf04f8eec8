"""LLM-generated style (ChatGPT, "Write a PyTorch model for tabular data with 3 categorical and 5 numerical
columns, inputs x_cat (N, 3) int64 and x_num (N, 5)"): the fastai-like TabularModel: `nn.ModuleList([nn.Embedding(ni,
nf) for ni, nf in emb_szs])`, embeddings gathered in a for loop over `enumerate(self.embeds)` with `x_cat[:, i]`,
embedding dropout, `nn.BatchNorm1d` on the numeric columns, `torch.cat([x, x_num], 1)` and a Sequential MLP."""
# pivot-corpus: name=TabularModel input_shape=4,3;4,5 input_dtype=int64,float32
import torch
import torch.nn as nn


class TabularModel(nn.Module):
    def __init__(self, emb_szs=((10, 5), (12, 6), (15, 8)), n_cont=5, out_sz=2, layers=(64, 32), p=0.3):
        super().__init__()
        self.embeds = nn.ModuleList([nn.Embedding(ni, nf) for ni, nf in emb_szs])
        self.emb_drop = nn.Dropout(p)
        self.bn_cont = nn.BatchNorm1d(n_cont)

        n_emb = sum(nf for _, nf in emb_szs)
        n_in = n_emb + n_cont
        layerlist = []
        for h in layers:
            layerlist.append(nn.Linear(n_in, h))
            layerlist.append(nn.ReLU(inplace=True))
            layerlist.append(nn.BatchNorm1d(h))
            layerlist.append(nn.Dropout(p))
            n_in = h
        layerlist.append(nn.Linear(layers[-1], out_sz))
        self.layers = nn.Sequential(*layerlist)

    def forward(self, x_cat, x_num):
        embeddings = []
        for i, e in enumerate(self.embeds):
            embeddings.append(e(x_cat[:, i]))
        x = torch.cat(embeddings, 1)
        x = self.emb_drop(x)
        x_num = self.bn_cont(x_num)
        x = torch.cat([x, x_num], 1)
        return self.layers(x)


if __name__ == "__main__":
    model = TabularModel()
    cats = torch.randint(0, 10, (4, 3))
    nums = torch.randn(4, 5)
    print(model(cats, nums).shape)

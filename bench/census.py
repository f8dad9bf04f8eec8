"""An API census: each common PyTorch spelling alone in a one-op model, migrated to Keras and verified.

Public code uses PyTorch's whole surface, not the part a corpus happens to hold. Each entry below is one spelling
(a layer, a functional, a tensor method or a `torch.*` function) applied after a first layer that fixes the
input's kind (features, a sequence, or a 1-D/2-D/3-D channels-first image). Every model is migrated with
`pivot.migrate.migrate_source` and, where it migrates, verified in-process with `pivot.verify.verify_model`
(both models built, weights copied, outputs compared). Each entry ends as

  verified          migrated without an error and equivalent
  named             an error diagnostic names the construct (counted by code): a gap, never silent
  WRONG             migrated without an error, then not equivalent, not built, or its weights not copied (a bug)
  crash             any other exception (a bug)

    .venv/bin/python bench/census.py [-k SUBSTRING]... [--list KIND] [--json OUT]

Nothing here asserts: it measures. `tests/test_census.py` keeps the WRONG and crash columns empty (known exceptions
are strict xfails there).

Measured (session 9): on main at 0a33f66, 458 spellings: 303 verified, 146 named, 9 WRONG, 0 crash. After the
session's fixes and merges, 467 spellings: 338 verified, 123 named (61 PIV102 no entry for a function or method, 35
PIV105 layout, 24 PIV101 no entry for a layer, 3 PIV103 an argument), 6 WRONG (the strict xfails), 0 crash. With
cn1's entries (trilinear and 3-D Upsample, Upsampling*2d, nn.GLU, flip, cumsum; measured on its branch), 468
spellings: 357 verified, 105 named, 6 WRONG, 0 crash. Session 10 (ez1: one rule for a transpose of a sequence in the
sized and unsized analyses, one-rank image modules on fewer spatial axes and expands past a guessed rank named;
cn2: arithmetic with numbers, torch.where and comparisons, zeros/ones/full_like, RMSNorm, Softmin, neg, conv padding
modes, 3-D and circular pad modules, F.layer_norm): 510 spellings: 421 verified, 89 named (PIV102 40, PIV105 32,
PIV101 13, PIV103 4), 0 WRONG, 0 crash.
"""
from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

# the first layer fixes the input's kind; `op` follows it
KINDS = {
    "vec": ((2, 8), "nn.Linear(8, 8)"),
    "seq": ((2, 5, 8), "nn.Linear(8, 8)"),
    "img1d": ((2, 4, 12), "nn.Conv1d(4, 4, 3, padding=1)"),
    "img2d": ((2, 4, 8, 8), "nn.Conv2d(4, 4, 3, padding=1)"),
    "img3d": ((2, 4, 6, 6, 6), "nn.Conv3d(4, 4, 3, padding=1)"),
}

# (kind, layer built in __init__ as self.op or None, the forward's expression of `x` after the first layer)
ENTRIES: list[tuple[str, str | None, str]] = [
    # activations, as layers
    *[("img2d", f"nn.{a}", "self.op(x)") for a in (
        "ReLU()", "ReLU6()", "LeakyReLU(0.2)", "ELU(alpha=0.5)", "SELU()", "CELU()", "GELU()",
        "GELU(approximate='tanh')", "SiLU()", "Mish()", "Hardswish()", "Hardsigmoid()", "Hardtanh()",
        "Hardtanh(-3.0, 3.0)", "Sigmoid()", "Tanh()", "Softplus()", "Softplus(beta=2.0)", "Softsign()",
        "Tanhshrink()", "LogSigmoid()", "PReLU()", "PReLU(4)", "Threshold(0.1, 0.0)", "Hardshrink()",
        "Softshrink()", "Hardshrink(0.25)", "Softshrink(lambd=0.3)", "CELU(0.5)", "RReLU()", "Identity()", "Softmax(dim=1)", "LogSoftmax(dim=1)", "Softmin(dim=1)",
        "Softmax2d()", "GLU(dim=1)", "Dropout(0.3)", "Dropout2d(0.3)", "AlphaDropout(0.3)",
    )],
    *[("vec", f"nn.{a}", "self.op(x)") for a in (
        "Softmax(dim=-1)", "LogSoftmax(dim=1)", "Softmin(dim=1)", "GLU()", "Dropout(0.5)", "AlphaDropout(0.2)",
        "BatchNorm1d(8)", "LayerNorm(8)", "RMSNorm(8)", "Linear(8, 3, bias=False)", "Flatten()", "Unflatten(1, (2, 4))",
    )],
    # modules of two inputs
    *[("vec", f"nn.{a}", "self.op(x, x + 1.0)") for a in ("Bilinear(8, 8, 3)", "CosineSimilarity()",
                                                            "PairwiseDistance()")],
    # activations, as functions and methods
    *[("img2d", None, e) for e in (
        "F.relu(x)", "F.relu(x, inplace=True)", "F.relu_(x)", "F.relu6(x)", "F.leaky_relu(x, 0.2)",
        "F.leaky_relu(x, negative_slope=0.1, inplace=True)", "F.elu(x)", "F.selu(x)", "F.celu(x)",
        "F.gelu(x)", "F.silu(x)", "F.mish(x)", "F.hardswish(x)", "F.hardsigmoid(x)", "F.hardtanh(x, -2.0, 2.0)",
        "F.softplus(x)", "F.softsign(x)", "F.logsigmoid(x)", "F.tanhshrink(x)", "F.sigmoid(x)", "F.tanh(x)",
        "F.softmax(x, dim=1)", "F.log_softmax(x, dim=1)", "F.softmin(x, dim=1)", "F.glu(x, dim=1)",
        "F.hardshrink(x)", "F.softshrink(x)", "F.threshold(x, 0.1, 0.0)", "F.threshold(x, 0.2, -1.0)", "F.celu(x, alpha=2.0)",
        "F.dropout(x, 0.3, training=self.training)", "F.dropout2d(x, 0.3, training=self.training)",
        "F.normalize(x, dim=1)", "F.normalize(x, p=1, dim=1)",
        "torch.relu(x)", "torch.sigmoid(x)", "torch.tanh(x)", "torch.exp(x)", "torch.abs(x)",
        "torch.clamp(x, min=0.0)", "torch.clamp(x, -1.0, 1.0)", "torch.clip(x, 0.0, 6.0)", "x.clamp(min=0)",
        "x.clamp(-0.5, 0.5)", "x.clamp_(0, 1)", "x.clip(0, 1)", "torch.clamp_min(x, 0.0)", "x.clamp_max(1.0)",
        "torch.sqrt(x * x + 1)", "(x * x + 1).sqrt()", "torch.rsqrt(x * x + 1)", "torch.log(x * x + 1)", "torch.log1p(x * x)",
        "torch.expm1(x)", "torch.sin(x)", "torch.cos(x)", "torch.erf(x)", "torch.sign(x)", "torch.floor(x)",
        "torch.square(x)", "x.pow(2)", "x ** 2", "torch.pow(x, 3)", "x.neg()", "-x", "torch.neg(x)",
        "torch.reciprocal(x * x + 1)", "1.0 / (x * x + 1)", "x.sigmoid()", "x.tanh()", "x.relu()", "x.exp()",
        "x.abs()", "x.softmax(dim=1)", "x.log_softmax(1)", "torch.softmax(x, 1)",
        "x.mul(2.0)", "x.add(1.0)", "x.sub(1.0)", "x.div(2.0)", "torch.div(x, 2.0)", "torch.mul(x, x)",
        "torch.add(x, x, alpha=2)", "x.add(x.mean(dim=1, keepdim=True))", "x.mul(torch.sigmoid(x))",
        "x.sub(x.mean(dim=(2, 3), keepdim=True))", "x.add(self.first(x))", "x.add_(1.0)", "x.mul_(0.5)", "x * torch.sigmoid(x)",
        "torch.maximum(x, torch.zeros_like(x))", "torch.minimum(x, x * 0.5)", "torch.where(x > 0, x, 0.1 * x)",
        "torch.max(x, torch.zeros_like(x))", "x.masked_fill(x < 0, 0.0)", "torch.nan_to_num(x)",
        "torch.lerp(x, x * 2, 0.5)", "x.float()", "x.type(torch.float32)", "x.to(torch.float32)",
        "x.contiguous()", "x.clone()", "x.detach()",
        # arithmetic methods and functions with a number (issue 13's census round, cn2)
        "torch.add(x, 1.0)", "torch.mul(x, 0.5)", "torch.sub(x, 0.5)", "x.mul(0.5).add(1.0)", "x.true_divide(3)",
        "torch.rsub(x, 1.0)", "x.div(x.abs() + 1.0)", "torch.div(x, x.abs() + 1)", "x.add(1).div(2).sub(0.5)",
        "torch.where(x > 0, x, torch.zeros_like(x))", "torch.where(x < 0.5, 0.0, x)", "torch.where(x > 0, x, -x)",
        "x + torch.ones_like(x)", "torch.full_like(x, 2.0) * x", "(x > 0).float() * x", "x * (x >= 0.1).float()",
        "torch.where(x)[0]", "x.negative()", "F.softmin(x, 1) * x",
    )],
    # pooling, resampling, padding on images
    *[("img2d", f"nn.{a}", "self.op(x)") for a in (
        "MaxPool2d(2)", "MaxPool2d(3, stride=2, padding=1)", "MaxPool2d(2, ceil_mode=True)", "AvgPool2d(2)",
        "AvgPool2d(3, stride=1, padding=1)", "AvgPool2d(3, 2, 1, count_include_pad=False)",
        "AdaptiveAvgPool2d(1)", "AdaptiveAvgPool2d((1, 1))", "AdaptiveMaxPool2d(1)", "AdaptiveAvgPool2d(2)",
        "AdaptiveAvgPool2d((4, 4))", "LPPool2d(2, 2)", "FractionalMaxPool2d(2, output_size=4)",
        "Upsample(scale_factor=2)", "Upsample(scale_factor=2, mode='bilinear')",
        "Upsample(scale_factor=2, mode='bilinear', align_corners=True)", "Upsample(size=(12, 12))",
        "UpsamplingNearest2d(scale_factor=2)", "UpsamplingBilinear2d(scale_factor=2)", "UpsamplingBilinear2d(size=(12, 12))", "PixelShuffle(2)",
        "PixelUnshuffle(2)", "ZeroPad2d(1)", "ZeroPad2d((1, 0, 1, 0))", "ConstantPad2d(1, 0.5)",
        "ReflectionPad2d(1)", "ReplicationPad2d(1)", "CircularPad2d(1)", "BatchNorm2d(4)",
        "BatchNorm2d(4, affine=False)", "BatchNorm2d(4, momentum=0.01, eps=1e-3)", "InstanceNorm2d(4)",
        "InstanceNorm2d(4, affine=True)", "GroupNorm(2, 4)", "GroupNorm(1, 4)", "LocalResponseNorm(2)",
        "LazyBatchNorm2d()", "SyncBatchNorm(4)", "Conv2d(4, 6, 3)", "Conv2d(4, 6, 3, stride=2, padding=1)",
        "Conv2d(4, 6, 3, padding='same', dilation=2)", "Conv2d(4, 4, 3, groups=4, padding=1)",
        "Conv2d(4, 6, (1, 3), padding=(0, 1))", "Conv2d(4, 6, 3, padding=1, padding_mode='reflect')",
        "Conv2d(4, 6, 3, padding=1, padding_mode='replicate')", "Conv2d(4, 6, 3, padding=1, padding_mode='circular')",
        "Conv2d(4, 6, 3, padding=(1, 2), padding_mode='reflect')", "Conv2d(4, 6, 3, padding='same', padding_mode='reflect')",
        "CircularPad2d((1, 0, 2, 1))", "ReflectionPad2d((1, 0, 2, 1))",
        "ConvTranspose2d(4, 6, 2, stride=2)", "ConvTranspose2d(4, 6, 3, stride=2, padding=1, output_padding=1)",
        "ConvTranspose2d(4, 6, 4, 2, 1)", "LazyConv2d(6, 3)", "Flatten()", "Flatten(start_dim=2)",
        "Unfold(2)", "ChannelShuffle(2)", "Dropout2d()", "Dropout3d()", "FeatureAlphaDropout(0.2)",
    )],
    *[("img2d", None, e) for e in (
        "F.max_pool2d(x, 2)", "F.max_pool2d(x, kernel_size=3, stride=2, padding=1)", "F.avg_pool2d(x, 2)",
        "F.adaptive_avg_pool2d(x, 1)", "F.adaptive_avg_pool2d(x, (1, 1)).flatten(1)",
        "F.adaptive_max_pool2d(x, 1).view(x.size(0), -1)", "F.avg_pool2d(x, x.size()[2:])",
        "F.avg_pool2d(x, kernel_size=x.shape[2:]).squeeze(-1).squeeze(-1)", "F.max_pool2d(x, x.size(2))",
        "F.interpolate(x, scale_factor=2)", "F.interpolate(x, scale_factor=2, mode='nearest')",
        "F.interpolate(x, size=(16, 16), mode='bilinear', align_corners=False)",
        "F.interpolate(x, scale_factor=2, mode='bilinear', align_corners=True)", "F.upsample(x, scale_factor=2)",
        "F.pad(x, (1, 1, 1, 1))", "F.pad(x, (1, 1, 1, 1), mode='reflect')", "F.pad(x, (0, 1, 0, 1), value=0.5)",
        "F.pad(x, (1, 1, 1, 1), mode='replicate')", "F.pixel_shuffle(x, 2)", "F.pixel_unshuffle(x, 2)",
        "F.local_response_norm(x, 2)", "F.instance_norm(x)", "F.group_norm(x, 2)",
        "F.layer_norm(x, x.shape[1:])", "F.batch_norm(x, torch.zeros(4), torch.ones(4))",
        "x.mean(dim=(2, 3))", "x.mean([2, 3])", "x.mean(dim=[2, 3], keepdim=True)", "torch.mean(x, dim=(2, 3))",
        "x.sum(dim=(2, 3))", "x.amax(dim=(2, 3))", "x.max(dim=1)[0]", "x.max(dim=1).values",
        "torch.max(x, dim=1)[0]", "torch.max(x, 1, keepdim=True)[0]", "x.mean(1, keepdim=True)",
        "torch.cat([x.mean(1, keepdim=True), x.amax(1, keepdim=True)], dim=1)", "x.std(dim=(2, 3))",
        "x.var(dim=1, keepdim=True)", "x.norm(dim=1)", "x.norm(p=2, dim=1, keepdim=True)",
        "torch.norm(x, dim=1)", "x.logsumexp(dim=1)", "x.prod(dim=1)", "x.cumsum(dim=1)", "x.argmax(dim=1)",
        "torch.flatten(x, 1)", "x.flatten(1)", "x.view(x.size(0), -1)", "x.view(-1, 4 * 8 * 8)",
        "x.reshape(x.shape[0], -1)", "x.reshape(2, -1)", "x.view(x.size(0), 4, -1)",
        "x.permute(0, 2, 3, 1)", "x.transpose(1, 2)", "x.permute(0, 1, 3, 2)", "x.flip(3)", "torch.flip(x, [2])",
        "torch.roll(x, 1, dims=2)", "x.roll(shifts=1, dims=3)", "x[:, :2]", "x[:, :, 1:-1, 1:-1]",
        "x[:, :, ::2, ::2]", "x[..., 1:]", "x.narrow(1, 0, 2)", "torch.chunk(x, 2, dim=1)[0]",
        "x.chunk(2, 1)[1]", "torch.split(x, 2, dim=1)[0]", "x.split([1, 3], dim=1)[1]",
        "torch.cat([x, x], 1)", "torch.cat((x, x), dim=1)", "torch.stack([x, x], dim=1).sum(1)",
        "x + x.mean(dim=1, keepdim=True)", "x * x.mean(dim=(2, 3), keepdim=True)", "x.unsqueeze(1).squeeze(1)",
        "torch.channel_shuffle(x, 2)", "x.repeat(1, 2, 1, 1)", "x.expand(2, 4, 8, 8)", "x.tile((1, 2, 1, 1))",
        "x.repeat_interleave(2, dim=1)", "torch.einsum('nchw->nhwc', x)", "x.sum(1)", "x.sum()",
        "x.mean()", "x.max()", "torch.sum(x, dim=1, keepdim=True)",
    )],
    # 1-D and 3-D images
    *[("img1d", f"nn.{a}", "self.op(x)") for a in (
        "MaxPool1d(2)", "AvgPool1d(3, 1, 1)", "AdaptiveAvgPool1d(1)", "AdaptiveMaxPool1d(1)",
        "AdaptiveAvgPool1d(3)", "BatchNorm1d(4)", "InstanceNorm1d(4)", "GroupNorm(2, 4)", "LayerNorm(12)",
        "Conv1d(4, 6, 3, dilation=2, padding='same')", "Conv1d(4, 6, 3, stride=2, dilation=2)",
        "Conv1d(4, 4, 5, groups=4, padding=2)", "ConvTranspose1d(4, 6, 2, 2)", "Upsample(scale_factor=2)",
        "Upsample(scale_factor=2, mode='linear')", "ReflectionPad1d(2)", "ReplicationPad1d(2)", "ConstantPad1d((2, 0), 0.0)",
        "CircularPad1d(2)", "Conv1d(4, 6, 5, padding=2, padding_mode='reflect')",
        "Conv1d(4, 6, 3, padding=1, padding_mode='circular')", "Conv1d(4, 6, 3, stride=2, padding=1, padding_mode='replicate')",
        "ZeroPad1d(1)", "Dropout1d(0.2)", "Flatten()", "LPPool1d(2, 2)", "PixelShuffle(1)",
    )],
    *[("img1d", None, e) for e in (
        "F.max_pool1d(x, 2)", "F.avg_pool1d(x, 2)", "F.adaptive_avg_pool1d(x, 1).squeeze(-1)",
        "F.adaptive_max_pool1d(x, 1).squeeze(2)", "x.mean(dim=2)", "x.mean(-1)", "x.max(dim=2)[0]",
        "torch.max(x, dim=-1).values", "x.permute(0, 2, 1)", "x.transpose(1, 2)", "x.squeeze(1)",
        "F.pad(x, (2, 0))", "F.interpolate(x, scale_factor=2, mode='linear')", "x.view(x.size(0), -1)",
        "x.sum(dim=-1)", "torch.cat([x.mean(-1), x.amax(-1)], 1)", "x[:, :, -1]", "x[:, :, :-2]",
        "x.unsqueeze(2)", "x.flip(-1)", "x.cumsum(-1)",
    )],
    *[("img3d", f"nn.{a}", "self.op(x)") for a in (
        "MaxPool3d(2)", "MaxPool3d((1, 2, 2))", "AvgPool3d(2)", "AdaptiveAvgPool3d(1)", "AdaptiveAvgPool3d((1, 1, 1))",
        "AdaptiveMaxPool3d(1)", "BatchNorm3d(4)", "InstanceNorm3d(4)", "GroupNorm(2, 4)", "Conv3d(4, 6, 3, padding=1)",
        "Conv3d(4, 6, (1, 3, 3), padding=(0, 1, 1))", "Conv3d(4, 6, 3, stride=2)", "ConvTranspose3d(4, 6, 2, 2)",
        "ConvTranspose3d(4, 6, 3, stride=2, padding=1, output_padding=1)", "Upsample(scale_factor=2)",
        "Upsample(scale_factor=2, mode='trilinear')", "Upsample(scale_factor=2, mode='trilinear', align_corners=True)",
        "ConstantPad3d(1, 0.0)", "ReplicationPad3d(1)", "ReflectionPad3d(1)", "ZeroPad3d(1)", "Dropout3d(0.2)",
        "CircularPad3d(1)", "Conv3d(4, 6, 3, padding=1, padding_mode='replicate')",
        "Flatten()",
    )],
    *[("img3d", None, e) for e in (
        "F.max_pool3d(x, 2)", "F.avg_pool3d(x, 2)", "F.adaptive_avg_pool3d(x, 1).flatten(1)",
        "F.adaptive_avg_pool3d(x, 1).view(x.size(0), -1)", "x.mean(dim=(2, 3, 4))", "x.mean([-3, -2, -1])",
        "F.interpolate(x, scale_factor=2, mode='trilinear')", "x.view(x.size(0), -1)", "torch.flatten(x, 1)",
        "F.adaptive_max_pool3d(x, 1).squeeze(-1).squeeze(-1).squeeze(-1)", "x.permute(0, 2, 1, 3, 4)",
    )],
    # features and sequences
    *[("vec", None, e) for e in (
        "F.linear(x, torch.ones(3, 8))", "x @ x.t()", "torch.matmul(x, x.T)", "torch.mm(x, x.t())",
        "x.unsqueeze(1)", "x.unsqueeze(-1)", "x.view(-1, 2, 4)", "x.view(2, 2, 4).sum(1)", "x.reshape(-1, 4)",
        "torch.cat([x, x * 2], dim=-1)", "torch.stack([x, x], 1)", "x.mean(dim=1)", "x.sum(-1, keepdim=True)",
        "x.max(1)[0]", "x.max(dim=-1, keepdim=True)[0]", "x.argmax(-1)", "torch.topk(x, 2, dim=1).values",
        "x.sort(dim=1)[0]", "x.norm(dim=-1, keepdim=True)", "F.normalize(x, p=2, dim=1)",
        "F.cosine_similarity(x, x * 2, dim=1)", "F.pairwise_distance(x, x * 2)", "F.dropout(x, p=0.5, training=self.training)",
        "F.dropout(x, 0.5)", "F.alpha_dropout(x, 0.2, training=self.training)", "x.squeeze()", "x.squeeze(-1)",
        "x[:, 0]", "x[:, :4]", "x[:, [0, 2]]", "x[:, None]", "x.split(4, dim=1)[0]", "x.chunk(2, -1)[1]",
        "torch.tril(x.unsqueeze(1) * x.unsqueeze(2))", "x.cumsum(1)", "torch.cumsum(x, dim=-1)",
        "x.t()", "x.T", "x.abs().sum(1)", "x.std(1)", "x.var(dim=-1)", "x.logsumexp(-1)", "x.softmax(-1)",
        "F.layer_norm(x, (8,))", "F.one_hot(x.argmax(1), 8).float()", "x.mean(0)", "x.expand(3, 2, 8).sum(0)",
        "torch.bmm(x.unsqueeze(2), x.unsqueeze(1)).sum(1)", "x.view(x.size(0), -1)", "x.flatten()",
        "torch.einsum('bi,bi->b', x, x)", "torch.outer(x[0], x[0])", "torch.diag(x[0])",
        "x.mul(0.5)", "torch.rsub(x, 2)", "torch.div(x, 4)", "x.sub(x.mean(-1, keepdim=True)).div(2.0)",
        "torch.where(x > x.mean(-1, keepdim=True), x, x * 0.1)", "torch.where(x != 0, x, torch.ones_like(x))",
    )],
    *[("seq", f"nn.{a}", "self.op(x)") for a in (
        "LayerNorm(8)", "LayerNorm(8, elementwise_affine=False)", "RMSNorm(8)", "Softmax(dim=1)", "Flatten()",
        "RMSNorm(8, eps=1e-5)", "RMSNorm(8, elementwise_affine=False)", "Softmin(dim=-1)",
        "Linear(8, 3)", "Dropout(0.1)", "GELU()",
    )],
    *[("seq", None, e) for e in (
        "F.layer_norm(x, (8,))", "F.layer_norm(x, [8], eps=1e-6)", "F.layer_norm(x, (5, 8))",
        "F.layer_norm(x, x.shape[-1:])",
    )],
    *[("seq", None, e) for e in (
        "x.mean(dim=1)", "x.max(dim=1)[0]", "x[:, -1, :]", "x[:, 0]", "x[:, -1]", "x.permute(0, 2, 1)",
        "x.transpose(1, 2)", "x.transpose(0, 1)", "torch.bmm(x, x.transpose(1, 2))", "x @ x.transpose(-2, -1)",
        "torch.softmax(x @ x.transpose(1, 2) / 8 ** 0.5, dim=-1) @ x", "x.sum(1)", "x.view(x.size(0), -1)",
        "x.reshape(x.shape[0], x.shape[1], 2, 4)", "x.flatten(1)", "x.unsqueeze(1)", "x.flip(1)",
        "torch.cumsum(x, dim=1)", "F.avg_pool1d(x.transpose(1, 2), 5).squeeze(-1)",
        "F.adaptive_max_pool1d(x.permute(0, 2, 1), 1).squeeze(-1)", "x.masked_fill(x > 1, 0.0)",
        "x + torch.arange(5).unsqueeze(0).unsqueeze(-1)", "torch.einsum('bld,bmd->blm', x, x)", "x.norm(dim=-1)",
        "x.std(dim=1)", "x.chunk(2, dim=-1)[0] * torch.sigmoid(x.chunk(2, dim=-1)[1])", "F.glu(x, dim=-1)",
        "torch.tril(torch.ones(5, 5)) @ x", "x * torch.tril(torch.ones(5, 8))",
    )],
]


def source_of(kind: str, layer: str | None, expr: str) -> str:
    shape, first = KINDS[kind]
    op = f"        self.op = {layer}\n" if layer else ""
    return (
        "import torch\nimport torch.nn as nn\nimport torch.nn.functional as F\n\n\n"
        "class Census(nn.Module):\n    def __init__(self):\n        super().__init__()\n"
        f"        self.first = {first}\n{op}\n"
        "    def forward(self, x):\n        x = self.first(x)\n"
        f"        return {expr}\n"
    )


def label(kind: str, layer: str | None, expr: str) -> str:
    return f"{kind}: " + (f"nn.{layer.removeprefix('nn.')}" if layer else expr)


def run_one(kind: str, layer: str | None, expr: str, tmp: Path) -> tuple[str, str]:
    from pivot.analysis import analyze
    from pivot.migrate import migrate_source
    from pivot.verify import Job, verify_model

    source = source_of(kind, layer, expr)
    shape = list(KINDS[kind][0])
    try:
        result = migrate_source(source, "tensorflow", ["Census"])
    except Exception as exc:  # noqa: BLE001 (the census counts every failure)
        return "crash", f"migrate: {type(exc).__name__}: {exc}"
    errors = [d for d in result.diagnostics if d.severity == "error"]
    if errors:
        return "named", f"{errors[0].code}: {errors[0].message.splitlines()[0][:160]}"
    path = tmp / "census_model.py"
    path.write_text(source)
    nets = [n for n in analyze(source).networks if n.framework == "torch"]
    try:
        out = verify_model(source, "Census", nets, Job(str(path), "tensorflow", ["Census"], shape, "float32",
                                                         1e-5, 1e-4), sizes_migration=False)
    except Exception as exc:  # noqa: BLE001 (exit 0 promised a model that builds and takes the weights)
        return "WRONG", f"verify: {type(exc).__name__}: {str(exc).splitlines()[0][:160] if str(exc) else ''}"
    if out.get("equivalent"):
        return "verified", ""
    return "WRONG", f"not equivalent: {str(out)[:160]}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("-k", action="append", default=[], help="only entries whose label holds this text")
    parser.add_argument("--list", choices=("verified", "named", "WRONG", "crash"), action="append", default=[])
    parser.add_argument("--json")
    args = parser.parse_args(argv)
    os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")
    chosen = [e for e in ENTRIES if not args.k or any(k in label(*e) for k in args.k)]
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for entry in chosen:
            outcome, why = run_one(*entry, Path(tmp))
            rows.append({"entry": label(*entry), "outcome": outcome, "why": why})
            if not args.list or outcome in args.list:
                print(f"{outcome:9} {label(*entry)}  {why}", flush=True)
    counts = Counter(r["outcome"] for r in rows)
    codes = Counter(r["why"].split(":")[0] for r in rows if r["outcome"] == "named")
    print(f"\n{len(rows)} spellings: " + ", ".join(f"{counts[k]} {k}" for k in ("verified", "named", "WRONG", "crash"))
          + "   named by code: " + ", ".join(f"{c} {n}" for c, n in codes.most_common()))
    if args.json:
        Path(args.json).write_text(json.dumps(rows, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Support code Pivot writes into a migrated Keras file when PyTorch semantics need it."""
import re

TORCH_RNN_CLASS = '''

class TorchRNN(keras.layers.Layer):
    """PyTorch's nn.LSTM / nn.GRU / nn.RNN in Keras (written by Pivot).

    Returns what PyTorch returns, with PyTorch's shapes: `(output, (h_n, c_n))` for an LSTM and
    `(output, h_n)` otherwise; output is (N, L, D*H) when batch_first, else (L, N, D*H); h_n is
    (num_layers*D, N, H). Dropout between layers applies in training only, as in PyTorch. `input_size` is
    PyTorch's (Keras infers it from the first call; an input of another size is refused there).
    """

    def __init__(self, kind, hidden_size, num_layers=1, bias=True, batch_first=False, dropout=0.0,
                 bidirectional=False, nonlinearity="tanh", input_size=None, **kwargs):
        super().__init__(**kwargs)
        self.kind, self.batch_first, self.input_size = kind, batch_first, input_size
        self.directions = 2 if bidirectional else 1
        self.between = keras.layers.Dropout(dropout)
        self.cells = [self._cell(hidden_size, bias, nonlinearity, backwards)
                      for _ in range(num_layers) for backwards in (False, True)[:self.directions]]

    def _cell(self, units, bias, nonlinearity, backwards):
        common = dict(return_sequences=True, return_state=True, use_bias=bias, go_backwards=backwards)
        if self.kind == "lstm":
            return keras.layers.LSTM(units, **common)
        if self.kind == "gru":
            return keras.layers.GRU(units, reset_after=True, **common)
        return keras.layers.SimpleRNN(units, activation=nonlinearity, **common)

    def call(self, x, hx=None, training=False):
        if self.input_size is not None and x.shape[-1] is not None and x.shape[-1] != self.input_size:
            raise ValueError(f"TorchRNN: expected input size {self.input_size}, got {x.shape[-1]}")
        if not self.batch_first:
            x = keras.ops.swapaxes(x, 0, 1)
        if hx is not None:  # (h_0, c_0) for an LSTM, h_0 otherwise: (num_layers*D, N, H) each
            hx = hx if self.kind == "lstm" else (hx,)
        hs, cs = [], []
        index = 0
        for start in range(0, len(self.cells), self.directions):
            if start:
                x = self.between(x, training=training)
            outs = []
            for cell in self.cells[start:start + self.directions]:
                initial = None if hx is None else [state[index] for state in hx]
                index += 1
                out, *states = cell(x, initial_state=initial)
                outs.append(keras.ops.flip(out, axis=1) if cell.go_backwards else out)
                hs.append(states[0])
                cs.extend(states[1:])
            x = keras.ops.concatenate(outs, axis=-1) if len(outs) > 1 else outs[0]
        output = x if self.batch_first else keras.ops.swapaxes(x, 0, 1)
        h_n = keras.ops.stack(hs)
        return (output, (h_n, keras.ops.stack(cs))) if self.kind == "lstm" else (output, h_n)
'''

TORCH_MHA_CLASS = '''

class TorchMultiheadAttention(keras.layers.Layer):
    """PyTorch's nn.MultiheadAttention in Keras (written by Pivot): call(query, key, value) returns
    `(output, weights)` like PyTorch; masks use PyTorch's convention (True = not attended)."""

    def __init__(self, embed_dim, num_heads, dropout=0.0, bias=True, batch_first=False, **kwargs):
        super().__init__(**kwargs)
        self.config = dict(embed_dim=embed_dim, num_heads=num_heads, dropout=dropout, bias=bias,
                           batch_first=batch_first)
        self.batch_first = batch_first
        self.attention = keras.layers.MultiHeadAttention(num_heads, embed_dim // num_heads, dropout=dropout,
                                                         use_bias=bias)

    def get_config(self):
        return {**super().get_config(), **self.config}

    def call(self, query, key, value, key_padding_mask=None, need_weights=True, attn_mask=None,
             average_attn_weights=True, is_causal=False, training=False):
        if not self.batch_first:
            query, key, value = (keras.ops.swapaxes(t, 0, 1) for t in (query, key, value))
        allowed = None
        if key_padding_mask is not None:
            allowed = keras.ops.logical_not(keras.ops.cast(key_padding_mask, "bool"))[:, None, :]
        if attn_mask is not None:
            keep = keras.ops.logical_not(keras.ops.cast(attn_mask, "bool"))
            allowed = keep if allowed is None else keras.ops.logical_and(allowed, keep)
        output, scores = self.attention(query, value, key, attention_mask=allowed, return_attention_scores=True,
                                        training=training)
        if not self.batch_first:
            output = keras.ops.swapaxes(output, 0, 1)
        if not need_weights:
            return output, None
        return output, keras.ops.mean(scores, axis=1) if average_attn_weights else scores
'''

TORCH_ENCODER_LAYER_CLASS = '''

class TorchTransformerEncoderLayer(keras.layers.Layer):
    """PyTorch's nn.TransformerEncoderLayer in Keras (written by Pivot): the same sublayers, the same order
    of normalisation (`norm_first`), the same defaults (eps 1e-5, dropout 0.1, feed-forward 2048)."""

    def __init__(self, d_model, nhead, dim_feedforward=2048, dropout=0.1, activation="relu", layer_norm_eps=1e-5,
                 batch_first=False, norm_first=False, bias=True, **kwargs):
        super().__init__(**kwargs)
        self.config = dict(d_model=d_model, nhead=nhead, dim_feedforward=dim_feedforward, dropout=dropout,
                           activation=activation, layer_norm_eps=layer_norm_eps, batch_first=batch_first,
                           norm_first=norm_first, bias=bias)
        self.norm_first = norm_first
        self.self_attn = TorchMultiheadAttention(d_model, nhead, dropout=dropout, bias=bias, batch_first=batch_first)
        self.linear1 = keras.layers.Dense(dim_feedforward, use_bias=bias)
        self.linear2 = keras.layers.Dense(d_model, use_bias=bias)
        self.norm1 = keras.layers.LayerNormalization(epsilon=layer_norm_eps)
        self.norm2 = keras.layers.LayerNormalization(epsilon=layer_norm_eps)
        self.dropout = keras.layers.Dropout(dropout)
        self.dropout1 = keras.layers.Dropout(dropout)
        self.dropout2 = keras.layers.Dropout(dropout)
        self.activation = keras.activations.get(activation)

    def get_config(self):
        return {**super().get_config(), **self.config}

    def _attend(self, x, mask, padding, training):
        out, _ = self.self_attn(x, x, x, key_padding_mask=padding, attn_mask=mask, need_weights=False,
                                training=training)
        return self.dropout1(out, training=training)

    def _feed_forward(self, x, training):
        hidden = self.dropout(self.activation(self.linear1(x)), training=training)
        return self.dropout2(self.linear2(hidden), training=training)

    def call(self, src, src_mask=None, src_key_padding_mask=None, is_causal=False, training=False):
        x = src
        if self.norm_first:
            x = x + self._attend(self.norm1(x), src_mask, src_key_padding_mask, training)
            return x + self._feed_forward(self.norm2(x), training)
        x = self.norm1(x + self._attend(x, src_mask, src_key_padding_mask, training))
        return self.norm2(x + self._feed_forward(x, training))
'''

TORCH_ENCODER_CLASS = '''

class TorchTransformerEncoder(keras.layers.Layer):
    """PyTorch's nn.TransformerEncoder in Keras (written by Pivot): `num_layers` copies of `encoder_layer`,
    each with its own weights, then the optional final `norm`."""

    def __init__(self, encoder_layer, num_layers, norm=None, **kwargs):
        kwargs.pop("enable_nested_tensor", None)
        super().__init__(**kwargs)
        config = encoder_layer.get_config()
        self.layers_ = [type(encoder_layer).from_config({**config, "name": None}) for _ in range(num_layers)]
        self.norm = norm

    def call(self, src, mask=None, src_key_padding_mask=None, is_causal=False, training=False):
        x = src
        for layer in self.layers_:
            x = layer(x, src_mask=mask, src_key_padding_mask=src_key_padding_mask, training=training)
        return self.norm(x) if self.norm is not None else x
'''

TORCH_ADAPTIVE_POOLING_CLASS = '''

class TorchAdaptivePooling(keras.layers.Layer):
    """PyTorch's nn.AdaptiveAvgPool1d/2d/3d and nn.AdaptiveMaxPool1d/2d/3d in Keras (written by Pivot), exact for
    any input size: on each spatial axis of length L, output cell i pools the inputs from floor(i * L / n) to
    ceil((i + 1) * L / n), as PyTorch does (the windows overlap when n does not divide L). Channels-last."""

    def __init__(self, output_size, mode="average", rank=2, **kwargs):
        super().__init__(**kwargs)
        sizes = tuple(output_size) if isinstance(output_size, (tuple, list)) else (output_size,) * rank
        self.output_size, self.mode = sizes, mode

    def get_config(self):
        return {**super().get_config(), "output_size": self.output_size, "mode": self.mode}

    def call(self, x):
        lengths = keras.ops.shape(x)[1:-1]
        reduce = keras.ops.mean if self.mode == "average" else keras.ops.max
        if all(n in (None, 1) for n in self.output_size):  # PyTorch's None keeps its axis: the others pooled whole
            return reduce(x, axis=tuple(i + 1 for i, n in enumerate(self.output_size) if n == 1), keepdims=True)
        if None in self.output_size:  # an axis kept, another pooled to n > 1: axis by axis (a window is a product
            for axis, n in enumerate(self.output_size, start=1):  # of ranges, so its mean or max is one of those)
                if n is not None:
                    length = lengths[axis - 1]
                    parts = [reduce(x[(slice(None),) * axis + (slice(i * length // n, -(-(i + 1) * length // n)),)],
                                    axis=axis, keepdims=True) for i in range(n)]
                    x = keras.ops.concatenate(parts, axis=axis)
            return x
        axes = tuple(range(1, len(self.output_size) + 1))
        cells = [()]  # every output position, in row-major order
        for n in self.output_size:
            cells = [cell + (i,) for cell in cells for i in range(n)]
        pooled = []
        for cell in cells:
            window = tuple(slice(i * length // n, -(-(i + 1) * length // n))
                           for i, length, n in zip(cell, lengths, self.output_size))
            pooled.append(reduce(x[(slice(None),) + window], axis=axes))
        out = keras.ops.stack(pooled, axis=1)
        return keras.ops.reshape(out, (-1,) + self.output_size + (keras.ops.shape(x)[-1],))
'''

TORCH_PIXEL_SHUFFLE_CLASS = '''

class TorchPixelShuffle(keras.layers.Layer):
    """PyTorch's nn.PixelShuffle in Keras (written by Pivot), channels-last: input channel c * r * r + i * r + j
    goes to output channel c at row offset i and column offset j, as in PyTorch."""

    def __init__(self, upscale_factor, **kwargs):
        super().__init__(**kwargs)
        self.upscale_factor = upscale_factor

    def get_config(self):
        return {**super().get_config(), "upscale_factor": self.upscale_factor}

    def call(self, x):
        r = self.upscale_factor
        _, h, w, c = keras.ops.shape(x)
        x = keras.ops.reshape(x, (-1, h, w, c // (r * r), r, r))
        x = keras.ops.transpose(x, (0, 1, 4, 2, 5, 3))
        return keras.ops.reshape(x, (-1, h * r, w * r, c // (r * r)))
'''

TORCH_CHANNEL_SHUFFLE_CLASS = '''

class TorchChannelShuffle(keras.layers.Layer):
    """PyTorch's nn.ChannelShuffle in Keras (written by Pivot), channels-last: the channels, read as (groups,
    C / groups), are transposed to (C / groups, groups)."""

    def __init__(self, groups, **kwargs):
        super().__init__(**kwargs)
        self.groups = groups

    def get_config(self):
        return {**super().get_config(), "groups": self.groups}

    def call(self, x):
        shape = keras.ops.shape(x)
        x = keras.ops.reshape(x, (-1, *shape[1:-1], self.groups, shape[-1] // self.groups))
        x = keras.ops.swapaxes(x, -1, -2)
        return keras.ops.reshape(x, (-1, *shape[1:]))
'''

TORCH_SUBSAMPLE_CLASS = '''

class TorchSubsample(keras.layers.Layer):
    """Every s-th position of each spatial axis from the first, channels-last (written by Pivot): with the
    stride-1 convolution before it, PyTorch's strided dilated convolution (Keras rejects strides > 1 with
    dilation_rate > 1)."""

    def __init__(self, strides, **kwargs):
        super().__init__(**kwargs)
        self.strides = tuple(strides) if isinstance(strides, (tuple, list)) else (strides,)

    def get_config(self):
        return {**super().get_config(), "strides": self.strides}

    def call(self, x):
        return x[(slice(None),) + tuple(slice(None, None, s) for s in self.strides)]
'''

TORCH_MAX_POOL_CLASS = '''

class TorchMaxPool(keras.layers.Layer):
    """PyTorch's padded or ceil_mode nn.MaxPool1d/2d/3d in Keras (written by Pivot), channels-last: PyTorch pads
    with -inf (never the max, where Keras's zeros would win over negative inputs); ceil_mode's extra last window
    comes from stride - 1 more -inf positions after the input, then valid pooling."""

    def __init__(self, kernel_size, stride=None, padding=0, ceil_mode=False, rank=2, **kwargs):
        super().__init__(**kwargs)
        per_axis = (lambda v: tuple(v) if isinstance(v, (tuple, list)) else (v,) * rank)
        self.kernel_size, self.padding = per_axis(kernel_size), per_axis(padding)
        self.stride, self.ceil_mode = per_axis(kernel_size if stride is None else stride), ceil_mode
        self.pool = getattr(keras.layers, f"MaxPooling{rank}D")(self.kernel_size, self.stride)

    def get_config(self):
        return {**super().get_config(), "kernel_size": self.kernel_size, "stride": self.stride,
                "padding": self.padding, "ceil_mode": self.ceil_mode, "rank": len(self.kernel_size)}

    def call(self, x):
        extra = [s - 1 if self.ceil_mode else 0 for s in self.stride]
        widths = [(0, 0)] + [(p, p + e) for p, e in zip(self.padding, extra)] + [(0, 0)]
        return self.pool(keras.ops.pad(x, widths, constant_values=float("-inf")))
'''

TORCH_PAD_CLASS = '''

class TorchPad(keras.layers.Layer):
    """PyTorch's nn.ReflectionPad1d/2d/3d, nn.ReplicationPad1d/2d/3d, nn.CircularPad1d/2d/3d and
    nn.ConstantPad1d/2d/3d (also a Conv's padding_mode) in Keras (written by Pivot), channels-last: F.pad's
    (left, right[, top, bottom]) pairs from the last spatial axis backwards.
    Replicate is numpy's 'edge', which TensorFlow lacks; k one-wide 'symmetric' pads (each copies the edge) pad k."""

    def __init__(self, mode, padding, rank=2, value=0.0, **kwargs):
        super().__init__(**kwargs)
        pairs = (padding,) * 2 * rank if isinstance(padding, int) else tuple(padding)
        self.mode, self.padding, self.rank, self.value = mode, pairs, rank, value
        self.widths = [(0, 0)] + [tuple(pairs[2 * i: 2 * i + 2]) for i in range(rank)][::-1] + [(0, 0)]

    def get_config(self):
        return {**super().get_config(), "mode": self.mode, "padding": self.padding, "rank": self.rank,
                "value": self.value}

    def call(self, x):
        if self.mode == "constant":
            return keras.ops.pad(x, self.widths, mode="constant", constant_values=self.value)
        if self.mode == "reflect":
            return keras.ops.pad(x, self.widths, mode="reflect")
        if self.mode == "circular":  # the other end's last (first) positions before (after) each spatial axis
            for axis, (a, b) in enumerate(self.widths):
                if a or b:
                    at = (slice(None),) * axis
                    x = keras.ops.concatenate([x[at + (slice(-a, None),)]] * bool(a) + [x] +
                                              [x[at + (slice(0, b),)]] * bool(b), axis=axis)
            return x
        for step in range(max(max(pair) for pair in self.widths)):
            x = keras.ops.pad(x, [(int(a > step), int(b > step)) for a, b in self.widths], mode="symmetric")
        return x
'''

TORCH_INTERPOLATE_CLASS = '''

class TorchInterpolate(keras.layers.Layer):
    """PyTorch's F.interpolate in Keras (written by Pivot), channels-last: 'nearest' and 'linear' / 'bilinear'
    (align_corners either way) read PyTorch's source positions, one spatial axis after the other."""

    def __init__(self, size=None, scale_factor=None, mode="nearest", align_corners=None, **kwargs):
        super().__init__(**kwargs)
        self.size, self.scale_factor, self.mode, self.align_corners = size, scale_factor, mode, align_corners

    def get_config(self):
        return {**super().get_config(), "size": self.size, "scale_factor": self.scale_factor, "mode": self.mode,
                "align_corners": self.align_corners}

    def call(self, x):
        n = len(x.shape) - 2
        per_axis = (lambda v: tuple(v) if isinstance(v, (tuple, list)) else (v,) * n)
        for axis, size, factor in zip(range(1, n + 1), per_axis(self.size), per_axis(self.scale_factor)):
            x = self._resample(x, axis, x.shape[axis], size, factor)
        return x

    def _resample(self, x, axis, length, size, factor):
        out = size if size is not None else int(length * factor)
        if self.mode != "nearest" and self.align_corners:
            src = [d * (length - 1) / (out - 1) if out > 1 else 0.0 for d in range(out)]
        else:
            scale = 1.0 / factor if size is None else length / out
            src = [d * scale if self.mode == "nearest" else max((d + 0.5) * scale - 0.5, 0.0) for d in range(out)]
        first = [min(int(s), length - 1) for s in src]
        if self.mode == "nearest":
            return keras.ops.take(x, first, axis=axis)
        second = [min(i + 1, length - 1) for i in first]
        weight = keras.ops.convert_to_tensor([s - i for s, i in zip(src, first)], dtype=x.dtype)
        weight = keras.ops.reshape(weight, (out,) + (1,) * (len(x.shape) - 1 - axis))
        return keras.ops.take(x, first, axis=axis) * (1 - weight) + keras.ops.take(x, second, axis=axis) * weight
'''

TORCH_RNN_CELL_CLASS = '''

class TorchRNNCell(keras.layers.Layer):
    """PyTorch's nn.LSTMCell / nn.GRUCell / nn.RNNCell in Keras (written by Pivot), called as PyTorch calls them:
    `cell(x, hx)` returns h, or (h, c) for an LSTM; no hx starts from zeros. The Keras cell keeps the weights
    (GRU with reset_after=True, PyTorch's formula)."""

    def __init__(self, kind, input_size, hidden_size, bias=True, nonlinearity="tanh", **kwargs):
        super().__init__(**kwargs)  # input_size: PyTorch's, read back (the Keras cell infers it)
        self.kind, self.hidden_size = kind, hidden_size
        if kind == "lstm":
            self.cell = keras.layers.LSTMCell(hidden_size, use_bias=bias)
        elif kind == "gru":
            self.cell = keras.layers.GRUCell(hidden_size, use_bias=bias, reset_after=True)
        else:
            self.cell = keras.layers.SimpleRNNCell(hidden_size, activation=nonlinearity, use_bias=bias)

    def call(self, x, hx=None):
        if hx is None:
            zeros = keras.ops.zeros((keras.ops.shape(x)[0], self.hidden_size), dtype=x.dtype)
            hx = (zeros, zeros) if self.kind == "lstm" else zeros
        out, states = self.cell(x, list(hx) if self.kind == "lstm" else [hx])
        return (states[0], states[1]) if self.kind == "lstm" else out
'''

TORCH_PRELU_CLASS = '''

class TorchPReLU(keras.layers.Layer):
    """PyTorch's nn.PReLU with one slope for every element, in Keras (written by Pivot): Keras's PReLU needs the
    input rank to share its slope over every axis; this holds one slope for any rank."""

    def __init__(self, num_parameters=1, init=0.25, **kwargs):
        super().__init__(**kwargs)
        self.num_parameters, self.init = num_parameters, init

    def build(self, input_shape):
        self.alpha = self.add_weight(shape=(self.num_parameters,), name="alpha",
                                     initializer=keras.initializers.Constant(self.init))

    def get_config(self):
        return {**super().get_config(), "num_parameters": self.num_parameters, "init": self.init}

    def call(self, x):
        return keras.ops.where(x >= 0, x, self.alpha * x)
'''

TORCH_BILINEAR_CLASS = '''

class TorchBilinear(keras.layers.Layer):
    """PyTorch's nn.Bilinear in Keras (written by Pivot), which has no bilinear layer: y = x1^T W x2 + b over the
    last axes, W of PyTorch's shape (out_features, in1_features, in2_features), initialized as PyTorch does."""

    def __init__(self, in1_features, in2_features, out_features, bias=True, **kwargs):
        super().__init__(**kwargs)
        self.in1_features, self.in2_features = in1_features, in2_features
        self.out_features, self.use_bias = out_features, bias

    def build(self, *input_shapes):
        bound = 1.0 / self.in1_features ** 0.5
        init = keras.initializers.RandomUniform(-bound, bound)
        self.weight = self.add_weight(shape=(self.out_features, self.in1_features, self.in2_features),
                                      initializer=init, name="weight")
        self.bias = self.add_weight(shape=(self.out_features,), initializer=init, name="bias") \
            if self.use_bias else None

    def get_config(self):
        return {**super().get_config(), "in1_features": self.in1_features, "in2_features": self.in2_features,
                "out_features": self.out_features, "bias": self.use_bias}

    def call(self, x1, x2):
        y = keras.ops.einsum("...i,oij,...j->...o", x1, self.weight, x2)
        return y + self.bias if self.bias is not None else y
'''

TORCH_EMBEDDING_BAG_CLASS = '''

class TorchEmbeddingBag(keras.layers.Layer):
    """PyTorch's nn.EmbeddingBag of fixed-length bags (a 2-D input, no offsets) in Keras (written by Pivot): each
    row's embeddings reduced over the bag by `mode` ("mean", "sum" or "max"), the table initialized as PyTorch's."""

    def __init__(self, num_embeddings, embedding_dim, mode="mean", **kwargs):
        super().__init__(**kwargs)
        self.num_embeddings, self.embedding_dim, self.mode = num_embeddings, embedding_dim, mode

    def build(self, input_shape):
        self.embeddings = self.add_weight(shape=(self.num_embeddings, self.embedding_dim),
                                          initializer="random_normal", name="embeddings")

    def get_config(self):
        return {**super().get_config(), "num_embeddings": self.num_embeddings,
                "embedding_dim": self.embedding_dim, "mode": self.mode}

    def call(self, x):
        vectors = keras.ops.take(self.embeddings, keras.ops.cast(x, "int32"), axis=0)
        reduce = {"mean": keras.ops.mean, "sum": keras.ops.sum, "max": keras.ops.max}[self.mode]
        return reduce(vectors, axis=1)
'''

# name -> (code, the support classes it needs), in the order they are written into a file
TORCH_TIED_LINEAR_CLASS = '''

class TorchTiedLinear(keras.layers.Layer):
    """PyTorch's nn.Linear whose weight is another layer's (`self.decoder.weight = self.encoder.weight`) in Keras
    (written by Pivot): the tied layer's matrix, an Embedding's (n, d) embeddings or a Dense's kernel, read at each
    call (held untracked: the weight is the tied layer's), and its own bias."""

    def __init__(self, tied, units, use_bias=True, **kwargs):
        super().__init__(**kwargs)
        self._tied = lambda: tied
        self.units, self.use_bias = units, use_bias

    def build(self, input_shape):
        self.bias = self.add_weight(shape=(self.units,), initializer="zeros", name="bias") if self.use_bias else None

    def call(self, x):
        tied = self._tied()
        kernel = keras.ops.transpose(tied.embeddings) if hasattr(tied, "embeddings") else tied.kernel
        y = keras.ops.matmul(x, kernel)
        return y + self.bias if self.bias is not None else y
'''

SUPPORT = {
    "TorchRNN": (TORCH_RNN_CLASS, ()),
    "TorchMultiheadAttention": (TORCH_MHA_CLASS, ()),
    "TorchTransformerEncoderLayer": (TORCH_ENCODER_LAYER_CLASS, ("TorchMultiheadAttention",)),
    "TorchTransformerEncoder": (TORCH_ENCODER_CLASS, ()),
    "TorchAdaptivePooling": (TORCH_ADAPTIVE_POOLING_CLASS, ()),
    # named by their code: the class names are the catalog's Keras spellings (rearrange.py)
    **{re.search(r"class (\w+)\(", code).group(1): (code, ())
       for code in (TORCH_PIXEL_SHUFFLE_CLASS, TORCH_CHANNEL_SHUFFLE_CLASS, TORCH_SUBSAMPLE_CLASS,
                     TORCH_MAX_POOL_CLASS, TORCH_PAD_CLASS, TORCH_INTERPOLATE_CLASS,
                     TORCH_RNN_CELL_CLASS, TORCH_PRELU_CLASS, TORCH_TIED_LINEAR_CLASS,
                     TORCH_BILINEAR_CLASS, TORCH_EMBEDDING_BAG_CLASS)},
}

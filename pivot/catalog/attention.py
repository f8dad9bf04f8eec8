"""Attention and transformer layers."""
from __future__ import annotations

from pivot.catalog.domains import FLAGS, FLAGS_ON, Draw, Ints
from pivot.catalog.shape_rules import Call, ShapeRule
from pivot.catalog.spec import Arg, OpSpec, register
from pivot.catalog.spelling import F, K, T
from pivot.catalog.weight_rules import Attention, KerasLayout
from pivot.model import value_code


# keras.layers.MultiHeadAttention that nn.MultiheadAttention cannot express (num_heads * key_dim other than the
# query width, a value_dim of its own, or a width known only from the caller): Keras's computation and weight
# layout in a lazy PyTorch module, its parameters in the order and shapes of the Keras layer's weights
KERAS_MHA_CLASS = '''

class KerasMultiHeadAttention(nn.modules.lazy.LazyModuleMixin, nn.Module):
    """keras.layers.MultiHeadAttention in PyTorch (written by Pivot): any num_heads, key_dim and value_dim; the
    projections are sized from the first call's query, value and key, and the output has the query's width.
    Called as Keras calls it: (query, value, key=None). Its parameters are the Keras layer's weights, in order."""

    KERAS_LAYOUT = True  # weights copy one to one, in order, with Keras's shapes

    def __init__(self, num_heads, key_dim, value_dim=None, dropout=0.0, use_bias=True, widths=None):
        super().__init__()
        self.num_heads, self.key_dim, self.value_dim = num_heads, key_dim, value_dim or key_dim
        self.use_bias = use_bias
        self.dropout = nn.Dropout(dropout)
        for part in ("query", "key", "value", "output"):
            setattr(self, f"{part}_kernel", nn.UninitializedParameter())
            setattr(self, f"{part}_bias", nn.UninitializedParameter() if use_bias else None)
        if widths is not None:  # the query, value and key widths, known where it was migrated: sized now
            self._materialize(*widths)

    def initialize_parameters(self, query, value, key=None):
        if self.has_uninitialized_params():
            key = value if key is None else key
            self._materialize(query.shape[-1], value.shape[-1], key.shape[-1])

    def _materialize(self, width, value_width, key_width):
        h, k, v = self.num_heads, self.key_dim, self.value_dim
        shapes = {"query": ((width, h, k), (h, k)), "key": ((key_width, h, k), (h, k)),
                  "value": ((value_width, h, v), (h, v)), "output": ((h, v, width), (width,))}
        with torch.no_grad():
            for part, (kernel, bias) in shapes.items():
                getattr(self, f"{part}_kernel").materialize(kernel)
                nn.init.xavier_uniform_(getattr(self, f"{part}_kernel").view(kernel[0], -1))
                if self.use_bias:
                    getattr(self, f"{part}_bias").materialize(bias)
                    getattr(self, f"{part}_bias").zero_()

    def _project(self, x, part):
        y = torch.einsum("...e,ehd->...hd", x, getattr(self, f"{part}_kernel"))
        return y + getattr(self, f"{part}_bias") if self.use_bias else y

    def forward(self, query, value, key=None):
        key = value if key is None else key
        q = self._project(query, "query") / math.sqrt(self.key_dim)
        k, v = self._project(key, "key"), self._project(value, "value")
        scores = torch.softmax(torch.einsum("bqhd,bkhd->bhqk", q, k), dim=-1)
        context = torch.einsum("bhqk,bkhd->bqhd", self.dropout(scores), v)
        out = torch.einsum("bqhd,hde->bqe", context, self.output_kernel)
        return out + self.output_bias if self.use_bias else out
'''


def keras_attention_module(attrs: dict, width, widths: tuple = ()) -> str | None:
    """`KerasMultiHeadAttention(...)` where nn.MultiheadAttention cannot hold the Keras layer (None: it can);
    `widths` (query, value, key), when all known, size it where it is built."""
    heads, key_dim, value_dim = attrs.get("num_heads"), attrs.get("key_dim"), attrs.get("value_dim")
    if value_dim in (None, key_dim) and all(isinstance(v, int) for v in (width, heads, key_dim)) and \
            heads * key_dim == width:
        return None
    args = [f"num_heads={value_code(heads)}", f"key_dim={value_code(key_dim)}"]
    args += [f"value_dim={value_code(value_dim)}"] * (value_dim is not None)
    args += [f"dropout={value_code(attrs.get('dropout'))}"] * bool(attrs.get("dropout"))
    args += ["use_bias=False"] * (attrs.get("bias") is False)
    args += [f"widths={value_code(tuple(widths))}"] * (len(widths) == 3 and all(isinstance(w, int) for w in widths))
    return f"KerasMultiHeadAttention({', '.join(args)})"


def _attention() -> None:
    """PyTorch attention modules; Keras gets Pivot's support classes with PyTorch's call signature."""
    register(OpSpec(
        name="MultiheadAttention", kind="layer", doc="multi-head attention",
        torch_module=f"{T}MultiheadAttention", keras_layer=f"{K}MultiHeadAttention",
        args=(Arg("embed_dim", torch="embed_dim", torch_pos=0, inferred=True, inferred_from_last=True),
              Arg("num_heads", torch="num_heads", keras="num_heads", torch_pos=1, keras_pos=0,
                  domain=Ints(values=(1, 2, 4))),
              Arg("key_dim", keras="key_dim", keras_pos=1),
              Arg("value_dim", keras="value_dim", keras_default=None),
              Arg("output_shape", keras="output_shape", keras_default=None),
              Arg("attention_axes", keras="attention_axes", keras_default=None),
              Arg("dropout", torch="dropout", keras="dropout", torch_pos=2, torch_default=0.0, keras_default=0.0),
              Arg("bias", torch="bias", keras="use_bias", torch_pos=3, torch_default=True, keras_default=True,
                  domain=FLAGS_ON),
              Arg("add_bias_kv", torch="add_bias_kv", torch_pos=4, torch_default=False, domain=FLAGS),
              Arg("add_zero_attn", torch="add_zero_attn", torch_pos=5, torch_default=False, domain=FLAGS),
              Arg("kdim", torch="kdim", torch_pos=6, torch_default=None),
              Arg("vdim", torch="vdim", torch_pos=7, torch_default=None),
              Arg("batch_first", torch="batch_first", torch_pos=8, torch_default=False, keras_default=True)),
        shape="same", weights="mha", feature_axis=-1, draw=Draw(("seq",), inputs=3),
        weight_rule=Attention(), name_prefix="attention", sequence_input=True, attention=True, keras_support_class="TorchMultiheadAttention",
        keras_call_inputs=("query", "value", "key"),
        torch_support_code=KERAS_MHA_CLASS,
        notes=("Keras gets `TorchMultiheadAttention`, which returns (output, weights) and takes PyTorch's masks.",),
    ))
    register(OpSpec(
        name="TransformerEncoderLayer", kind="layer", doc="transformer encoder layer (PyTorch semantics)",
        torch_module=f"{T}TransformerEncoderLayer",
        args=(Arg("d_model", torch="d_model", torch_pos=0), Arg("nhead", torch="nhead", torch_pos=1),
              Arg("dim_feedforward", torch="dim_feedforward", torch_pos=2, torch_default=2048),
              Arg("dropout", torch="dropout", torch_pos=3, torch_default=0.1),
              Arg("activation", torch="activation", torch_pos=4, torch_default="relu"),
              Arg("layer_norm_eps", torch="layer_norm_eps", torch_pos=5, torch_default=1e-5),
              Arg("batch_first", torch="batch_first", torch_pos=6, torch_default=False),
              Arg("norm_first", torch="norm_first", torch_pos=7, torch_default=False),
              Arg("bias", torch="bias", torch_pos=8, torch_default=True, domain=FLAGS_ON)),
        shape="same", sequence_input=True, keras_support_class="TorchTransformerEncoderLayer",
    ))
    register(OpSpec(
        name="TransformerEncoder", kind="layer", doc="stack of transformer encoder layers (PyTorch semantics)",
        torch_module=f"{T}TransformerEncoder",
        args=(Arg("encoder_layer", torch="encoder_layer", torch_pos=0),
              Arg("num_layers", torch="num_layers", torch_pos=1),
              Arg("norm", torch="norm", torch_pos=2, torch_default=None),
              Arg("enable_nested_tensor", torch="enable_nested_tensor", torch_pos=3, torch_default=True),
              Arg("mask_check", torch="mask_check", torch_pos=4, torch_default=True)),
        shape="same", sequence_input=True, keras_support_class="TorchTransformerEncoder",
    ))


class AttentionShape(ShapeRule):
    """softmax(q @ k^T) @ v: the query's shape with the value's width."""

    def shape(self, x: tuple, call: Call):
        v = call.xs[2] if len(call.xs) > 2 else None
        return x[:-1] + ((v[-1],) if v else (None,)), False


def _sdpa_unsupported(attrs: dict) -> str | None:
    # PyTorch applies dropout_p even in eval mode: a nonzero one is random at inference
    if attrs.get("attn_mask") is not None or attrs.get("is_causal") not in (False, None):
        return "a mask (attn_mask, is_causal) is not migrated"
    if attrs.get("dropout_p") not in (0, 0.0):
        return "dropout_p other than 0 draws random numbers even at inference"
    if attrs.get("scale") is not None or attrs.get("enable_gqa"):
        return "scale and enable_gqa are not migrated"
    return None


def _functional_attention() -> None:
    register(OpSpec(
        name="ScaledDotProductAttention", kind="tensor", doc="softmax(q @ k^T / sqrt(E)) @ v over the last two axes",
        torch_functions=(f"{F}scaled_dot_product_attention",), function_tensors=3,
        args=(Arg("attn_mask", torch="attn_mask", torch_pos=0, torch_default=None),
              Arg("dropout_p", torch="dropout_p", torch_pos=1, torch_default=0.0),
              Arg("is_causal", torch="is_causal", torch_pos=2, torch_default=False),
              Arg("scale", torch="scale", torch_pos=3, torch_default=None),
              Arg("enable_gqa", torch="enable_gqa", torch_pos=4, torch_default=False)),
        keras_code="keras.ops.matmul(keras.ops.softmax(keras.ops.matmul({0}, keras.ops.swapaxes({1}, -1, -2)) "
                   "* {0}.shape[-1] ** -0.5, axis=-1), {2})",
        shape="attention", shape_rule=AttentionShape(), layout_fixed=True, unsupported=_sdpa_unsupported,
    ))


class KerasAttentionShape(ShapeRule):
    """layers.Attention()([query, value(, key)]): the query's shape with the value's width."""

    def shape(self, x: tuple, call: Call):
        v = call.xs[1] if len(call.xs) > 1 else None
        return x[:-1] + ((v[-1],) if v else (None,)), False


def _keras_attention_unsupported(attrs: dict) -> str | None:
    if attrs.get("use_scale"):
        return "use_scale=True learns a scale Pivot does not migrate"
    if attrs.get("score_mode", "dot") != "dot":
        return "only score_mode='dot' is migrated"
    return None


def _keras_attention() -> None:
    register(OpSpec(
        name="DotAttention", kind="merge", doc="Luong dot-product attention of a query over a value (key = value)",
        keras_layer=f"{K}Attention",
        args=(Arg("use_scale", keras="use_scale", keras_pos=0, keras_default=False),
              Arg("score_mode", keras="score_mode", keras_default="dot"),
              Arg("dropout", keras="dropout", keras_default=0.0)),
        # {0} query, {1} value, {2} key (the value when the layer is given two tensors)
        torch_code="torch.softmax(torch.matmul({0}, {2}.transpose(-1, -2)), dim=-1) @ {1}",
        shape="attention", shape_rule=KerasAttentionShape(), layout_fixed=True,
        unsupported=_keras_attention_unsupported,
        notes=("Keras-only (a layer): softmax(q @ k^T) @ v without a scale; dropout acts in training only.",),
    ))


# keras.layers.AdditiveAttention (Bahdanau): PyTorch has no such module. Pivot writes one with Keras's computation
# (Attention._apply_scores over AdditiveAttention._calculate_scores) and its one weight, `scale` (dim,), copied as is
ADDITIVE_ATTENTION_CLASS = '''

class AdditiveAttention(nn.modules.lazy.LazyModuleMixin, nn.Module):
    """keras.layers.AdditiveAttention in PyTorch (written by Pivot): Bahdanau scores sum(scale * tanh(q + k)) over
    the features, a softmax over the value's steps, and the values weighted by it. Called as Keras calls it, with
    [query, value] or [query, value, key] (the key is the value when not given); `scale` is sized on the first call
    from the query's width, as Keras builds it."""

    KERAS_LAYOUT = True  # weights copy one to one, in order, with Keras's shapes

    def __init__(self, use_scale=True, dropout=0.0):
        super().__init__()
        self.scale = nn.UninitializedParameter() if use_scale else None
        self.dropout = nn.Dropout(dropout)  # of the attention weights, in training only (as Keras's)

    def initialize_parameters(self, query, value=None, key=None):
        if self.has_uninitialized_params():
            query = query[0] if isinstance(query, (list, tuple)) else query
            dim = query.shape[-1]
            with torch.no_grad():
                self.scale.materialize((dim,))
                nn.init.uniform_(self.scale, -(3.0 / dim) ** 0.5, (3.0 / dim) ** 0.5)  # Keras's glorot_uniform

    def forward(self, query, value=None, key=None):
        if isinstance(query, (list, tuple)):
            query, value, key = (list(query) + [None, None])[:3]
        key = value if key is None else key
        scores = torch.tanh(query.unsqueeze(-2) + key.unsqueeze(-3))
        scores = (scores * self.scale if self.scale is not None else scores).sum(dim=-1)
        return torch.matmul(self.dropout(torch.softmax(scores, dim=-1)), value)
'''


def _additive_attention() -> None:
    register(OpSpec(
        name="AdditiveAttention", kind="layer", doc="Bahdanau additive attention of a query over a value (key = value)",
        torch_module="AdditiveAttention", keras_layer=f"{K}AdditiveAttention",
        args=(Arg("use_scale", torch="use_scale", keras="use_scale", torch_pos=0, keras_pos=0, torch_default=True,
                  keras_default=True, domain=FLAGS_ON),
              Arg("dropout", torch="dropout", keras="dropout", torch_pos=1, torch_default=0.0, keras_default=0.0)),
        shape="attention", shape_rule=KerasAttentionShape(), layout_fixed=True, feature_axis=-1,
        weights="keras_layout", weight_rule=KerasLayout(), torch_support_code=ADDITIVE_ATTENTION_CLASS,
        name_prefix="attention", keras_list_call=True,
        notes=("PyTorch gets an `AdditiveAttention` module written by Pivot (Keras's scores and its `scale` weight), "
               "called with the same list [query, value(, key)].",),
    ))


def _keras_mha_to_keras(attrs: dict, seen) -> str:
    """Pivot's KerasMultiHeadAttention read back: the Keras layer it holds, whose weights it keeps as they are."""
    args = [f"num_heads={value_code(attrs.get('num_heads'))}", f"key_dim={value_code(attrs.get('key_dim'))}"]
    args += [f"value_dim={value_code(attrs['value_dim'])}"] * (attrs.get("value_dim") is not None)
    args += [f"dropout={value_code(attrs['dropout'])}"] * bool(attrs.get("dropout"))
    args += [f"use_bias={value_code(attrs['use_bias'])}"] * (attrs.get("use_bias", True) is not True)
    return f"layers.MultiHeadAttention({', '.join(args)})"


def _keras_mha_module() -> None:
    """Pivot's KerasMultiHeadAttention (what the Keras -> PyTorch migration writes for a MultiHeadAttention that
    nn.MultiheadAttention cannot hold), read where it is called as keras.layers.MultiHeadAttention on the way back:
    called as Keras calls it, (query, value, key=None), its parameters the Keras layer's weights in order."""
    register(OpSpec(
        name="KerasMultiHeadAttention", kind="layer", doc="Keras's multi-head attention (Pivot's PyTorch module)",
        torch_module="KerasMultiHeadAttention",
        args=(Arg("num_heads", torch="num_heads", torch_pos=0), Arg("key_dim", torch="key_dim", torch_pos=1),
              Arg("value_dim", torch="value_dim", torch_pos=2, torch_default=None),
              Arg("dropout", torch="dropout", torch_pos=3, torch_default=0.0),
              Arg("use_bias", torch="use_bias", torch_pos=4, torch_default=True),
              Arg("widths", torch="widths", torch_pos=5, torch_default=None)),
        shape="same", feature_axis=-1, sequence_input=True, layout_fixed=True,
        weights="keras_layout", weight_rule=KerasLayout(), emit_keras_layer=_keras_mha_to_keras,
        keras_call_inputs=("query", "value", "key"), name_prefix="attention",
        notes=("Keras gets keras.layers.MultiHeadAttention: the module is Pivot's, with Keras's weights.",),
    ))


_attention()
_keras_mha_module()
_functional_attention()
_keras_attention()
_additive_attention()

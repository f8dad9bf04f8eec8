"""Recurrent layers: LSTM, GRU, simple RNN."""
from __future__ import annotations

from pivot.catalog.domains import FLAGS, FLAGS_ON, Choice, Draw, Floats, Ints
from pivot.catalog.shape_rules import Call, Shape, ShapeRule, conv_like, dim
from pivot.catalog.spec import Arg, OpSpec, Seen, SupportCall, Variant, register
from pivot.catalog.spelling import K, T
from pivot.catalog.weight_rules import KerasLayout, Recurrent, RecurrentCell
from pivot.model import Expr, value_code


class RecurrentShape(ShapeRule):
    """(steps, features) to (steps, hidden_size), twice that bidirectional; Keras without return_sequences
    gives the last step only."""

    def shape(self, x: tuple, call: Call):
        width = dim(call.attrs.get("hidden_size"))
        if width is not None and call.attrs.get("bidirectional") and \
                call.attrs.get("merge_mode", "concat") in (None, "concat"):  # 'sum', 'ave', 'mul': one direction's
            width = width * 2 if isinstance(width, int) else Expr(f"2 * {width.code}")
        if not call.attrs.get("return_sequences", True) and call.framework == "keras":
            return (width,), False
        return x[:-1] + (width,), False

    def first_input(self, spec: OpSpec, attrs) -> tuple[Shape, bool]:
        """A batch-first PyTorch RNN reads (batch, steps, input_size): a sequence of unknown length."""
        if attrs.get("batch_first") is True and dim(attrs.get("input_size")) is not None:
            return (None, dim(attrs.get("input_size"))), False
        return None, False

    def state(self, attrs) -> tuple:
        """The shape of one returned state (h or c): (hidden_size,)."""
        return (dim(attrs.get("hidden_size")),)


# methods of nn.LSTM / nn.GRU / nn.RNN that re-pack the weights in memory (cuDNN's contiguous chunk, after
# DataParallel or a weight load) and change no value: `self.lstm.flatten_parameters()` in forward is dropped in Keras
STORAGE_METHODS = ("flatten_parameters",)


# Keras Bidirectional merge modes other than 'concat', as PyTorch combines the two halves of the output
BIDIRECTIONAL_MERGES = ("sum", "ave", "mul")


def _recurrent() -> None:
    # PyTorch's gates and Keras's order of them: LSTM i,f,g,o in both; GRU r,z,n vs z,r,h (reset_after keeps
    # both biases); a simple RNN has one
    for name, keras_name, rule in (("LSTM", "LSTM", Recurrent("ifgo", "ifgo")),
                                   ("GRU", "GRU", Recurrent("rzn", "zrn", two_biases=True)),
                                   ("RNN", "SimpleRNN", Recurrent("h", "h"))):
        gates = len(rule.gates)
        late = 1 if name == "RNN" else 0  # nn.RNN takes nonlinearity 4th, before bias
        cell = ((Arg("nonlinearity", torch="nonlinearity", keras="activation", torch_pos=3, torch_default="tanh",
                     keras_default="tanh", torch_values=("tanh", "relu"), keras_values=("tanh", "relu"),
                     domain=Choice(("tanh", "relu"))),)
                if name == "RNN" else
                (Arg("activation", keras="activation", keras_default="tanh", domain=Choice(("tanh", "relu")),
                torch_requires=("tanh", "nn.LSTM/nn.GRU use tanh")),
                 Arg("recurrent_activation", keras="recurrent_activation", keras_default="sigmoid",
                     domain=Choice(("sigmoid", "hard_sigmoid")),
                torch_requires=("sigmoid", "nn.LSTM/nn.GRU gates use sigmoid"))))
        dropout = Floats(0.0, 1.0, values=(0.0, 0.2))
        register(OpSpec(
            name=name, kind="layer", doc=f"{'multi-layer ' if gates > 1 else ''}{name} recurrent layer",
            torch_module=f"{T}{name}", keras_layer=f"{K}{keras_name}",
            args=(
                Arg("input_size", torch="input_size", torch_pos=0, inferred=True, inferred_from_last=True),
                Arg("hidden_size", torch="hidden_size", keras="units", torch_pos=1, keras_pos=0,
                    domain=Ints(values=(4, 8, 12))),
                Arg("num_layers", torch="num_layers", torch_pos=2, torch_default=1, domain=Ints(values=(1, 2))),
                Arg("bias", torch="bias", keras="use_bias", torch_pos=3 + late, torch_default=True, keras_default=True,
                    domain=FLAGS_ON),
                Arg("batch_first", torch="batch_first", torch_pos=4 + late, torch_default=False, keras_default=True),
                Arg("dropout", torch="dropout", torch_pos=5 + late, torch_default=0.0),
                Arg("bidirectional", torch="bidirectional", torch_pos=6 + late, torch_default=False, domain=FLAGS),
                Arg("return_sequences", keras="return_sequences", keras_default=False, torch_default=True),
                Arg("return_state", keras="return_state", keras_default=False, torch_default=True),
                Arg("go_backwards", keras="go_backwards", keras_default=False, domain=FLAGS,
                torch_requires=(False, "go_backwards=True has no PyTorch equivalent")),
                Arg("stateful", keras="stateful", keras_default=False,
                torch_requires=(False, "stateful RNNs keep state across batches; PyTorch modules do not")),
                Arg("input_dropout", keras="dropout", keras_default=0.0, domain=dropout),
                Arg("recurrent_dropout", keras="recurrent_dropout", keras_default=0.0, domain=dropout),
                # 'sum' / 'ave' / 'mul' combine PyTorch's two directions after the call (backends.torch.rnn_call)
                Arg("merge_mode", keras_default="concat", torch_default="concat",
                    keras_values=("concat",) + BIDIRECTIONAL_MERGES),
            ) + cell + ((Arg("reset_after", keras="reset_after", keras_default=True, domain=FLAGS_ON,
                torch_requires=(True, "PyTorch's GRU applies the reset gate after the matrix product "
                                                   "(reset_after=True)")),) if name == "GRU" else ()),
            shape="rnn", weights="rnn", shape_rule=RecurrentShape(), feature_axis=-1,
            draw=Draw(("seq",), states=2 if name == "LSTM" else 1),
            weight_rule=rule, name_prefix=name.lower(),
            variants=(Variant(f"{K}Bidirectional", wraps=True, sets=(("bidirectional", True),),
                              optional=("merge_mode",)),), recurrent_states=2 if name == "LSTM" else 1,
            # Keras gets `TorchRNN(kind, hidden_size, ...)` (backends.keras.rnn_layer): PyTorch's arguments
            keras_support_call=SupportCall("TorchRNN", leading=(name.lower(),), skipped=1),
            notes=("PyTorch returns (output, h_n[, c_n]) for all layers and directions; Keras returns the last "
                   "step unless return_sequences, and states only with return_state.",
                   "Gate order: LSTM i,f,g,o in both; GRU r,z,n (PyTorch) vs z,r,h (Keras); PyTorch has two "
                   "biases where Keras LSTM/SimpleRNN have one (their sum)."),
        ))


_recurrent()


class CellShape(ShapeRule):
    """(features,) to (hidden_size,): the new h (an LSTM cell's (h, c) pair has two of these)."""

    def shape(self, x: tuple, call: Call):
        return x[:-1] + (dim(call.attrs.get("hidden_size")),), False


def _cell_to_keras(kind: str):
    """Pivot's `TorchRNNCell(kind, input_size, hidden_size, ...)`: PyTorch's arguments (the input size too, for the
    way back: a step inside a loop, `x[:, t]`, has no known shape), called as PyTorch calls the cell."""

    def emit(attrs: dict, seen: Seen) -> str:
        sizes = ", ".join(value_code(attrs.get(k)) for k in ("input_size", "hidden_size"))
        extra = "" if attrs.get("bias", True) else ", bias=False"
        if attrs.get("nonlinearity", "tanh") != "tanh":
            extra += f", nonlinearity={value_code(attrs['nonlinearity'])}"
        return f'TorchRNNCell("{kind}", {sizes}{extra})'
    return emit


def _cells() -> None:
    """nn.RNNCell / LSTMCell / GRUCell, one step of the recurrent layers, applied by the model's own loop."""
    for name, rule in (("LSTMCell", RecurrentCell("ifgo", "ifgo")),
                       ("GRUCell", RecurrentCell("rzn", "zrn", two_biases=True)),
                       ("RNNCell", RecurrentCell("h", "h"))):
        kind = name[:-4].lower()
        register(OpSpec(
            name=name, kind="layer", doc=f"one step of a{'n' if kind != 'gru' else ''} {name[:-4]}",
            torch_module=f"{T}{name}",
            args=(Arg("input_size", torch="input_size", torch_pos=0, inferred=True, inferred_from_last=True),
                  Arg("hidden_size", torch="hidden_size", torch_pos=1),
                  Arg("bias", torch="bias", torch_pos=2, torch_default=True))
            + ((Arg("nonlinearity", torch="nonlinearity", torch_pos=3, torch_default="tanh",
                    torch_values=("tanh", "relu")),) if kind == "rnn" else ()),
            shape="rnn_cell", weights="rnn", shape_rule=CellShape(), feature_axis=-1, weight_rule=rule,
            name_prefix="cell", emit_keras_layer=_cell_to_keras(kind), parts=kind == "lstm",  # (h, c): alike
            keras_support_call=SupportCall("TorchRNNCell", leading=(kind,)),
            notes=("Keras gets Pivot's `TorchRNNCell` around layers." + name.replace("RNNCell", "SimpleRNNCell")
                   + ", called as PyTorch calls the cell: `cell(x, hx)` returns h, or (h, c) for an LSTM.",),
        ))


_cells()


# keras.layers.ConvLSTM2D: PyTorch has no convolutional LSTM. Pivot writes one with Keras's computation, gate
# order (i, f, c, o) and weights (kernel, recurrent_kernel, bias, in Keras's shapes, copied one to one). A sequence
# of images (T, H, W, C) is a 3-D image to the layout machinery: channels-first (N, C, T, H, W) in PyTorch, so
# BatchNormalization and Conv3D around it work as for any volume.
CONV_LSTM_CLASS = '''

class ConvLSTM2d(nn.Module):
    """keras.layers.ConvLSTM2D in PyTorch (written by Pivot): (N, C, T, H, W) to (N, filters, T, H, W) with
    return_sequences, else the last step (N, filters, H, W); Keras's gate order (i, f, c, o) and weight layout."""

    KERAS_LAYOUT = True  # weights copy one to one, in order, with Keras's shapes
    ACTIVATIONS = {"tanh": torch.tanh, "sigmoid": torch.sigmoid, "relu": torch.relu,
                   "hard_sigmoid": nn.functional.hardsigmoid, "linear": lambda x: x}

    def __init__(self, in_channels, filters, kernel_size, padding="valid", activation="tanh",
                 recurrent_activation="sigmoid", use_bias=True, return_sequences=False):
        super().__init__()
        kh, kw = (kernel_size, kernel_size) if isinstance(kernel_size, int) else kernel_size
        self.filters, self.padding, self.return_sequences = filters, padding, return_sequences
        self.activation = self.ACTIVATIONS[activation]
        self.recurrent_activation = self.ACTIVATIONS[recurrent_activation]
        self.kernel = nn.Parameter(torch.empty(kh, kw, in_channels, 4 * filters))
        self.recurrent_kernel = nn.Parameter(torch.empty(kh, kw, filters, 4 * filters))
        self.bias = nn.Parameter(torch.zeros(4 * filters)) if use_bias else None
        nn.init.xavier_uniform_(self.kernel)
        nn.init.orthogonal_(self.recurrent_kernel)

    def forward(self, x):
        kernel, recurrent = self.kernel.permute(3, 2, 0, 1), self.recurrent_kernel.permute(3, 2, 0, 1)
        h = c = None
        steps = []
        for t in range(x.shape[2]):
            z = nn.functional.conv2d(x[:, :, t], kernel, self.bias, padding=self.padding)
            if h is None:
                h = c = z.new_zeros(z.shape[0], self.filters, *z.shape[2:])
            z = z + nn.functional.conv2d(h, recurrent, padding="same")
            i, f, g, o = z.chunk(4, dim=1)
            c = self.recurrent_activation(f) * c + self.recurrent_activation(i) * self.activation(g)
            h = self.recurrent_activation(o) * self.activation(c)
            steps.append(h)
        return torch.stack(steps, dim=2) if self.return_sequences else h
'''


class ConvLSTMShape(ShapeRule):
    """(C, T, H, W) to (filters, T, H', W') with return_sequences, else (filters, H', W')."""

    def rank_only(self, spec: OpSpec):
        return (None,) * 4

    def shape(self, x: tuple, call: Call):
        if len(x) != 4:
            return (None,) * (4 if call.attrs.get("return_sequences") else 3), True
        step = conv_like((x[0],) + tuple(x[2:]), dict(call.attrs, stride=1, dilation=1), 2,
                         out_channels=call.attrs.get("filters"))
        return ((step[0], x[1]) + step[1:] if call.attrs.get("return_sequences") else step), True

    def first_input(self, spec: OpSpec, attrs):
        return (dim(attrs.get("in_channels")), None, None, None), True


def _conv_lstm_unsupported(attrs: dict) -> str | None:
    if any(attrs.get(k) not in (1, (1, 1), None) for k in ("strides", "dilation_rate")):
        return "strides and dilation_rate other than 1 are not migrated"
    if any(attrs.get(k) for k in ("return_state", "go_backwards", "stateful")) or attrs.get("dropout") or \
            attrs.get("recurrent_dropout"):
        return "return_state, go_backwards, stateful and (recurrent) dropout are not migrated"
    acts = ("tanh", "sigmoid", "relu", "hard_sigmoid", "linear")
    if attrs.get("activation") not in acts or attrs.get("recurrent_activation") not in acts:
        return f"activations other than {', '.join(acts)} are not migrated"
    return None


register(OpSpec(
    name="ConvLSTM2d", kind="layer", doc="convolutional LSTM over a sequence of images",
    torch_module="ConvLSTM2d", keras_layer=f"{K}ConvLSTM2D",
    args=(Arg("in_channels", torch="in_channels", torch_pos=0, inferred=True),
          Arg("filters", torch="filters", keras="filters", torch_pos=1, keras_pos=0),
          Arg("kernel_size", torch="kernel_size", keras="kernel_size", torch_pos=2, keras_pos=1),
          Arg("strides", keras="strides", keras_pos=2, keras_default=1),
          Arg("padding", torch="padding", keras="padding", keras_pos=3, torch_default="valid",
              keras_default="valid"),
          Arg("dilation_rate", keras="dilation_rate", keras_default=1),
          Arg("activation", torch="activation", keras="activation", torch_default="tanh", keras_default="tanh"),
          Arg("recurrent_activation", torch="recurrent_activation", keras="recurrent_activation",
              torch_default="sigmoid", keras_default="sigmoid"),
          Arg("use_bias", torch="use_bias", keras="use_bias", torch_default=True, keras_default=True),
          Arg("return_sequences", torch="return_sequences", keras="return_sequences", torch_default=False,
              keras_default=False),
          Arg("return_state", keras="return_state", keras_default=False),
          Arg("go_backwards", keras="go_backwards", keras_default=False),
          Arg("stateful", keras="stateful", keras_default=False),
          Arg("dropout", keras="dropout", keras_default=0.0),
          Arg("recurrent_dropout", keras="recurrent_dropout", keras_default=0.0)),
    spatial=3, shape="conv_lstm", weights="keras_layout", layout_sensitive=True, shape_rule=ConvLSTMShape(),
    weight_rule=KerasLayout(),
    unsupported=_conv_lstm_unsupported, torch_support_code=CONV_LSTM_CLASS, name_prefix="conv_lstm",
    notes=("PyTorch gets a `ConvLSTM2d` module written by Pivot (Keras's gates and weights); the sequence of "
           "images is channels-first (N, C, T, H, W) there.",),
))

"""Recurrent layers: LSTM, GRU, simple RNN."""
from __future__ import annotations

from pivot.catalog.domains import FLAGS, FLAGS_ON, Choice, Draw, Floats, Ints
from pivot.catalog.shape_rules import Call, ShapeRule, dim
from pivot.catalog.spec import Arg, OpSpec, SupportCall, Variant, register
from pivot.catalog.spelling import K, T
from pivot.catalog.weight_rules import Recurrent
from pivot.model import Expr


class RecurrentShape(ShapeRule):
    """(steps, features) to (steps, hidden_size), twice that bidirectional; Keras without return_sequences
    gives the last step only."""

    def shape(self, x: tuple, call: Call):
        width = dim(call.attrs.get("hidden_size"))
        if width is not None and call.attrs.get("bidirectional"):
            width = width * 2 if isinstance(width, int) else Expr(f"2 * {width.code}")
        if not call.attrs.get("return_sequences", True) and call.framework == "keras":
            return (width,), False
        return x[:-1] + (width,), False

    def state(self, attrs) -> tuple:
        """The shape of one returned state (h or c): (hidden_size,)."""
        return (dim(attrs.get("hidden_size")),)


def _recurrent() -> None:
    # PyTorch's gates and Keras's order of them: LSTM i,f,g,o in both; GRU r,z,n vs z,r,h (reset_after keeps
    # both biases); a simple RNN has one
    for name, keras_name, rule in (("LSTM", "LSTM", Recurrent("ifgo", "ifgo")),
                                   ("GRU", "GRU", Recurrent("rzn", "zrn", two_biases=True)),
                                   ("RNN", "SimpleRNN", Recurrent("h", "h"))):
        gates = len(rule.gates)
        cell = ((Arg("nonlinearity", torch="nonlinearity", keras="activation", torch_default="tanh",
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
                Arg("bias", torch="bias", keras="use_bias", torch_pos=3, torch_default=True, keras_default=True,
                    domain=FLAGS_ON),
                Arg("batch_first", torch="batch_first", torch_pos=4, torch_default=False, keras_default=True),
                Arg("dropout", torch="dropout", torch_pos=5, torch_default=0.0),
                Arg("bidirectional", torch="bidirectional", torch_pos=6, torch_default=False, domain=FLAGS),
                Arg("return_sequences", keras="return_sequences", keras_default=False, torch_default=True),
                Arg("return_state", keras="return_state", keras_default=False, torch_default=True),
                Arg("go_backwards", keras="go_backwards", keras_default=False, domain=FLAGS,
                torch_requires=(False, "go_backwards=True has no PyTorch equivalent")),
                Arg("stateful", keras="stateful", keras_default=False,
                torch_requires=(False, "stateful RNNs keep state across batches; PyTorch modules do not")),
                Arg("input_dropout", keras="dropout", keras_default=0.0, domain=dropout),
                Arg("recurrent_dropout", keras="recurrent_dropout", keras_default=0.0, domain=dropout),
                Arg("merge_mode", keras_default="concat", torch_default="concat",
                torch_requires=("concat", "only merge_mode='concat' matches a bidirectional PyTorch RNN")),
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

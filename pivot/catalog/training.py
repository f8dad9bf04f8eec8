"""The training catalog: one `TrainSpec` per optimizer, loss and learning-rate schedule.

Canonical attributes follow PyTorch's names; `Arg` says how each framework spells and defaults them (the same
`Arg` as the op catalog). A spelling (`Form`) may imply attributes: `nn.BCEWithLogitsLoss` is the binary
cross-entropy with `from_logits=True`. Readers, writers and hovers all read these entries.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from pivot.catalog.spec import REQUIRED, Arg
from pivot.model import Value


@dataclass(frozen=True)
class Form:
    """One spelling of a training op: a qualified class, or a code template, and the attributes it implies."""

    qualified: str = ""  # "torch.nn.CrossEntropyLoss"
    fixed: tuple[tuple[str, Value], ...] = ()
    template: str = ""  # code with {attr} fields, for ops a framework has no class for
    strings: tuple[str, ...] = ()  # Keras's string shortcuts for this form ("mse")
    positional: tuple[str, ...] = ()  # canonical names of positional arguments, where not the entry's
    required: tuple[str, ...] = ()  # attributes always written, even at the default
    without: tuple[str, ...] = ()  # attributes this spelling cannot take (lost unless at the default)

    def matches(self, attrs: dict) -> bool:
        return all(attrs.get(k) == v for k, v in self.fixed)


@dataclass(frozen=True)
class TrainSpec:
    name: str
    kind: str  # "optimizer" | "loss" | "schedule" | "loop"
    torch: tuple[Form, ...]
    keras: tuple[Form, ...]
    args: tuple[Arg, ...] = ()
    keras_split: tuple[tuple[str, tuple[str, ...]], ...] = ()  # torch betas=(b1, b2) is keras beta_1, beta_2
    # Keras adds epsilon before bias correction (Adam): its epsilon is PyTorch's times sqrt(1 - beta_2)
    eps_bias_corrected: bool = False
    caveat: str = ""  # how the migrated op can differ numerically, reported where it is migrated
    notes: tuple[str, ...] = field(default=())

    def arg(self, name: str) -> Arg | None:
        return next((a for a in self.args if a.name == name), None)


def _none_is_zero(value: Value) -> Value:
    return 0.0 if value is None else value


def _lr(torch_default: float, keras_default: float) -> Arg:
    return Arg("lr", "lr", "learning_rate", torch_pos=1, keras_pos=0, torch_default=torch_default,
               keras_default=keras_default)


def _eps(torch_default: float) -> Arg:
    return Arg("eps", "eps", "epsilon", torch_default=torch_default, keras_default=1e-07)


def _eps_in_sqrt(torch_default: float) -> Arg:
    """Keras adds epsilon inside the square root, PyTorch outside: sqrt(v + eps**2) ~ sqrt(v) + eps."""
    return Arg("eps", "eps", "epsilon", torch_default=torch_default, keras_default=1e-07,
               to_keras=lambda v: float(f"{v * v:.12g}") if isinstance(v, float) else v,
               from_keras=lambda v: round(v ** 0.5, 12) if isinstance(v, float) else v)


_WEIGHT_DECAY = Arg("weight_decay", "weight_decay", "weight_decay", torch_default=0.0, keras_default=None,
                    from_keras=_none_is_zero, to_keras=lambda v: None if v == 0 else v)
_COUPLED = ("PyTorch adds `weight_decay` to the gradient (L2); Keras decays the weights directly (decoupled). "
            "They agree only without momentum or adaptive scaling: Pivot warns when it changes the result.")
_EPS = ("PyTorch adds `eps` to the bias-corrected sqrt(v), Keras adds `epsilon` to the uncorrected one: "
        "Pivot writes epsilon = eps * sqrt(1 - beta_2), exact in the first step; later the two differ only "
        "for gradients smaller than eps.")
_IN_SQRT = ("PyTorch divides by sqrt(v) + eps, Keras by sqrt(v + epsilon): Pivot writes epsilon = eps**2, "
             "which agrees exactly where sqrt(v) >> eps and within sqrt(2) where it does not.")
_ADAM_ARGS = (
    _lr(0.001, 0.001),
    Arg("betas", "betas", None, torch_default=(0.9, 0.999), keras_default=(0.9, 0.999)),
    _eps(1e-08),
    Arg("amsgrad", "amsgrad", "amsgrad", torch_default=False, keras_default=False),
)
_BETAS = (("betas", ("beta_1", "beta_2")),)

OPTIMIZERS = (
    TrainSpec("SGD", "optimizer", (Form("torch.optim.SGD"),), (Form("keras.optimizers.SGD", strings=("sgd",)),),
              (_lr(0.001, 0.01),
               Arg("momentum", "momentum", "momentum", torch_pos=2, keras_pos=1, torch_default=0.0,
                   keras_default=0.0),
               Arg("dampening", "dampening", None, torch_default=0.0),
               _WEIGHT_DECAY,
               Arg("nesterov", "nesterov", "nesterov", torch_default=False, keras_default=False)),
              notes=("Momentum: PyTorch keeps v = mu*v + g and steps -lr*v; Keras keeps v = mu*v - lr*g. "
                     "They agree while the learning rate is constant.", _COUPLED)),
    TrainSpec("Adam", "optimizer", (Form("torch.optim.Adam"),), (Form("keras.optimizers.Adam", strings=("adam",)),),
              _ADAM_ARGS + (_WEIGHT_DECAY,), _BETAS, eps_bias_corrected=True, caveat=_EPS, notes=(_EPS, _COUPLED)),
    TrainSpec("AdamW", "optimizer", (Form("torch.optim.AdamW"),),
              (Form("keras.optimizers.AdamW", strings=("adamw",)),),
              _ADAM_ARGS + (Arg("weight_decay", "weight_decay", "weight_decay", torch_default=0.01,
                                keras_default=0.004),), _BETAS, eps_bias_corrected=True, caveat=_EPS,
              notes=(_EPS, "Both decay the weights decoupled from the gradient: lr * weight_decay * w.")),
    TrainSpec("RMSprop", "optimizer", (Form("torch.optim.RMSprop"),),
              (Form("keras.optimizers.RMSprop", strings=("rmsprop",)),),
              (_lr(0.01, 0.001),
               Arg("alpha", "alpha", "rho", torch_default=0.99, keras_default=0.9),
               _eps_in_sqrt(1e-08), _WEIGHT_DECAY,
               Arg("momentum", "momentum", "momentum", torch_default=0.0, keras_default=0.0),
               Arg("centered", "centered", "centered", torch_default=False, keras_default=False)),
              caveat=_IN_SQRT, notes=(_IN_SQRT, _COUPLED)),
    TrainSpec("Adagrad", "optimizer", (Form("torch.optim.Adagrad"),),
              (Form("keras.optimizers.Adagrad", strings=("adagrad",)),),
              (_lr(0.01, 0.001),
               Arg("lr_decay", "lr_decay", None, torch_default=0.0),
               _WEIGHT_DECAY,
               Arg("initial_accumulator_value", "initial_accumulator_value", "initial_accumulator_value",
                   torch_default=0.0, keras_default=0.1),
               _eps_in_sqrt(1e-10)),
              caveat=_IN_SQRT, notes=(_IN_SQRT, _COUPLED)),
)

_PROBS = "lambda output, target: F.nll_loss(torch.log(output.clamp(1e-7, 1 - 1e-7)), target.long())"
_ONE_HOT_PROBS = "lambda output, target: -(target * torch.log(output.clamp(1e-7, 1 - 1e-7))).sum(-1).mean()"
LOSSES = (
    TrainSpec("CrossEntropy", "loss",
              (Form("torch.nn.CrossEntropyLoss", (("from_logits", True),)),
               Form(template=_PROBS, fixed=(("from_logits", False), ("sparse", True))),
               Form(template=_ONE_HOT_PROBS, fixed=(("from_logits", False), ("sparse", False)))),
              (Form("keras.losses.SparseCategoricalCrossentropy", (("sparse", True),),
                    strings=("sparse_categorical_crossentropy",), without=("label_smoothing",)),
               Form("keras.losses.CategoricalCrossentropy", (("sparse", False),),
                    strings=("categorical_crossentropy",))),
              (Arg("from_logits", None, "from_logits", keras_pos=0, torch_default=True, keras_default=False),
               Arg("sparse", None, None, torch_default=True, keras_default=True),
               Arg("label_smoothing", "label_smoothing", "label_smoothing", torch_default=0.0,
                   keras_default=0.0)),
              notes=("PyTorch's CrossEntropyLoss takes logits; Keras's takes probabilities unless "
                     "from_logits=True.", "Class-index targets are read as sparse (the common case).")),
    TrainSpec("NLL", "loss", (Form("torch.nn.NLLLoss"),),
              (Form(template="keras.losses.SparseCategoricalCrossentropy(from_logits=True)"),),
              notes=("On log-probabilities, softmax cross-entropy equals the negative log-likelihood, so "
                     "Keras's from-logits cross-entropy computes NLLLoss exactly.",)),
    TrainSpec("BinaryCrossEntropy", "loss",
              (Form("torch.nn.BCEWithLogitsLoss", (("from_logits", True),)),
               Form("torch.nn.BCELoss", (("from_logits", False),))),
              (Form("keras.losses.BinaryCrossentropy", strings=("binary_crossentropy",)),),
              (Arg("from_logits", None, "from_logits", keras_pos=0, torch_default=False, keras_default=False),),
              notes=("Keras clips probabilities to [1e-7, 1 - 1e-7]; PyTorch clamps log() at -100.",)),
    TrainSpec("MSE", "loss", (Form("torch.nn.MSELoss"),),
              (Form("keras.losses.MeanSquaredError", strings=("mse", "mean_squared_error")),)),
    TrainSpec("MAE", "loss", (Form("torch.nn.L1Loss"),),
              (Form("keras.losses.MeanAbsoluteError", strings=("mae", "mean_absolute_error")),)),
    TrainSpec("Huber", "loss", (Form("torch.nn.HuberLoss"),),
              (Form("keras.losses.Huber", strings=("huber", "huber_loss")),),
              (Arg("delta", "delta", "delta", torch_default=1.0, keras_default=1.0),)),
)

SCHEDULES = (
    # lr0 * gamma ** (t / step_size), floored when staircase; t counts steps (Keras) or scheduler.step() calls
    TrainSpec("ExponentialDecay", "schedule",
              (Form("torch.optim.lr_scheduler.ExponentialLR", (("step_size", 1),), positional=("", "gamma"),
                    required=("gamma",)),
               Form("torch.optim.lr_scheduler.StepLR", (("staircase", True),))),
              (Form("keras.optimizers.schedules.ExponentialDecay"),),
              (Arg("lr0", None, "initial_learning_rate", keras_pos=0),
               Arg("step_size", "step_size", "decay_steps", torch_pos=1, keras_pos=1),
               Arg("gamma", "gamma", "decay_rate", torch_pos=2, keras_pos=2, torch_default=0.1),
               Arg("staircase", None, "staircase", keras_pos=3, torch_default=True, keras_default=False)),
              notes=("Keras schedules advance every batch; a PyTorch scheduler advances at each "
                     "`scheduler.step()`, usually once per epoch.",)),
    TrainSpec("CosineDecay", "schedule", (Form("torch.optim.lr_scheduler.CosineAnnealingLR"),),
              (Form("keras.optimizers.schedules.CosineDecay"),),
              (Arg("lr0", None, "initial_learning_rate", keras_pos=0),
               Arg("T_max", "T_max", "decay_steps", torch_pos=1, keras_pos=1),
               Arg("eta_min", "eta_min", None, torch_default=0.0),
               Arg("alpha", None, "alpha", keras_pos=2, keras_default=0.0)),
              notes=("After T_max steps PyTorch's cosine rises again; Keras holds the final rate.",)),
)

# The loop itself: Keras's `fit` arguments; PyTorch spells them in a DataLoader and a `for epoch` loop.
LOOPS = (
    TrainSpec("Fit", "loop", (), (),
              (Arg("epochs", None, "epochs", torch_default=1, keras_default=1),
               Arg("batch_size", "batch_size", "batch_size", torch_default=1, keras_default=32),
               Arg("shuffle", "shuffle", "shuffle", torch_default=False, keras_default=True),
               Arg("metrics", None, "metrics", torch_default=(), keras_default=())),
              notes=("Keras's fit shuffles and batches by 32 unless told otherwise; a DataLoader batches by 1 "
                     "in order: the migrated code keeps whichever the source had.",)),
)

TRAINING: dict[str, TrainSpec] = {s.name: s for s in OPTIMIZERS + LOSSES + SCHEDULES + LOOPS}


def lookup(qualified: str, side: str) -> tuple[TrainSpec, Form] | None:
    """The entry and form a framework's qualified class name spells."""
    for spec in TRAINING.values():
        for form in getattr(spec, side):
            if form.qualified and form.qualified == qualified:
                return spec, form
    return None


def lookup_string(text: str, kind: str) -> tuple[TrainSpec, Form] | None:
    """Keras's string shortcut (`loss="mse"`, `optimizer="adam"`)."""
    for spec in TRAINING.values():
        for form in spec.keras:
            if spec.kind == kind and text.lower() in form.strings:
                return spec, form
    return None


__all__ = ["Form", "TrainSpec", "TRAINING", "lookup", "lookup_string", "REQUIRED"]

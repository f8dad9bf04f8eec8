"""Migrate a generated model as `pivot migrate` does, verify it as `pivot verify` does, and classify the outcome.

Outcomes: "equivalent" (exit 0, outputs match), "diagnosed" (an error diagnostic: exit 1, allowed), "silent"
(exit 0 but the outputs differ, or the migrated model fails to build or run: the property violated),
"crash" (Pivot itself raised), "invalid" (the generated source model does not run: a generator bug, not
counted against Pivot). Workers import the frameworks once (`warm`) and check many models each.
"""
from __future__ import annotations

import ast
import os
import re
import signal
import traceback
from dataclasses import dataclass, field

from pivot.fuzz.plan import Plan, draw
from pivot.fuzz.render import render
from pivot.migrate import migrate_source, roots
from pivot.verify import Job, build_model, build_pair, run_model, runners, seeded_batch, to_other_layout, to_source_layout, verify_one

ATOL, RTOL = 1e-4, 1e-3
TIMEOUT = 90  # seconds for one model (both frameworks built and run)
TARGET = {"torch": "tensorflow", "keras": "pytorch"}


@dataclass
class Outcome:
    category: str
    detail: str = ""  # the error diagnostic, exception or difference that decided the category
    constructs: list = field(default_factory=list)
    seed: int = 0
    framework: str = ""
    style: str = ""

    def signature(self) -> str:
        """What must stay the same while a failure is reduced: its category and the kind of its detail."""
        head = re.sub(r"[\d(`'\"].*", "", self.detail)[:60] if self.category in ("crash", "silent") else ""
        return f"{self.category}:{head}"


def warm() -> None:
    """Import both frameworks once per worker (quietly)."""
    os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")
    os.environ.setdefault("TF_ENABLE_ONEDNN_OPTS", "0")
    os.environ.setdefault("CUDA_VISIBLE_DEVICES", "")
    import keras  # noqa: F401
    import tensorflow as tf
    import torch

    tf.get_logger().setLevel("ERROR")  # retracing warnings: many small models are the point here
    torch.set_num_threads(1)


class _Timeout(Exception):
    pass


def _alarm(*_):
    raise _Timeout()


def check_plan(plan: Plan) -> Outcome:
    out = check_source(render(plan), plan.framework, plan.input_shape(), plan.dtype())
    out.constructs = sorted(plan.constructs())
    out.seed, out.framework, out.style = plan.seed, plan.framework, plan.style
    return out


def check_seed(job: tuple[int, str]) -> Outcome:
    seed, framework = job
    try:
        plan = draw(seed, framework)
    except Exception as err:  # a generator bug: reported, never hides Pivot's results
        return Outcome("invalid", f"generator: {type(err).__name__}: {err}", seed=seed, framework=framework)
    return check_plan(plan)


def check_source(source: str, framework: str, shape: list, dtype: str) -> Outcome:
    previous = signal.signal(signal.SIGALRM, _alarm)
    signal.alarm(TIMEOUT)
    try:
        return _check(source, framework, shape, dtype)
    except _Timeout:
        return Outcome("crash", f"Timeout: more than {TIMEOUT} s")
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


def _check(source: str, framework: str, shape: list, dtype: str) -> Outcome:
    import keras
    import torch

    torch.manual_seed(0)  # the same weights every run: an outcome is reproducible from its seed alone
    keras.utils.set_random_seed(0)

    to = TARGET[framework]
    try:
        result = migrate_source(source, to)
    except Exception as err:
        return Outcome("crash", f"{type(err).__name__}: {err} @ {_where(err)}")
    errors = [d for d in result.diagnostics if d.severity == "error"]
    if errors:
        return Outcome("diagnosed", f"{errors[0].code} {errors[0].message}")
    names = [n for n in roots([m.source for m in result.details.values()]) if n in result.details]
    if not names:
        return Outcome("silent", "Unmigrated: exit 0 but no model was migrated")
    for name in names:
        job = Job("<fuzz>", to, [name], shape, dtype, ATOL, RTOL, batches=2)
        try:
            verdict = verify_one(source, result.text, result.details[name], job)
        except _Timeout:
            raise
        except Exception as err:
            problem = _source_problem(source, framework, shape, dtype)
            if problem:
                return Outcome("invalid", f"source model: {problem}")
            return Outcome("silent", f"VerifyError: {type(err).__name__}: {str(err)[:300]}")
        if not verdict["equivalent"]:
            noise = _float32_error(source, result.text, result.details[name], shape, dtype)
            if verdict["max_abs_diff"] > FLOAT_MARGIN * noise:
                return Outcome("silent", f"Mismatch: max abs diff {verdict['max_abs_diff']:.3g} (float32 error "
                                         f"of the computation {noise:.2g})")
    return Outcome("equivalent")


FLOAT_MARGIN = 4  # two float32 evaluations of one computation, each off the exact value by e, differ by <= 2e


def _float32_error(source: str, target: str, migrated, shape: list, dtype: str) -> float:
    """How far each side's float32 outputs lie from its float64 ones on the verified batches, the larger: the
    float error this computation has (an instance norm of a near-constant map amplifies it). Both sides count:
    one framework's kernel can be less exact than the other's (TensorFlow's tanh in `x - tanh(x)` near 0, fuzz
    keras 151844: 5x PyTorch's error). Outputs that differ by a few times that are the same computation, not a
    wrong migration; 0 where it cannot be measured."""
    import numpy as np
    import torch

    if dtype != "float32":
        return 0.0
    torch.manual_seed(0)
    pair = build_pair(source, target, migrated, shape, dtype)
    model = pair.source if pair.torch_first else pair.target
    run_torch32, run_keras32 = runners(pair) if pair.torch_first else runners(pair)[::-1]
    keras64 = _keras_float64(source, target, migrated, pair)
    worst = 0.0
    for i in range(2):
        xs = seeded_batch(shape, dtype, i)
        ins = xs if pair.torch_first else to_other_layout(xs, pair.spatial_in, False)
        ys64 = run_model(model.double(), [x.astype("float64") for x in ins], "torch")
        model.float()
        if not pair.torch_first:
            ys64 = [to_source_layout(y, pair.spatial_out and y.ndim >= 3, False) for y in ys64]
        worst = max([worst] + [float(np.abs(a - b).max(initial=0.0)) for a, b in zip(run_torch32(xs), ys64)])
        if keras64 is not None:
            worst = max([worst] + [float(np.abs(a - b).max(initial=0.0))
                                   for a, b in zip(run_keras32(xs), keras64(xs))])
    return worst


def _keras_float64(source: str, target: str, migrated, pair):
    """The Keras model built again in float64 with the same weights, as a runner taking the source's float32
    batches (outputs in the source's layout); None when it cannot be built so (a cast to float32 in its code)."""
    import keras

    net = migrated.source
    code, name = (target, net.binding or net.name if net.style != "subclass" else migrated.name) \
        if pair.torch_first else (source, net.name)
    keras32 = pair.target if pair.torch_first else pair.source
    previous, policy = keras.config.floatx(), keras.config.dtype_policy()
    keras.config.set_floatx("float64")
    keras.config.set_dtype_policy("float64")
    try:
        model = build_model(code, name, "keras", None)

        def run(xs):
            ins = to_other_layout(xs, pair.spatial_in, True) if pair.torch_first else xs
            ys = run_model(model, [x.astype("float64") for x in ins], "keras")
            return [to_source_layout(y, pair.spatial_out and y.ndim >= 3, True) for y in ys] \
                if pair.torch_first else ys

        run(seeded_batch(pair.shape, "float32", 0))  # builds the lazy layers
        model.set_weights([w.astype("float64") if w.dtype.kind == "f" else w for w in keras32.get_weights()])
        return run
    except Exception:
        return None
    finally:
        keras.config.set_floatx(previous)
        keras.config.set_dtype_policy(policy)


def _where(err: Exception) -> str:
    frames = traceback.extract_tb(err.__traceback__)
    last = next((f for f in reversed(frames) if "/pivot/" in f.filename), frames[-1] if frames else None)
    return f"{last.filename.split('/pivot/')[-1]}:{last.lineno}" if last else "?"


def _source_problem(source: str, framework: str, shape: list, dtype: str) -> str:
    """Why the source model itself cannot be built and run, or "" when it can."""
    try:
        tree = ast.parse(source)
        name = "Net" if any(getattr(n, "name", "") == "Net" for n in tree.body) else "model"
        model = build_model(source, name, framework, None)
        run_model(model, seeded_batch(shape, dtype, 0), framework)
    except Exception as err:
        return f"{type(err).__name__}: {str(err)[:200]}"
    return ""

"""Checkpoint conversion: a trained model's weights, converted for its migrated model.

PyTorch `state_dict` (.pt/.pth) -> Keras `.weights.h5` for the migrated Keras model, and Keras weights
(`.weights.h5` or a `.keras` archive) -> a PyTorch `state_dict` for the migrated PyTorch model.

The model file is migrated in memory exactly as `pivot migrate` would; the source model is built from it and
takes the checkpoint strictly (every tensor used, every shape right); the migrated model is built and takes the
weights through the same weight map `verify` uses (`pivot.weights.transfer`); both are run on seeded batches and
must agree before anything is written. The output is written to a temporary file next to it and renamed, so a
failure leaves nothing behind.

Checkpoints are read without executing code from them: `torch.load(..., weights_only=True)`, and the Keras
weights are read from the HDF5 store only (a `.keras` archive's config is never deserialized).

`plan` (argument checks, migration, input shape) imports no framework; `convert` does the whole job in the
calling process; `convert_in_subprocess` (the CLI) runs it in `python -m pivot.checkpoints` with a timeout.
"""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
import zipfile
from dataclasses import asdict, dataclass
from pathlib import Path

from pivot import verify, weights
from pivot.errors import PivotError
from pivot.fileio import file_kind, fsync_file, read_source
from pivot.frontends.source import split_bom
from pivot.inputs import choose_input, input_dtypes
from pivot.migrate import migrate_source, roots
from pivot.shapes import infer
from pivot.verify import framework_env, slice_for

ATOL, RTOL = 1e-5, 1e-4
BATCHES = 2
KERAS_SUFFIX = ".weights.h5"
KERAS_VARS = "model.weights.h5"  # the weights member of a .keras archive
TRAINING_STATE = ("optimizer",)  # top-level groups of Keras weight files that are not model weights

ZIP_MAGIC, HDF5_MAGIC, PICKLE_MAGIC = b"PK\x03\x04", b"\x89HDF\r\n\x1a\n", b"\x80"

# Bounds checked before anything is extracted or read: a zip member or an HDF5 store may declare at most
# MAX_EXPANSION times its stored size (Keras and torch.save store uncompressed; a 2 MB zip bomb declares
# gigabytes), and no checkpoint more than MAX_BYTES (PIVOT_MAX_CHECKPOINT_BYTES) of data in all.
MAX_EXPANSION = 100
SMALL = 64 << 20  # below this, any expansion is allowed
MAX_BYTES = int(os.environ.get("PIVOT_MAX_CHECKPOINT_BYTES", 16 << 30))
BLOCK = 64 << 20  # tensors are read (checked for damage, NaN and Inf) this many bytes at a time


class CheckpointError(Exception):
    """A checkpoint that cannot be read, does not fit the model, or does not convert faithfully (exit 1)."""


@dataclass
class Request:
    checkpoint: str
    model: str
    to: str  # "tensorflow" (PyTorch checkpoint in) or "pytorch" (Keras checkpoint in)
    output: str
    cls: str | None = None
    input_shape: list[int] | None = None
    atol: float = ATOL
    rtol: float = RTOL
    temp_output: str | None = None  # where the worker writes; the caller renames it (set by the CLI path)
    settings: dict | None = None  # --set NAME=VALUE (see pivot.slice)


@dataclass
class Plan:
    request: Request
    source: str
    target: str  # the migrated module text
    migrated: object  # pivot.migrate.Migrated
    shape: list[int]

    @property
    def net(self):
        return self.migrated.source

    @property
    def target_name(self) -> str:
        net = self.net
        return (net.binding or net.name) if net.style != "subclass" else self.migrated.name


# -- argument checks (no framework) -------------------------------------------------------------------------
def plan(req: Request) -> Plan:
    """Check the arguments, migrate the model file in memory and settle the input shape.

    Raises PivotError for usage errors (missing files, bad shape, no such model) and CheckpointError when
    the model itself cannot be migrated."""
    if req.to not in ("tensorflow", "pytorch"):
        raise PivotError(f"unknown target {req.to!r}: use tensorflow or pytorch")
    ckpt = Path(req.checkpoint)
    if not ckpt.is_file():
        what = f"it is {file_kind(ckpt.stat().st_mode)}, not a regular file" if ckpt.exists() else "no such file"
        raise PivotError(f"cannot read checkpoint {req.checkpoint}: {what}")
    source = split_bom(read_source(req.model))[1]  # the source model is run: Python takes no BOM in a str
    out = Path(req.output)
    if not out.parent.is_dir():
        raise PivotError(f"cannot write {req.output}: no such directory {out.parent}")
    if out.is_dir():
        raise PivotError(f"cannot write {req.output}: it is a directory")
    if out.exists() and not out.is_file():  # the result is renamed into place: never over a device or FIFO
        raise PivotError(f"cannot write {req.output}: it is {file_kind(out.stat().st_mode)}, not a regular file")
    if req.to == "tensorflow" and not out.name.endswith(KERAS_SUFFIX):
        raise PivotError(f"the output must end in {KERAS_SUFFIX} (Keras loads weights only from such files): "
                         f"{req.output}")
    origin = "torch" if req.to == "tensorflow" else "keras"
    try:
        # the input shape the user gives fixes what the file may leave open (the rank a first Dense takes)
        given = req.input_shape if req.cls and req.input_shape and not isinstance(req.input_shape[0], list) else None
        result = migrate_source(source, req.to, [req.cls] if req.cls else None,
                                input_shapes={req.cls: tuple(given[1:])} if given else None)
    except PivotError:
        raise
    except Exception as err:  # a migration bug: reported, not a traceback
        raise CheckpointError(f"cannot migrate {req.model} to {req.to}: internal error: "
                              f"{type(err).__name__}: {err}") from err
    if req.cls and req.cls not in result.details:
        raise PivotError(f"{req.model}: no {origin} model named `{req.cls}`")
    if not result.details:
        raise PivotError(f"{req.model}: no {origin} model to migrate to {req.to}")
    if req.cls:
        name = req.cls
    else:  # the model no other model of the file uses (helpers and blocks come along with it)
        candidates = roots([m.source for m in result.details.values()]) or list(result.details)
        if len(candidates) > 1:
            raise PivotError(f"{req.model} defines several {origin} models ({', '.join(sorted(candidates))}): "
                             "pass --class")
        name = candidates[0]
    spans = [(m.source.span.line, m.source.span.end_line) for m in result.details.values()]
    errors = [d for d in result.diagnostics
              if d.severity == "error" and any(a <= d.span.line <= b for a, b in spans)]
    if errors:
        raise CheckpointError(f"`{name}` cannot be migrated to {req.to}: {errors[0].format(req.model)}")
    return sliced_plan(req, source, name, list(result.details[n].source for n in result.details))


def sliced_plan(req: Request, source: str, name: str, nets: list) -> Plan:
    """The model built from its static slice (nothing else of the file runs), on the input the file states."""
    sl, net = slice_for(source, name, nets, req.settings)
    shape, _ = choose_input(net, sl, list(req.input_shape) if req.input_shape is not None else None, None)
    given = req.input_shape is not None and not isinstance(shape[0], list)
    per_sample = {net.name: tuple(shape[1:])} if given else None
    result = migrate_source(sl.code, req.to, [net.name], input_shapes=per_sample)
    if net.name not in result.details:
        raise CheckpointError(f"`{name}` cannot be migrated to {req.to} from its slice")
    return Plan(req, sl.code, result.text, verify.as_built(sl, result.details[net.name]), shape)


# -- the conversion (frameworks imported here) --------------------------------------------------------------
def convert(req: Request) -> dict:
    """Convert in this process; writes `req.output` (or `req.temp_output`) only when the outputs agree."""
    p = plan(req)
    final = req.temp_output is None
    tmp = Path(req.temp_output) if req.temp_output else temp_path(req)
    try:
        summary = _convert(p, tmp)
        if final:
            fsync_file(tmp)
            os.replace(tmp, req.output)
        return summary
    except BaseException:
        _unlink(tmp)  # nothing is left behind on any failure
        raise


def temp_path(req: Request) -> Path:
    out = Path(req.output)
    suffix = KERAS_SUFFIX if req.to == "tensorflow" else ".partial"
    return out.parent / f".{out.name}.pivot-{os.getpid()}{suffix}"


def _convert(p: Plan, tmp: Path) -> dict:
    net, req = p.net, p.request
    torch_first = net.framework == "torch"
    other = "keras" if torch_first else "torch"
    info = infer(net, tuple(tuple(s[1:]) for s in verify.as_shapes(p.shape)))
    spatial_in = tuple(bool(sp) for sp in info.input_spatial) or (False,)
    out_name = "output" if net.style == "sequential" else (net.outputs[0] if net.outputs else "")
    if not out_name and info.values:  # the frontend did not record what forward() returns: its last value
        out_name = list(info.values)[-1]
    dtype = input_dtypes(net)
    x0 = verify.seeded_batch(p.shape, dtype, 0)

    with tempfile.TemporaryDirectory(prefix="pivot-ckpt-") as scratch:
        # read first: a file that is not a checkpoint is reported as such, before any model code runs
        tensors = read_torch(req.checkpoint) if torch_first else read_keras(req.checkpoint, Path(scratch))
        recorded: list = []
        namespace: dict = {}
        src = _guard(f"cannot build `{net.name}` from {req.model}",
                     lambda: verify.build_model(p.source, net.name, net.framework, recorded, namespace))
        _guard(f"cannot run `{net.name}` on an input of shape {tuple(p.shape)}",
               lambda: verify.run_model(src, x0, net.framework))
        loaded = load_torch(src, tensors, req.checkpoint, net.name) if torch_first else \
            load_keras(src, tensors, req.checkpoint, net.name, Path(scratch))

    tgt = _guard(f"cannot build the migrated model `{p.target_name}`",
                 lambda: verify.build_model(p.target, p.target_name, other, None))
    _guard(f"cannot run the migrated model `{p.target_name}`",
           lambda: verify.run_model(tgt, verify.to_other_layout(x0, spatial_in, torch_first), other))
    source_layers = verify.functional_layers(net, recorded, p.source, namespace)
    try:
        copied = _guard(f"cannot copy the weights into `{p.target_name}`",
                        lambda: weights.transfer(net, info, src, tgt, p.migrated.paths, source_layers))
    except CheckpointError as err:
        if isinstance(err.__cause__, weights.WeightError):
            raise CheckpointError(f"the weights do not fit the migrated model: {err.__cause__}") from err.__cause__
        raise
    pair = verify.Pair(src, tgt, net.framework, p.shape, spatial_in, info.spatial.get(out_name, False),
                       copied)
    run_source, run_target = verify.runners(pair)
    cmp = _guard("cannot compare the models", lambda: verify.compare(
        run_source, run_target, pair.shape, dtype, BATCHES, req.atol, req.rtol))
    if not cmp["equivalent"]:
        raise CheckpointError(
            f"the migrated model `{p.target_name}` does not reproduce `{net.name}` with these weights "
            f"(max_abs_diff {cmp['max_abs_diff']:.3g}, max_rel_diff {cmp['max_rel_diff']:.3g}, "
            f"atol {req.atol:g}, rtol {req.rtol:g}, input {tuple(pair.shape)}): nothing written")
    _guard(f"cannot write {req.output}", lambda: _save(tgt, other, tmp))
    migrated_shape = [verify.other_layout_shape(s, torch_first) if sp else s
                      for s, sp in zip(verify.as_shapes(pair.shape), spatial_in)]
    migrated_shape = migrated_shape[0] if len(migrated_shape) == 1 else migrated_shape
    return {"ok": True, "checkpoint": req.checkpoint, "output": req.output, "class": net.name,
            "migrated_class": p.target_name, "to": req.to, "tensors_loaded": loaded, "tensors_copied": copied,
            "max_abs_diff": cmp["max_abs_diff"], "max_rel_diff": cmp["max_rel_diff"], "input_shape": pair.shape,
            "input_dtype": dtype, "migrated_input_shape": migrated_shape, "integrity": integrity(req.checkpoint)}


def integrity(path: str) -> str:
    """What guards the checkpoint's bytes: said with every conversion, as damage is not always detectable."""
    if _head(path).startswith(ZIP_MAGIC):
        return "every byte checked against the archive's CRC-32 checksums"
    return "no checksum covers tensor data in this format: damage inside a tensor cannot be detected"


def _guard(what: str, fn):
    try:
        return fn()
    except (CheckpointError, PivotError):
        raise
    except Exception as err:
        raise CheckpointError(f"{what}: {type(err).__name__}: {_reason(err)}") from err


def _save(model, framework: str, tmp: Path) -> None:
    if framework == "keras":
        model.save_weights(str(tmp))
    else:
        import torch

        torch.save(model.state_dict(), str(tmp))


# -- reading checkpoints -------------------------------------------------------------------------------------
def _reason(err: BaseException) -> str:
    """The informative part of a framework's error message: one sentence, no advice."""
    text = str(err).strip()
    if text.startswith("Weights only load failed") or "WeightsUnpickler error:" in text:
        return f"it holds pickled Python objects, not only tensors, or is damaged ({_unpickler_detail(text)})"
    if text.startswith("Unable to synchronously open file"):  # h5py
        return "not a readable HDF5 file" + text[len("Unable to synchronously open file"):].split("\n")[0]
    if isinstance(err, zipfile.BadZipFile) and "not a zip file" in text:
        return "its zip directory is missing (a truncated or damaged file)"
    if not text or isinstance(err, (KeyError, IndexError)):
        return f"{type(err).__name__} {text}".strip()
    line = text.splitlines()[0].strip()
    return line.split(". ")[0].rstrip(".")


def _unpickler_detail(text: str) -> str:
    """What torch's weights-only unpickler objected to, without its advice (which suggests running the code)."""
    if "WeightsUnpickler error:" in text:
        detail = text.split("WeightsUnpickler error:", 1)[1].strip()
        return detail.split(". ")[0].split("\n\n")[0].strip().rstrip(".")
    paragraphs = [p.strip() for p in text.split("\n\n")[1:]
                  if p.strip() and not p.strip().startswith("Check the documentation")]
    first = paragraphs[0] if paragraphs else text[len("Weights only load failed"):].lstrip(". ")
    return first.splitlines()[0].split(". ")[0].rstrip(".") if first.strip() else "refused by torch.load"


def _head(path: str, n: int = 8) -> bytes:
    with open(path, "rb") as fh:
        return fh.read(n)


def read_torch(path: str) -> dict:
    """A PyTorch state_dict (or a dict holding one under `state_dict` / `model_state_dict`), tensors only."""
    import torch

    head = _head(path)
    if not head:
        raise CheckpointError(f"cannot read checkpoint {path}: the file is empty")
    if head.startswith(HDF5_MAGIC):
        raise CheckpointError(f"cannot read checkpoint {path}: it is an HDF5 (Keras) file, not a PyTorch "
                              "checkpoint: convert Keras weights with --to pytorch")
    if not (head.startswith(ZIP_MAGIC) or head.startswith(PICKLE_MAGIC)):
        raise CheckpointError(f"cannot read checkpoint {path}: not a PyTorch checkpoint (neither a torch.save "
                              "zip archive nor a legacy pickle)")
    if head.startswith(ZIP_MAGIC):
        check_archive(path)  # torch.load checks neither declared sizes nor CRCs
    try:
        obj = torch.load(path, map_location="cpu", weights_only=True)
    except Exception as err:
        reason = _reason(err)
        if not head.startswith(ZIP_MAGIC) and not reason.startswith("it holds"):  # no checksums to tell
            reason = f"a damaged or unreadable legacy (pickle-format) PyTorch file ({reason})"
        raise CheckpointError(f"cannot read checkpoint {path}: {reason}") from err
    if isinstance(obj, dict):
        for key in ("state_dict", "model_state_dict"):
            if isinstance(obj.get(key), dict):
                obj = obj[key]
                break
    if not isinstance(obj, dict) or not obj:
        raise CheckpointError(f"cannot read checkpoint {path}: it holds a {type(obj).__name__}, not a state_dict "
                              "(a dict of tensor names to tensors)")
    for key, value in obj.items():
        if not isinstance(value, torch.Tensor):
            raise CheckpointError(f"cannot read checkpoint {path}: `{key}` is a {type(value).__name__}, not a "
                                  "tensor: a state_dict is expected")
        if value.is_floating_point() or value.is_complex():
            _check_finite(path, key, int(value.isnan().sum()), int(value.isinf().sum()))
    return dict(obj)


def _check_finite(path: str, key: str, nans: int, infs: int) -> None:
    """NaN or Inf weights: a model that cannot be shown equivalent (NaN equals nothing), so refused by name."""
    if nans or infs:
        what = " and ".join(f"{n} {kind}" for n, kind in ((nans, "NaN"), (infs, "Inf")) if n)
        raise CheckpointError(f"checkpoint {path}: tensor `{key}` holds {what} value(s); a model with them "
                              "cannot be checked for equivalence: nothing written")


def _size(n: int) -> str:
    return f"{n / (1 << 30):.1f} GiB" if n >= 1 << 30 else f"{n / (1 << 20):.1f} MiB" if n >= 1 << 20 \
        else f"{n} bytes"


def _within_bounds(path: str, what: str, declared: int, stored: int) -> None:
    if declared > MAX_BYTES:
        raise CheckpointError(f"cannot read checkpoint {path}: {what} declares {_size(declared)} of data, more "
                              f"than the limit of {_size(MAX_BYTES)} (PIVOT_MAX_CHECKPOINT_BYTES): refused")
    if declared > max(SMALL, MAX_EXPANSION * stored):
        raise CheckpointError(f"cannot read checkpoint {path}: {what} would expand from {_size(stored)} to "
                              f"{_size(declared)} (a zip or compression bomb): refused before reading it")


def check_archive(path: str) -> None:
    """A zip checkpoint (torch.save, .keras): refused by its declared sizes before anything is extracted, then
    every member's CRC-32 verified, streamed (a flipped byte anywhere in the archive is detected here)."""
    try:
        with zipfile.ZipFile(path) as archive:
            infos = archive.infolist()
            for info in infos:
                _within_bounds(path, f"`{info.filename}`", info.file_size, info.compress_size)
            _within_bounds(path, "the archive", sum(i.file_size for i in infos), os.path.getsize(path))
            damaged = archive.testzip()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, NotImplementedError, EOFError, ValueError) as err:
        raise CheckpointError(f"cannot read checkpoint {path}: a damaged zip archive: {_reason(err)}") from err
    if damaged is not None:
        raise CheckpointError(f"cannot read checkpoint {path}: it is damaged: the CRC-32 checksum of `{damaged}` "
                              "does not match its data")


def read_keras(path: str, scratch: Path) -> tuple[Path, dict[str, tuple]]:
    """Copy the Keras weight store (a .weights.h5, or the one inside a .keras archive) to `scratch`; with the
    shapes of the tensors it holds."""
    local = scratch / ("checkpoint" + KERAS_SUFFIX)
    head = _head(path)
    try:
        if not head:
            raise CheckpointError(f"cannot read checkpoint {path}: the file is empty")
        if head.startswith(ZIP_MAGIC):
            check_archive(path)
            with zipfile.ZipFile(path) as archive:
                names = archive.namelist()
                if KERAS_VARS not in names:
                    hint = " (it looks like a PyTorch checkpoint: convert it with --to tensorflow)" \
                        if any(n.endswith("data.pkl") for n in names) else ""
                    raise CheckpointError(f"cannot read checkpoint {path}: a zip archive without "
                                          f"{KERAS_VARS}, so not a .keras file{hint}")
                _extract(archive, KERAS_VARS, local)
        elif head.startswith(HDF5_MAGIC):
            shutil.copyfile(path, local)
        else:
            hint = " (it looks like a PyTorch checkpoint: convert it with --to tensorflow)" \
                if head.startswith(PICKLE_MAGIC) else ""
            raise CheckpointError(f"cannot read checkpoint {path}: not a Keras weights file (neither HDF5 "
                                  f".weights.h5 nor a .keras archive){hint}")
        found = keras_tensors(local, checked=path)  # readable end to end, bounded, finite
    except CheckpointError as err:
        if str(err).startswith(("cannot read checkpoint", "checkpoint ")):
            raise
        raise CheckpointError(f"cannot read checkpoint {path}: {err}") from err
    except Exception as err:
        raise CheckpointError(f"cannot read checkpoint {path}: {_reason(err)}") from err
    return local, found


def _extract(archive, member: str, dest: Path) -> None:
    """Stream one member to `dest` (memory stays bounded whatever its size; the CRC is checked at its end)."""
    with archive.open(member) as src, open(dest, "wb") as out:
        shutil.copyfileobj(src, out, 1 << 20)


def keras_tensors(path: Path, checked: str | None = None) -> dict[str, tuple]:
    """Every weight in a Keras 3 HDF5 weight store: `layers/conv2d/vars/0` -> shape (training state left out).

    With `checked` (the checkpoint's name, for messages), the declared sizes are bounded first and every
    tensor's data is read, a block at a time, so a damaged or truncated file fails here rather than half-way
    through loading, and NaN or Inf values are reported. HDF5 keeps no checksum of tensor data unless the
    file was written with the fletcher32 filter (Keras does not), so a flipped byte inside a tensor of a
    .weights.h5 cannot be detected; one inside a .keras archive fails its zip CRC-32 first."""
    import h5py

    names: list[str] = []

    def visit(name, obj):
        if isinstance(obj, h5py.Dataset) and name.split("/")[0] not in TRAINING_STATE:
            names.append(name)

    with h5py.File(path, "r") as h5:
        if "layer_names" in h5.attrs or "model_weights" in h5:
            raise CheckpointError("a legacy (Keras 2) HDF5 weights file: load it with Keras and save it again with "
                                  "model.save_weights('....weights.h5')")
        h5.visititems(visit)
        if checked is not None:
            declared = sum(h5[name].size * h5[name].dtype.itemsize for name in names)
            _within_bounds(checked, "its HDF5 weight store", declared, os.path.getsize(path))
        found = {}
        for name in names:
            key = name.replace("_layer_checkpoint_dependencies", "layers")
            found[key] = tuple(h5[name].shape)
            if checked is not None:
                _check_dataset(h5[name], checked, key)
    return found


def _check_dataset(ds, checkpoint: str, key: str) -> None:
    """Read the tensor a block of rows at a time: damage raises; NaN and Inf are counted."""
    import numpy as np

    rows = ds.shape[0] if ds.shape else 1
    step = max(1, BLOCK // max(1, ds.size // max(rows, 1) * ds.dtype.itemsize))
    nans = infs = 0
    for start in range(0, rows, step):
        block = np.asarray(ds[start:start + step] if ds.shape else ds[()])
        if block.dtype.kind in "fc":
            nans += int(np.isnan(block).sum())
            infs += int(np.isinf(block).sum())
    _check_finite(checkpoint, key, nans, infs)


# -- strict loading --------------------------------------------------------------------------------------------
def check_fit(expected: dict[str, tuple], found: dict[str, tuple], checkpoint: str, model: str) -> None:
    """Every tensor the model expects, with its shape, and nothing else; names the first that does not fit."""
    problems = []
    for key, shape in expected.items():
        if key not in found:
            problems.append(f"{key}: missing from the checkpoint, model expects {shape}")
        elif tuple(found[key]) != tuple(shape):
            problems.append(f"{key}: checkpoint has {tuple(found[key])}, model expects {tuple(shape)}")
    problems.extend(f"{key}: not in the model, checkpoint has {tuple(shape)}"
                    for key, shape in found.items() if key not in expected)
    if problems:
        more = f" (and {len(problems) - 1} more tensors that do not fit)" if len(problems) > 1 else ""
        raise CheckpointError(f"checkpoint {checkpoint} does not fit `{model}`: {problems[0]}{more}")


def load_torch(model, tensors: dict, checkpoint: str, name: str) -> int:
    state = model.state_dict()
    check_fit({k: tuple(v.shape) for k, v in state.items()}, {k: tuple(v.shape) for k, v in tensors.items()},
              checkpoint, name)
    try:
        model.load_state_dict(tensors, strict=True)
    except Exception as err:
        raise CheckpointError(f"cannot load checkpoint {checkpoint}: {_reason(err)}") from err
    return len(tensors)


def load_keras(model, stored: tuple[Path, dict[str, tuple]], checkpoint: str, name: str, scratch: Path) -> int:
    local, found = stored
    fresh = scratch / ("expected" + KERAS_SUFFIX)
    model.save_weights(str(fresh))  # the model's own layout: the weights it expects, by store path
    expected = keras_tensors(fresh)
    check_fit(expected, found, checkpoint, name)
    try:
        model.load_weights(str(local))
    except Exception as err:
        raise CheckpointError(f"cannot load checkpoint {checkpoint}: {_reason(err)}") from err
    return len(found)


# -- the CLI path: the framework work in a subprocess ----------------------------------------------------------
def convert_in_subprocess(req: Request, timeout: float = verify.TIMEOUT) -> dict:
    """Check arguments here (PivotError), convert in `python -m pivot.checkpoints`, rename on success.

    Returns the worker's summary, or {"error": message} (never raises for conversion failures)."""
    try:
        plan(req)  # usage errors (PivotError) surface here, before a framework is started
    except CheckpointError as err:
        return {"error": str(err)}
    tmp = temp_path(req)
    job = Request(**(asdict(req) | {"temp_output": str(tmp)}))

    env = framework_env()
    try:
        proc = subprocess.run([sys.executable, "-m", "pivot.checkpoints"], input=json.dumps(asdict(job)),
                              capture_output=True, text=True, timeout=timeout, env=env)
        lines = [l for l in proc.stdout.splitlines() if l.startswith("{")]
        if lines:
            out = json.loads(lines[-1])
        else:
            tail = (proc.stderr or "").strip().splitlines()[-3:]
            out = {"error": "the converter failed: " + (" | ".join(tail) or f"exit status {proc.returncode}")}
        if out.get("ok") and tmp.is_file():
            fsync_file(tmp)
            os.replace(tmp, req.output)
        elif out.get("ok"):
            out = {"error": f"the converter reported success but wrote no {tmp}"}
        return out
    except subprocess.TimeoutExpired:
        return {"error": f"the conversion timed out after {timeout:.0f} s: nothing written"}
    finally:
        _unlink(tmp)


def _unlink(path: Path) -> None:
    try:
        path.unlink()
    except FileNotFoundError:
        pass


def _worker() -> None:
    req = Request(**json.loads(sys.stdin.read()))
    try:
        out = convert(req)
    except PivotError as err:
        out = {"error": str(err), "usage": True}
    except CheckpointError as err:
        out = {"error": str(err)}
    except Exception as err:  # report, never crash without a message
        out = {"error": f"{type(err).__name__}: {err}"}
    print(json.dumps(out), flush=True)


if __name__ == "__main__":
    _worker()

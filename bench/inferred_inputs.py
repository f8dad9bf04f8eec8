"""The inputs `pivot verify FILE --to X` reads from a file when the user passes no `--input-shape` (static only).

For every corpus file with a `# pivot-corpus: name=... input_shape=...` header (tests/corpus*/*/), the model of
the header is sliced out as verify does (`pivot.verify.slice_for`) and `pivot.inputs.choose_input` picks its
input with no given shape. Each file ends as one of

  inferred, agrees     a shape is inferred and has the header's rank and channels/features (the channel axis
                       of an image input: 1 in PyTorch, last in Keras; else the last axis; token-id inputs only
                       by rank)
  inferred, DISAGREES  a shape is inferred that differs from the header's interface: verify would build the
                       model on an input the file does not take (a bug: a guess must never be a wrong interface)
  refused              `choose_input` raises a PivotError: counted by the message's kind
  crash                any other exception (a bug)

    .venv/bin/python bench/inferred_inputs.py [-k SUBSTRING]... [--list KIND] [--json OUT]

Framework-free: it imports neither torch nor TensorFlow (about 25 s).

Measured (session 7, in1, 640 header files): at ebba2c5 453 agree, 14 DISAGREE, 173 refused (87 rank and sizes,
49 channels, 20 features, 13 features of several inputs, 4 no NxN fits a Linear); after in1's fixes 457 agree,
5 DISAGREE (a rank-2 guess for an attention/gMLP/masked-scores model of (N, L, F), the VAE's `x.view(-1, 784)`
image), 178 refused (86 rank and sizes, 51 channels, 24 features, 13 several inputs, 4 no NxN).
Session 8 (in2): 511 agree, 0 DISAGREE, 129 refused (68 rank and sizes, 29 channels, 24 features, 8 several
inputs): a rank only a dense layer told checked against the model's use of the input, run-time blocks
sized by running the constructor statically, inputs moved by a first permute/transpose, inputs a method reads,
3-D clips sized for their Linear with a depth of their own, the file's own smoke test (`model(torch.randn(..))`).
Session 12 (in3), 959 header files: 785 -> 787 agree, 2 DISAGREE (unchanged), 172 -> 170 refused: a dummy run in
the constructor (`torch.zeros(1, 1, n_channels, n_samples)`), steps of `x.unbind(1)` and of `torch.cat([x_t, h], 1)`
into a Linear, an RNN's input_size sizing one axis (DeepConvLSTM), the constructor's names evaluated for sizing.
"""
from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pivot.analysis import analyze  # noqa: E402
from pivot.errors import PivotError  # noqa: E402
from pivot.inputs import choose_input  # noqa: E402
from pivot.shapes import infer  # noqa: E402
from pivot.verify import slice_for  # noqa: E402

HEADER = re.compile(r"# pivot-corpus: name=(\S+) input_shape=([\d,;]+)(?: input_dtype=([\w,]+))?")
DIRS = ("corpus", "corpus_breadth", "corpus_unseen")


def header_files(substrings=()) -> list[tuple[Path, str, str, list]]:
    """(path, framework, model name, header shapes) of every corpus file with a header."""
    found = []
    for d in DIRS:
        for path in sorted((ROOT / "tests" / d).glob("*/*.py")):
            match = HEADER.search(path.read_text())
            if match is None or (substrings and not any(s in str(path) for s in substrings)):
                continue
            shapes = [[int(v) for v in part.split(",")] for part in match.group(2).split(";")]
            found.append((path, path.parent.name, match.group(1), shapes))
    return found


def as_list(shape) -> list[list[int]]:
    return [list(s) for s in shape] if shape and isinstance(shape[0], (list, tuple)) else [list(shape)]


def axis(framework: str, spatial: bool) -> int:
    """The channels/features axis of a batch shape."""
    return 1 if framework == "torch" and spatial else -1


def agrees(framework: str, net, inferred, header: list, dtype: str) -> str | None:
    """None when the inferred shapes have the header's interface, else what differs."""
    got = as_list(inferred)
    if len(got) != len(header):
        return f"{len(got)} inputs, the header {len(header)}"
    try:  # (sized as inferred: a first layer read through a ModuleDict key is known an image only then)
        spatial = infer(net, tuple(tuple(g[1:]) for g in got)).input_spatial
    except Exception:  # noqa: BLE001
        spatial = ()
    dtypes = dtype.split(",")
    for i, (g, h) in enumerate(zip(got, header)):
        if len(g) != len(h):
            return f"input {i}: rank {len(g)} ({g}), the header {len(h)} ({h})"
        if (dtypes[i] if i < len(dtypes) else dtypes[0]).startswith("int"):
            continue  # token ids: any length
        k = axis(framework, bool(spatial[i]) if i < len(spatial) else len(h) > 3)
        if g[k] != h[k]:
            return f"input {i}: channels/features {g[k]} ({g}), the header {h[k]} ({h})"
    return None


def kind(message: str) -> str:
    m = re.search(r"the file does not state (the [\w ,]+?) of input", message)
    if m:
        return f"does not state {m.group(1)}"
    if message.startswith("no input of"):
        return "no input of NxN fits a Linear"
    return message[:80]


def measure(path: Path, framework: str, name: str, header: list) -> dict:
    source = path.read_text()
    row = {"file": str(path.relative_to(ROOT)), "name": name, "header": header}
    try:
        nets = [n for n in analyze(source).networks if n.framework == framework]
        sl, net = slice_for(source, name, nets, None)
        shape, dtype = choose_input(net, sl, None, None)
    except PivotError as err:
        return {**row, "result": "refused", "kind": kind(str(err)), "message": str(err)}
    except Exception as err:  # noqa: BLE001
        return {**row, "result": "crash", "kind": type(err).__name__, "message": f"{type(err).__name__}: {err}"}
    wrong = agrees(framework, net, shape, header, dtype)
    return {**row, "inferred": shape, "result": "disagrees" if wrong else "agrees", **({"why": wrong} if wrong else {})}


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("-k", action="append", default=[], help="only files whose path contains this")
    ap.add_argument("--list", default=None, help="print the files of results/kinds containing this")
    ap.add_argument("--json", default=None)
    args = ap.parse_args(argv)
    rows = [measure(*f) for f in header_files(args.k)]
    results = Counter(r["result"] for r in rows)
    kinds = Counter(r["kind"] for r in rows if r["result"] in ("refused", "crash"))
    print(f"{len(rows)} header files: {results['agrees']} inferred and agree, {results['disagrees']} inferred "
          f"and DISAGREE, {results['refused']} refused, {results['crash']} crash")
    for k, n in kinds.most_common():
        print(f"  {n:4d}  {k}")
    for r in rows:
        if r["result"] == "disagrees":
            print(f"DISAGREES {r['file']} {r['name']}: {r['why']}")
        if r["result"] == "crash":
            print(f"CRASH {r['file']} {r['name']}: {r['message'][:200]}")
        if args.list and (args.list in r["result"] or args.list in r.get("kind", "")):
            print(f"{r['result']:9s} {r['file']} {r['name']}: {r.get('message', r.get('inferred'))}"[:300])
    if args.json:
        Path(args.json).write_text(json.dumps(rows, indent=1))
    return 1 if results["disagrees"] or results["crash"] else 0


if __name__ == "__main__":
    sys.exit(main())

"""The `pivot` command line: migrate, verify, show. `migrate` and `show` never import a framework."""
from __future__ import annotations

import argparse
import difflib
import json
import os
import sys
import traceback
from pathlib import Path

from pivot.errors import PivotError
from pivot.fileio import read_source, write_atomic

EXIT_OK, EXIT_DIAGNOSTICS, EXIT_USAGE, EXIT_INTERNAL = 0, 1, 2, 3
DEBUG_ENV = "PIVOT_DEBUG"  # set to 1 to see the traceback of an internal error


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="pivot", description="Migrate neural-network code between PyTorch and "
                                "TensorFlow/Keras.")
    sub = p.add_subparsers(dest="command", required=True)
    m = sub.add_parser("migrate", help="migrate models in a file")
    m.add_argument("file")
    m.add_argument("--to", required=True, choices=["tensorflow", "pytorch"])
    m.add_argument("--class", dest="classes", action="append", metavar="NAME")
    m.add_argument("--style", default="auto", choices=["auto", "subclassed", "sequential", "functional"],
                   help="structure of the generated models (default: the source's)")
    out = m.add_mutually_exclusive_group()
    out.add_argument("-o", "--output", metavar="OUT")
    out.add_argument("--in-place", action="store_true")
    out.add_argument("--diff", action="store_true")
    v = sub.add_parser("verify", help="migrate in memory and prove numerical equivalence")
    v.add_argument("file")
    v.add_argument("--to", required=True, choices=["tensorflow", "pytorch"])
    v.add_argument("--class", dest="classes", action="append", metavar="NAME")
    v.add_argument("--input-shape", action="append", metavar="[NAME=]8,3,32,32",
                   help="';' between the shapes of several inputs; NAME= for one model of several (repeatable)")
    v.add_argument("--set", dest="settings", action="append", metavar="NAME=VALUE",
                   help="a value the file only knows when it runs, or a model parameter (repeatable)")
    v.add_argument("--input-dtype", default=None, type=_input_dtype, metavar="float32|int64[,...]",
                   help="one per input, comma-separated, or one for all; default: int64 for an input an "
                        "embedding reads first, else float32")
    v.add_argument("--atol", type=float, help="default: pivot.verify_job.ATOL")
    v.add_argument("--rtol", type=float, help="default: pivot.verify_job.RTOL")
    v.add_argument("--timeout", type=float, help="seconds; default: pivot.verify_job.TIMEOUT")
    v.add_argument("--json", action="store_true")
    s = sub.add_parser("show", help="print the pivot model")
    s.add_argument("file")
    s.add_argument("--class", dest="classes", action="append", metavar="NAME")
    s.add_argument("--json", action="store_true")
    s.add_argument("--slice", action="store_true", help="print the code verify runs to build each model")
    s.add_argument("--set", dest="settings", action="append", metavar="NAME=VALUE")
    s.add_argument("--graph", action="store_true", help="the model as a graph: JSON, or SVG/DOT by -o's extension")
    s.add_argument("-o", "--output", metavar="graph.svg|graph.json")
    c = sub.add_parser("convert-weights", help="convert a checkpoint for the migrated model, proving it first")
    c.add_argument("checkpoint")
    c.add_argument("--model", required=True, metavar="FILE")
    c.add_argument("--class", dest="cls", metavar="NAME")
    c.add_argument("--to", required=True, choices=["tensorflow", "pytorch"])
    c.add_argument("-o", "--output", required=True, metavar="OUT")
    c.add_argument("--input-shape", metavar="2,3,32,32", help="default: what the file states (see README)")
    c.add_argument("--set", dest="settings", action="append", metavar="NAME=VALUE")
    c.add_argument("--timeout", type=float, help="seconds; default: pivot.verify_job.TIMEOUT")
    return p


def _input_dtype(text: str) -> str:
    """`--input-dtype`: float32 or int64, or one of them per input ("int64,float32")."""
    if not text or any(part not in ("float32", "int64") for part in text.split(",")):
        raise argparse.ArgumentTypeError(f"float32 or int64, comma-separated per input: {text!r}")
    return text


def _syntax_error(path: str, source: str) -> bool:
    """Report a file that is not Python (FILE:LINE:COL, as other diagnostics) and say so."""
    from pivot.analysis import syntax_error
    from pivot.frontends.source import split_bom

    found = syntax_error(split_bom(source)[1])
    if found is not None:
        print(found.format(path), file=sys.stderr)
    return found is not None


def _check_classes(path: str, source, classes, to: str | None = None) -> None:
    """Each --class names a model of the file (of the framework migrated from, given `to`): a usage error."""
    from pivot.analysis import analyze
    from pivot.model import TARGETS

    analysis = analyze(source) if isinstance(source, str) else source
    origin = {"keras": "torch", "torch": "keras"}.get(TARGETS.get(to, ""))
    names = [n.name for n in analysis.networks if origin is None or n.framework == origin]
    label = {"torch": "PyTorch ", "keras": "Keras "}.get(origin or "", "")
    for name in classes or ():
        if name not in names:
            raise PivotError(f"no {label}model named {name} (models in {path}: {', '.join(names) or 'none'})")
    if to and not names:
        raise PivotError(f"no {label}model in {path} to migrate to {to}")


def cmd_migrate(args) -> int:
    from pivot.analysis import source_lines
    from pivot.migrate import migrate_source

    source = read_source(args.file)
    if _syntax_error(args.file, source):
        return EXIT_USAGE
    result = migrate_source(source, args.to, args.classes, style=args.style)
    for d in result.diagnostics:
        print(d.format(args.file), file=sys.stderr)
    if args.diff:
        sys.stdout.writelines(difflib.unified_diff(source_lines(source), source_lines(result.text),
                                                   f"a/{args.file}", f"b/{args.file}"))
    elif args.in_place or args.output:
        write_atomic(args.file if args.in_place else args.output, result.text)
    else:
        sys.stdout.write(result.text)
    if not result.migrated:
        print(f"{args.file}: no model to migrate to {args.to}", file=sys.stderr)
    return EXIT_OK if result.ok else EXIT_DIAGNOSTICS


def cmd_verify(args) -> int:
    from pivot.inputs import parse_input_shape
    from pivot.verify_job import ATOL, RTOL, TIMEOUT, Job, verify_file

    source = read_source(args.file)
    if _syntax_error(args.file, source):
        return EXIT_USAGE
    _check_classes(args.file, source, args.classes, args.to)
    shape, per_model = None, {}
    for text in args.input_shape or ():
        name, _, dims = text.rpartition("=")
        if name:
            per_model[name] = parse_input_shape(dims)
        else:
            shape = parse_input_shape(dims)
    job = Job(str(Path(args.file).resolve()), args.to, args.classes, shape, args.input_dtype,
              _or(args.atol, ATOL), _or(args.rtol, RTOL),
              settings=_settings(args.settings), input_shapes=per_model or None)
    results = verify_file(job, timeout=_or(args.timeout, TIMEOUT))
    ok = True
    for r in results:
        r["file"] = args.file
        ok = ok and bool(r.get("equivalent"))
        if args.json:
            print(json.dumps(r))
        elif "error" in r:
            print(f"{args.file}: {r['class']}: NOT VERIFIED: {r['error']}")
        else:
            verdict = "equivalent" if r["equivalent"] else "NOT equivalent"
            print(f"{args.file}: {r['class']} -> {args.to}: {verdict} (max_abs_diff {r['max_abs_diff']:.3g}, "
                  f"max_rel_diff {r['max_rel_diff']:.3g}, input {tuple(r['input_shape'])}; {r.get('interface', '')})")
    return EXIT_OK if ok else EXIT_DIAGNOSTICS


def _or(given, default):
    """An option's value, or pivot.verify's default (imported by the command: `pivot --help` stays light)."""
    return default if given is None else given


def _settings(pairs: list[str] | None) -> dict[str, str] | None:
    """--set NAME=VALUE (VALUE a Python expression)."""
    settings = {}
    for pair in pairs or ():
        name, eq, value = pair.partition("=")
        if not eq or not name.strip().isidentifier() or not value.strip():
            raise PivotError(f"--set takes NAME=VALUE: {pair}")
        settings[name.strip()] = value.strip()
    return settings or None


def cmd_show_slice(args) -> int:
    """The code verify runs for each model (what is kept of the script), and the input it will use."""
    from pivot.analysis import analyze
    from pivot.inputs import choose_input
    from pivot.verify import models_to_verify, slice_for

    source = read_source(args.file)
    nets = [n for n in analyze(source).networks if n.framework in ("torch", "keras")]
    names = args.classes or models_to_verify(source, nets)
    if not names:
        raise PivotError(f"{args.file}: no model found")
    status = EXIT_OK
    for name in names:
        try:
            sl, net = slice_for(source, name, nets, _settings(args.settings))
        except PivotError as err:
            print(f"# {name}: {err}\n")
            status = EXIT_DIAGNOSTICS
            continue
        try:
            shape, dtype = choose_input(net, sl, None, None)
            note = f"# input: {shape} {dtype}"
        except PivotError as err:
            note = f"# input: {err}"
        left = "".join(f"\n# not in the slice: {sl.unresolved_message(n)}" for n in sl.unresolved)
        print(f"# slice of `{name}` ({net.framework} {net.style} `{net.name}`), lines {sl.lines}\n{note}{left}\n"
              f"{sl.code}")
    return status


def cmd_show(args) -> int:
    if args.slice:
        return cmd_show_slice(args)
    from pivot.analysis import analyze
    from pivot.describe import describe_network, describe_training
    from pivot.model import to_jsonable

    source = read_source(args.file)
    analysis = analyze(source)
    if analysis.diagnostics and not analysis.networks:
        for d in analysis.diagnostics:
            print(d.format(args.file), file=sys.stderr)
        return EXIT_USAGE
    _check_classes(args.file, analysis, args.classes)
    nets = [n for n in analysis.networks if not args.classes or n.name in args.classes]
    for d in (d for n in nets for d in n.diagnostics if d.severity == "error"):
        print(d.format(args.file), file=sys.stderr)
    if args.graph:
        return _show_graph(args, analysis)
    if args.json:
        print(json.dumps([to_jsonable(n) for n in nets], indent=2))
    else:
        training = [] if args.classes else [f"line {op.span.line}: {describe_training(op)}"
                                             for op in analysis.training]
        print("\n\n".join([describe_network(n) for n in nets] + (["Training code:"] + training
                                                                  if training else [])))
    return EXIT_OK


def _show_graph(args, analysis) -> int:
    from pivot.graph import migration_diagnostics, network_graph, pick_network
    from pivot.graph_render import render

    net = pick_network(analysis, args.classes[0] if args.classes else None)
    if net is None:
        raise PivotError(f"no model named {args.classes[0]!r}" if args.classes else f"{args.file}: no model found")
    text = render(network_graph(net, migration_diagnostics(read_source(args.file), net, analysis)), args.output)
    if args.output:
        write_atomic(args.output, text)
    else:
        sys.stdout.write(text)
    return EXIT_OK


def cmd_convert_weights(args) -> int:
    from pivot.checkpoints import Request, convert_in_subprocess
    from pivot.inputs import parse_input_shape
    from pivot.verify_job import TIMEOUT

    shape = parse_input_shape(args.input_shape, several=False) if args.input_shape else None
    req = Request(args.checkpoint, args.model, args.to, args.output, args.cls, shape,
                  settings=_settings(args.settings))
    r = convert_in_subprocess(req, timeout=_or(args.timeout, TIMEOUT))
    if "error" in r:
        print(f"pivot: error: {r['error']}", file=sys.stderr)
        return EXIT_USAGE if r.get("usage") else EXIT_DIAGNOSTICS
    print(f"{args.checkpoint} -> {args.output}: {r['tensors_copied']} tensors for `{r['migrated_class']}` "
          f"({args.to}); outputs match `{r['class']}` (max_abs_diff {r['max_abs_diff']:.3g}, "
          f"input {tuple(r['input_shape'])})" + (f"; {r['integrity']}" if r.get("integrity") else ""))
    return EXIT_OK


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        code = {"migrate": cmd_migrate, "verify": cmd_verify, "show": cmd_show,
                "convert-weights": cmd_convert_weights}[args.command](args)
        sys.stdout.flush()  # a full disk or closed pipe behind stdout is reported here, not at exit
        return code
    except PivotError as err:
        print(f"pivot: error: {err}", file=sys.stderr)
        return EXIT_USAGE
    except BrokenPipeError:  # `pivot migrate ... | head`: the reader left; say nothing more
        _drop_stdout()
        return EXIT_USAGE
    except KeyboardInterrupt:
        print("pivot: interrupted", file=sys.stderr)
        return 130
    except OSError as err:  # writing to stdout (a full disk...)
        _drop_stdout()
        print(f"pivot: error: cannot write the output: {err.strerror or err}", file=sys.stderr)
        return EXIT_USAGE
    except Exception as err:  # a bug in Pivot: one line, the traceback on request
        if os.environ.get(DEBUG_ENV):
            traceback.print_exc()
        detail = str(err).splitlines()[0][:200] if str(err) else ""
        print(f"pivot: internal error: {type(err).__name__}: {detail} (set {DEBUG_ENV}=1 for the traceback)",
              file=sys.stderr)
        return EXIT_INTERNAL


def _drop_stdout() -> None:
    """Point stdout at /dev/null so that the interpreter's flush at exit does not fail a second time."""
    try:
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    except (OSError, ValueError):
        pass


if __name__ == "__main__":
    sys.exit(main())

"""The round trip (PyTorch -> Keras -> PyTorch) over the unseen PyTorch corpus (issue 13: what Pivot writes in Keras
must migrate back and verify).

For every file of tests/corpus_unseen/torch/ that verifies to Keras (not in GAPS of tests/test_corpus_unseen.py),
`pivot.verify.roundtrip_one` migrates it to Keras, then the Keras text back to PyTorch, builds the three models,
carries the source's weights through Keras and compares. Each file ends as one of

  verifies      the twice-migrated model matches the source
  named error   the way back (or the first leg, counted apart) reports an error diagnostic naming the construct
  exit-0 wrong  the way back exits 0 but is not equivalent (outputs differ, or building / copying the weights fails):
                a broken promise, the first thing to fix
  crash         the migration itself raised (an internal error) or the file timed out

    .venv/bin/python bench/roundtrip_unseen.py [-k SUBSTRING]... [--timeout 120] [--json OUT] [--keras]

(`--keras`: the Keras files of tests/corpus_unseen/keras/ instead, Keras -> PyTorch -> Keras.)

prints the table and the failures grouped by cause (about 15 minutes on one busy core).

Measured (session 7, 242 files): before this session's fixes 153 verify, 68 named error, 21 exit-0 wrong, 0 crash;
after them 196 verify, 45 named error, 1 exit-0 wrong (g_cnn2d_activation_factory_fn: the way back of a run-time
keras.Sequential of ConvBlocks is not known to take images, so its PyTorch model is fed channels-last), 0 crash.

Measured (session 8, --keras -k k8_, the k8_ round's files that verify to PyTorch): on first contact 13 of 19
verify, 2 named, 4 exit-0 wrong (KeyError of a Sequential written as a class `Model`, Pivot's SeparableConv1d
module migrated back as a model of the file, two WeightErrors), 0 crash; after the session's fixes 19 of 25 verify,
3 named (nn.ConstantPad1d/2d of causal / same-pool padding, KerasMultiHeadAttention read back), 3 exit-0 wrong (two
WeightErrors of the way back's weight copy: a concat of two global pools of a sequence, a custom layer's Dense given
(5, 8); and `.chunk` inside torch.stack copied into Keras, the strict xfail
test_chunk_inside_stack_is_translated_or_reported), 0 crash. Measured again at the session's start (wb4, after
the chunk fix): 20 verify, 3 named, 2 exit-0 wrong; after wb4's fixes (flatten order of one position, a PyTorch
input read first by attention or a module reading a sequence, nn.ConstantPad1d/2d/3d as TorchPad("constant"),
KerasMultiHeadAttention read back as layers.MultiHeadAttention): 25 of 25 verify.

Measured (session 9, wb5, --keras, all 166 Keras files that verify to PyTorch): at the start 126 verify, 37 named,
3 exit-0 wrong (AdditiveAttention called with two tensors, Pivot's Reshape module migrated as a model class), 0 crash;
after wb5's fixes 145 verify, 21 named, 0 exit-0 wrong, 0 crash. The PyTorch side (all 356 files, after them): 281
verify, 71 named, 4 exit-0 wrong (all four also at 0a33f66: q_eegnet_depthwise_2d and q_tcn_causal_chomp_dilations
and r_fcn_head_interpolate WeightErrors, t_gan_mlp_generator_view_tanh's `.units` read back in PyTorch), 0 crash.

Measured (session 9, wb6, all 432 PyTorch files, after wb6's first three fixes, before the fourth): 334 verify, 88
named, 10 exit-0 wrong, 0 crash. Of the 10: r_fcn_head_interpolate verifies after the fourth fix (e0c3f0a);
q_eegnet_depthwise_2d fails in the first leg's weight copy (a WeightError, exit 0 in `pivot verify --to tensorflow
--input-shape 2,1,8,128` too); 8 are also exit-0 wrong at 631f494 (h_ecg_cnn1d_permute_nlc, llm_cnn1d_signal_unsqueeze,
q_multitask_cnn1d_tuple_ecg, u_cnn1d_squeeze_after_pool, v_cnn1d_embedding_norm_p2, v_video_cnn3d_avgpool_squeeze:
matmul shape RuntimeErrors; u_conv2d_lstm_crnn, w_crnn_ocr_squeeze_height_bilstm: a 4-D input reaches nn.LSTM).

Measured (session 10, wb7): at fa24912, 456 files: 363 verify, 91 named, 2 exit-0 wrong, 0 crash (the 8 above verify
since 5d65820; the 2 are the first leg's WeightErrors of WEIGHT_GAPS, now left out: 454 files). After wb7's fixes
(TorchRNN's input_size read back, Keras lists of support layers as nn.ModuleList, a Keras conditional of two tensors,
pool sizes read from the tensor, keras.ops.shape(x)[i] moved with the layout), 454 files: 376 verify, 78 named,
0 exit-0 wrong, 0 crash.
"""
from __future__ import annotations

import argparse
import contextlib
import io
import json
import os
import re
import signal
import sys
import time
import traceback
from collections import Counter, defaultdict
from pathlib import Path

os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")
os.environ.setdefault("TF_ENABLE_ONEDNN_OPTS", "0")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

CATEGORIES = ("verifies", "named error", "first leg error", "exit-0 wrong", "crash")


def unseen_files(framework: str = "torch") -> list[tuple[Path, str, list, str]]:
    from tests.conftest import corpus_models
    from tests.test_corpus_unseen import GAPS, WEIGHT_GAPS

    # WEIGHT_GAPS: the first leg exits 0 but its weight copy names a WeightError, so the file does not verify to
    # Keras (counted as the way back's exit-0 wrong before session 10: q_eegnet_depthwise_2d, x_eeg_cnn2d_channels_time)
    return [(path, name, shape, dtype) for path, fw, name, shape, dtype
            in corpus_models(ROOT / "tests" / "corpus_unseen", with_dtype=True)
            if fw == framework and f"{framework}/{path.stem}" not in {**GAPS, **WEIGHT_GAPS}]


class Timeout(Exception):
    pass


def _alarm(signum, frame):
    raise Timeout("timed out")


def _in_migration(tb) -> bool:
    """Whether an exception was raised inside the migration (an internal error), not in building or running."""
    names = {frame.name for frame in traceback.extract_tb(tb)}
    return "migrate_source" in names


def _cause(text: str) -> str:
    """A failure's message with the file's own names and numbers taken out, to group alike failures."""
    text = text.strip().splitlines()[0] if text.strip() else text
    text = re.sub(r"^.*?:\d+:\d+: (error: )?", "", text)
    text = re.sub(r"`[^`]*`", "`...`", text)
    text = re.sub(r"'[^']*'", "'...'", text)
    text = re.sub(r"(?<![A-Z\d])\d+", "N", text)
    return text[:140]


def run_one(path: Path, name: str, shape: list, dtype: str, timeout: int, to: str = "tensorflow") -> dict:
    from pivot.verify import roundtrip_one

    signal.signal(signal.SIGALRM, _alarm)
    signal.alarm(timeout)
    start = time.time()
    try:
        with contextlib.redirect_stdout(io.StringIO()):  # what a model file prints when built
            out = roundtrip_one(path.read_text(), name, to, shape, dtype)
    except Timeout:
        return {"file": path.stem, "category": "crash", "cause": "timed out", "detail": f"after {timeout} s"}
    except Exception as exc:  # noqa: BLE001 - every failure is counted and named
        detail = f"{type(exc).__name__}: {exc}"
        category = "crash" if _in_migration(exc.__traceback__) else "exit-0 wrong"
        return {"file": path.stem, "category": category, "cause": _cause(f"{type(exc).__name__}: {exc}"),
                "detail": detail[:400]}
    finally:
        signal.alarm(0)
    seconds = round(time.time() - start, 1)
    if out["errors"]:
        category = "named error" if "(way back)" in out["errors"][0] else "first leg error"
        return {"file": path.stem, "category": category, "cause": _cause(out["errors"][0]),
                "detail": "; ".join(out["errors"])[:400], "seconds": seconds}
    if not out["first_leg_equivalent"]:
        return {"file": path.stem, "category": "first leg error", "cause": "the first leg is not equivalent",
                "detail": "", "seconds": seconds}
    if not out["equivalent"]:
        return {"file": path.stem, "category": "exit-0 wrong", "cause": "outputs differ",
                "detail": f"max abs diff {out['max_abs_diff']:.3g}", "seconds": seconds}
    return {"file": path.stem, "category": "verifies", "cause": "", "detail": "", "seconds": seconds}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-k", action="append", default=[], help="only files whose name contains this (repeatable)")
    parser.add_argument("--timeout", type=int, default=120, help="seconds per file")
    parser.add_argument("--json", help="write every file's result here")
    parser.add_argument("--keras", action="store_true",
                        help="the Keras files instead (Keras -> PyTorch -> Keras)")
    args = parser.parse_args()
    framework, to = ("keras", "pytorch") if args.keras else ("torch", "tensorflow")
    files = [f for f in unseen_files(framework) if not args.k or any(k in f[0].stem for k in args.k)]
    results = []
    for i, (path, name, shape, dtype) in enumerate(files, 1):
        result = run_one(path, name, shape, dtype, args.timeout, to)
        results.append(result)
        print(f"[{i}/{len(files)}] {path.stem}: {result['category']}"
              + (f" ({result['cause']})" if result["cause"] else ""), file=sys.stderr, flush=True)
    counts = Counter(r["category"] for r in results)
    print(f"\nround trip over {len(results)} unseen {'Keras' if args.keras else 'PyTorch'} files that verify to "
          f"{'PyTorch' if args.keras else 'Keras'}")
    for category in CATEGORIES:
        print(f"  {category:16} {counts.get(category, 0):4}")
    grouped: dict[tuple, list] = defaultdict(list)
    for r in results:
        if r["category"] != "verifies":
            grouped[(r["category"], r["cause"])].append(r)
    for (category, cause), rows in sorted(grouped.items(), key=lambda kv: (CATEGORIES.index(kv[0][0]),
                                                                             -len(kv[1]))):
        print(f"\n{category} x{len(rows)}: {cause}")
        for r in rows:
            print(f"    {r['file']}: {r['detail']}")
    if args.json:
        Path(args.json).write_text(json.dumps(results, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())

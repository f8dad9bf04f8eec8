"""Every catalog entry written as a function or tensor method, applied in a one-line model (the lines of
tests/unit/test_catalog_roundtrip_functions.py) and migrated: exit 0 must mean equivalent. Both models are built,
the weights copied and the outputs compared, as `pivot verify` does; an entry the other side cannot express must
be an error diagnostic instead. (The layer entries are checked this way by the fuzzer and the corpora.)"""
import pytest

from pivot.analysis import analyze
from pivot.migrate import migrate_source
from tests.unit.test_catalog_roundtrip_functions import CALLS, INPUT, KERAS, SEQ, TORCH

pytestmark = pytest.mark.slow  # builds and runs models in torch and TensorFlow

# lines that would compare NaNs on random inputs: the same entry on inputs where it is defined
DEFINED = {"Log": ("x = torch.log(x.abs() + 1)", "x = keras.ops.log(keras.ops.abs(x) + 1)"),
           "Sqrt": ("x = (x * x).sqrt()", "x = keras.ops.sqrt(x * x)"),
           "Rsqrt": ("x = torch.rsqrt(x * x + 1)", "x = keras.ops.rsqrt(x * x + 1)"),
           "Log1p": ("x = torch.log1p(x.abs())", "x = keras.ops.log1p(keras.ops.abs(x))"),
           "Log2": ("x = (x * x + 1).log2()", "x = keras.ops.log2(x * x + 1)"),
           "Log10": ("x = torch.log10(x * x + 1)", "x = keras.ops.log10(x * x + 1)"),
           "Arcsin": ("x = torch.asin(torch.tanh(x))", "x = keras.ops.arcsin(keras.ops.tanh(x))"),
           "Arccos": ("x = torch.tanh(x).arccos()", "x = keras.ops.arccos(keras.ops.tanh(x))"),
           # TensorFlow adds no float32 and int32: the Keras source itself casts
           "Arange": ("x = x + torch.arange(8)", "x = x + keras.ops.cast(keras.ops.arange(8), 'float32')")}
# exit 0 but not equivalent today: each reason is the bug (strict: a fixed one must go)
KNOWN: dict[tuple, str] = {}
CASES = [(op, fw, line) for op, lines in (CALLS | DEFINED).items()
         for fw, line in zip(("torch", "keras"), lines) if line]


@pytest.mark.parametrize("op,fw,line", CASES, ids=[f"{fw}-{op}" for op, fw, _ in CASES])
def test_migrated_function_entry_is_equivalent_or_reported(op, fw, line, request):
    from pivot.verify import Job, verify_model

    if (op, fw) in KNOWN:
        request.applymarker(pytest.mark.xfail(reason=KNOWN[op, fw], strict=True))
    source = (TORCH if fw == "torch" else KERAS).format(line=line) + "\n\nmodel = Net()\n"
    target = "tensorflow" if fw == "torch" else "pytorch"
    shape = INPUT.get(op, SEQ)
    result = migrate_source(source, target, input_shapes={"Net": shape})
    if not result.ok:
        assert any(d.severity == "error" for d in result.diagnostics)
        return
    nets = [n for n in analyze(source).networks if n.framework == fw]
    out = verify_model(source, "Net", nets, Job("<test>", target, ["Net"], [2, *shape], "float32", 1e-5, 1e-4))
    assert out["equivalent"], (out, result.text)

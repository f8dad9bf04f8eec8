"""The fuzzer's generator without the frameworks: plans drawn from the catalog are valid and parse, and an
entry is drawn because the catalog says how to use it (`OpSpec.draw`), not because pivot/fuzz names it."""
import ast
import dataclasses

import pytest

from pivot.catalog import CATALOG, Arg, OpSpec, all_ops
from pivot.catalog.domains import Draw, Floats
from pivot.fuzz.plan import Invalid, State, Step, draw, walk
from pivot.fuzz.render import render


@pytest.mark.parametrize("fw", ["torch", "keras"])
def test_drawn_models_are_valid_and_parse_in_every_style(fw):
    styles = set()
    for seed in range(150):
        plan = draw(seed, fw)
        walk(plan.items, plan.input, fw)
        ast.parse(render(plan))
        styles.add(plan.style)
    assert styles == ({"sequential", "subclassed", "builder"} if fw == "torch" else
                      {"sequential", "subclassed", "builder", "functional"})


def test_every_drawn_entry_can_be_drawn():
    """Each entry with a Draw appears in some model of the first seeds, on a side that spells it."""
    seen = {fw: set() for fw in ("torch", "keras")}
    for fw in seen:
        for seed in range(400):
            seen[fw] |= draw(seed, fw).constructs()
    missing = [s.name for s in all_ops().values() if s.draw and s.kind != "merge"
               and not any({s.name, f"merge:{s.name}"} & names for names in seen.values())]
    assert not missing


def test_a_new_entry_is_drawn_from_its_catalog_data(monkeypatch):
    """A made-up shape-keeping op with a Draw and a domain: the generator uses it, with values from the domain."""
    spec = OpSpec(name="FuzzProbe", kind="layer", torch_module="torch.nn.FuzzProbe",
                  keras_layer="keras.layers.FuzzProbe", shape="same",
                  args=(Arg("gain", torch="gain", keras="gain", torch_default=1.0, keras_default=1.0,
                            domain=Floats(values=(0.25,))),),
                  draw=Draw(("img", "vec", "seq"), weight=40))
    monkeypatch.setitem(CATALOG, spec.name, spec)
    texts = [render(draw(seed, fw)) for fw in ("torch", "keras") for seed in range(40)]
    assert any("nn.FuzzProbe(" in t for t in texts) and any("layers.FuzzProbe(" in t for t in texts)
    assert any("gain=0.25" in t or "FuzzProbe(0.25" in t for t in texts)
    monkeypatch.setitem(CATALOG, spec.name, dataclasses.replace(spec, draw=None))
    assert not any("FuzzProbe" in render(draw(seed, "torch")) for seed in range(40))


def test_a_seed_gives_the_same_model_whatever_the_catalog_order():
    """The catalog's order depends on which module imported its families first (pytest, a worker, the CLI)."""
    before = [render(draw(seed, fw)) for fw in ("torch", "keras") for seed in range(30)]
    items = list(CATALOG.items())
    try:
        CATALOG.clear()
        CATALOG.update(reversed(items))
        after = [render(draw(seed, fw)) for fw in ("torch", "keras") for seed in range(30)]
    finally:
        CATALOG.clear()
        CATALOG.update(items)
    assert after == before


def test_a_3d_average_pool_larger_than_its_input_is_not_drawn_for_pytorch():
    """nn.AvgPool3d refuses an input smaller than its kernel even when padded (fuzz torch 241127: AvgPool3d(3, 1,
    padding=1) on 2x2x2, an invalid source model): the generator rejects it as PyTorch would."""
    pool = Step("AvgPool3d", {"kernel_size": 3, "stride": 1, "padding": 1})
    with pytest.raises(Invalid):
        walk([pool], State("img", 3, 3, (2, 2, 2)), "torch")
    assert walk([pool], State("img", 3, 3, (3, 3, 3)), "torch").size == (3, 3, 3)

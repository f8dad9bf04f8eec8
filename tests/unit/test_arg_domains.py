"""Argument domains on the catalog (`Arg.domain`): what each side accepts, and the samples the fuzzer draws."""
from pivot.catalog import all_ops
from pivot.catalog.domains import AnyOf, Choice, Ints, Sides


def test_ints_accept_sizes_per_axis_and_special_values():
    sizes = Ints(values=(1, 2))
    assert sizes.accepts(3) and sizes.accepts((3, 3)) and not sizes.accepts(0) and not sizes.accepts((3, 0))
    assert not sizes.accepts(True) and not sizes.accepts("same") and not sizes.accepts(None)
    assert Ints(special=(-1,)).accepts(-1) and not Ints(special=(-1,)).accepts(-2)


def test_sides_differ_by_framework():
    padding = all_ops()["Conv1d"].arg("padding").domain
    assert isinstance(padding, Sides)
    assert "causal" in padding.side("keras").samples() and "causal" not in padding.side("torch").samples()
    assert padding.side("torch").accepts(2) and not padding.side("keras").accepts(2)
    assert not isinstance(padding.side("torch"), Choice) and isinstance(padding.side("torch"), AnyOf)


def test_group_norm_accepts_instance_norm_groups():
    groups = all_ops()["GroupNorm"].arg("num_groups").domain
    assert groups.accepts(-1) and -1 in groups.side("keras").samples()
    assert not groups.side("torch").accepts(-1) and not groups.accepts(0)


def test_every_sample_is_accepted_and_declared_strings_agree():
    """A domain's samples are values it accepts; a side's declared string values (`torch_values`) cover the
    strings it samples, so the fuzzer draws only spellings Pivot claims to migrate or must report."""
    for spec in all_ops().values():
        for arg in spec.args:
            if arg.domain is None:
                continue
            for fw in ("torch", "keras"):
                side = arg.domain.side(fw)
                if side is None:
                    continue
                for value in side.samples():
                    assert side.accepts(value), (spec.name, arg.name, fw, value)
                declared = arg.torch_values if fw == "torch" else arg.keras_values
                strings = {v for v in side.samples() if isinstance(v, str)}
                assert not declared or strings <= set(declared), (spec.name, arg.name, fw)

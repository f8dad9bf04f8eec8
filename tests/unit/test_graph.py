"""The model graph (pivot.graph) of corpus models: nodes, edges with shapes in both layouts, groups,
unsupported nodes; `pivot show --graph` writes it as JSON and SVG."""
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from pivot.analysis import analyze
from pivot.graph import migration_diagnostics, models, network_graph, pick_network
from tests.unit.test_diagnostics import UNKNOWN_LAYER

ROOT = Path(__file__).parents[2]
CORPUS = sorted(p for d in ("tests/corpus", "tests/corpus_breadth") for p in (ROOT / d).glob("*/*.py"))


def graph_of(path: str, name: str | None = None) -> dict:
    return network_graph(pick_network(analyze((ROOT / path).read_text()), name))


def by_name(graph: dict, name: str) -> dict:
    return next(n for n in graph["nodes"] if n["name"] == name)


def edge_into(graph: dict, node: dict) -> dict:
    return next(e for e in graph["edges"] if e["target"] == node["id"])


@pytest.mark.parametrize("path", CORPUS, ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_every_corpus_model_has_a_consistent_graph(path):
    analysis = analyze(path.read_text())
    drawn = models(analysis)
    assert drawn, "a corpus file holds a model"
    for m in drawn:
        graph = network_graph(analysis.network(m["name"]))
        json.dumps(graph)
        ids = {n["id"] for n in graph["nodes"]}
        groups = {g["id"] for g in graph["groups"]}
        assert all(e["source"] in ids and e["target"] in ids for e in graph["edges"])
        assert all(n["group"] is None or n["group"] in groups for n in graph["nodes"])
        assert all(g["parent"] is None or g["parent"] in groups for g in graph["groups"])
        # every output is reached from an input (or from a node whose inputs the dataflow lost)
        reached = {n["id"] for n in graph["nodes"] if n["kind"] == "input" or n.get("inputs") == []}
        for _ in graph["nodes"]:
            reached |= {e["target"] for e in graph["edges"] if e["source"] in reached}
        assert all(n["id"] in reached for n in graph["nodes"] if n["kind"] == "output")
        assert graph["migrates"] == (not any(d["severity"] == "error" for n in graph["nodes"]
                                              for d in n["diagnostics"] + graph["diagnostics"]))


def test_resnet_small_residual_block_and_downsample_module():
    g = graph_of("tests/corpus/torch/resnet_small.py")
    assert (len(g["nodes"]), len(g["edges"])) == (24, 25)
    adds = [n for n in g["nodes"] if n["op"] == "Add"]
    assert len(adds) == 2 and all(sum(e["target"] == a["id"] for e in g["edges"]) == 2 for a in adds)
    [module] = g["groups"]
    assert module["kind"] == "module" and module["label"] == "downsample"
    assert [n["name"] for n in g["nodes"] if n["group"] == module["id"]] == ["downsample.0", "downsample.1"]
    conv = by_name(g, "b2_conv1")
    assert conv["attrs"] == {"in_channels": "16", "out_channels": "32", "kernel_size": "3", "stride": "2",
                             "padding": "1", "bias": "False"}
    out_of_conv = next(e for e in g["edges"] if e["source"] == conv["id"])
    assert out_of_conv["shape"] == {"source": "(N, 32, ?, ?)", "target": "(N, ?, ?, 32)"}
    assert out_of_conv["layout"] == {"source": "NCHW", "target": "NHWC"}
    fc = by_name(g, "fc")
    assert edge_into(g, fc)["shape"] == {"source": "(N, 32)", "target": "(N, 32)"}
    assert edge_into(g, fc)["layout"] == {"source": None, "target": None}


def test_keras_inception_branches_in_keras_layout():
    g = graph_of("tests/corpus/keras/inception_branches.py")
    assert (len(g["nodes"]), len(g["edges"])) == (15, 17)
    concat = by_name(g, "concatenate1")
    ins = [e for e in g["edges"] if e["target"] == concat["id"]]
    assert [e["value"] for e in ins] == ["b1", "b2", "b3", "b4"]
    assert ins[1]["shape"] == {"source": "(N, 16, 16, 24)", "target": "(N, 24, 16, 16)"}
    assert ins[1]["layout"] == {"source": "NHWC", "target": "NCHW"}
    assert by_name(g, "inputs")["kind"] == "input" and g["framework"] == "keras" and g["target"] == "torch"


def test_resnet18_builder_blocks_are_groups():
    g = graph_of("tests/corpus_breadth/torch/resnet18.py", "ResNet18")
    builders = [gr for gr in g["groups"] if gr["kind"] == "builder"]
    assert [b["label"] for b in builders] == [f"layer{i} = self._make_layer" for i in range(1, 5)]
    assert [n["name"] for n in g["nodes"] if n["group"] in {b["id"] for b in builders}] == \
        ["layer1", "layer2", "layer3", "layer4"]
    assert edge_into(g, by_name(g, "fc"))["shape"]["source"] == "(N, ?)"


def test_transformer_encoder_graph():
    g = graph_of("tests/corpus_breadth/torch/transformer_classifier.py")
    enc = by_name(g, "encoder")
    assert enc["op"] == "TransformerEncoder" and enc["attrs"]["num_layers"] == "2" and enc["migrates"]
    assert edge_into(g, enc)["shape"]["source"] == "(N, ?, d_model)"


def test_loops_are_groups():
    unknown = graph_of("tests/corpus_breadth/torch/pooled_loop_unknown_count.py")
    [loop] = unknown["groups"]
    assert loop["kind"] == "loop" and [n["name"] for n in unknown["nodes"] if n["group"] == loop["id"]] == ["pool"]
    unrolled = graph_of("tests/corpus_breadth/torch/pooled_loop_flatten.py")
    [loop] = unrolled["groups"]
    assert loop["label"] == "loop (unrolled)"
    assert len([n for n in unrolled["nodes"] if n["group"] == loop["id"]]) >= 2


TWO_LOOPS = """import torch.nn as nn


class TwoCarry(nn.Module):
    def __init__(self, depth):
        super().__init__()
        self.depth = depth
        self.a = nn.Linear(8, 8)
        self.b = nn.Linear(8, 8)
        self.out = nn.Linear(8, 2)

    def forward(self, x):
        h = x
        for _ in range(self.depth):
            x = self.a(x)
            h = self.b(h)
        y = x + h
        for _ in range(self.depth):
            y = self.a(y)
        return self.out(y)
"""


def test_a_loop_carrying_two_values_is_one_group():
    g = network_graph(analyze(TWO_LOOPS).networks[0])
    loops = [gr["id"] for gr in g["groups"] if gr["kind"] == "loop"]
    assert len(loops) == 2
    assert [[n["name"] for n in g["nodes"] if n["group"] == loop] for loop in loops] == [["a", "b"], ["a"]]
    add = by_name(g, "Add")
    assert add["group"] is None and sum(e["target"] == add["id"] for e in g["edges"]) == 2


def test_unsupported_nodes_carry_their_diagnostic():
    analysis = analyze(UNKNOWN_LAYER)
    g = network_graph(analysis.networks[0])
    bad = [n for n in g["nodes"] if not n["migrates"]]
    assert bad and all(n["kind"] == "opaque" and n["diagnostics"] for n in bad)
    assert bad[0]["diagnostics"][0]["code"] == "PIV101" and not g["migrates"]
    assert all(n["migrates"] for n in g["nodes"] if n["kind"] == "layer")


def test_semantic_notes_come_from_the_migration():
    source = (ROOT / "tests/corpus_breadth/torch/bilstm_text_classifier.py").read_text()
    net = analyze(source).networks[0]
    assert not any(n["notes"] for n in network_graph(net)["nodes"])
    g = network_graph(net, migration_diagnostics(source, net))
    embedding = by_name(g, "embedding")
    assert embedding["notes"] == ["PIV202"] and embedding["migrates"]
    assert "padding_idx" in embedding["diagnostics"][0]["message"]
    assert [n["name"] for n in g["nodes"] if n["notes"]] == ["embedding"]


def run(*args):
    return subprocess.run([sys.executable, "-m", "pivot", *args], capture_output=True, text=True, cwd=ROOT)


@pytest.mark.slow  # runs the CLI in a subprocess
def test_cli_show_graph_json_and_svg(tmp_path):
    path = "tests/corpus/torch/resnet_small.py"
    res = run("show", "--graph", path)
    assert res.returncode == 0 and json.loads(res.stdout)["model"] == "ResNetSmall"
    out = tmp_path / "g.json"
    assert run("show", "--graph", path, "--class", "ResNetSmall", "-o", str(out)).returncode == 0
    written = json.loads(out.read_text())
    assert written["nodes"] == graph_of(path)["nodes"] and written["edges"] == graph_of(path)["edges"]
    assert run("show", "--graph", path, "--class", "Nope").returncode == 2
    if shutil.which("dot") is None:
        pytest.skip("Graphviz is not installed (scripts/setup.sh installs it)")
    svg = tmp_path / "g.svg"
    assert run("show", "--graph", path, "-o", str(svg)).returncode == 0
    text = svg.read_text()
    assert text.lstrip().startswith("<?xml") and "<svg" in text
    assert "b2_conv1: Conv2d" in text and "(N, 32, ?, ?)" in text and "cluster_g0" in text

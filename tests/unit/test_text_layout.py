"""The engine keeps a file's layout (issue 14): line endings, a UTF-8 BOM, tab or mixed indentation, form feeds.

Run through `server.engine`, the functions the language server calls, and so for the CLI too (which reads and
writes the file byte for byte around the same engine)."""
import ast
import re
from pathlib import Path

import pytest

from server import engine

ROOT = Path(__file__).parents[2]
EXAMPLE = ROOT / "examples" / "cifar_cnn.py"
TRAINING = sorted((ROOT / "tests" / "corpus_training").glob("*/*.py")) + [EXAMPLE]
BARE_LF = re.compile(r"(?<!\r)\n")


def target(text: str) -> str:
    return "tensorflow" if "import torch" in text else "pytorch"


def tabs(text: str) -> str:
    """Every four-space indent step as a tab."""
    return re.sub(r"^((?:    )+)", lambda m: "\t" * (len(m.group(1)) // 4), text, flags=re.M)


def migrate(text: str) -> str:
    return engine.migrate_source(text, target(text)).text


@pytest.mark.parametrize("path", TRAINING, ids=lambda p: p.stem)
def test_crlf_file_stays_crlf_inserted_lines_included(path):
    text = path.read_text()
    expected = migrate(text).replace("\n", "\r\n")
    got = migrate(text.replace("\n", "\r\n"))
    assert not BARE_LF.search(got)
    assert got == expected


@pytest.mark.parametrize("path", TRAINING[-3:], ids=lambda p: p.stem)
def test_a_file_of_carriage_returns_stays_so(path):
    """Old Mac line ends: Python reads them, and the migrated file keeps them."""
    text = path.read_text()
    got = migrate(text.replace("\n", "\r"))
    assert "\n" not in got and got == migrate(text).replace("\n", "\r")


def test_inserted_imports_use_the_files_line_ending():
    got = migrate(EXAMPLE.read_text().replace("\n", "\r\n"))
    assert "import keras\r\nfrom keras import layers\r\nimport tensorflow as tf\r\n" in got


def test_bom_is_accepted_and_kept():
    text = EXAMPLE.read_text()
    analysis = engine.analyze_text("\ufeff" + text, ("\ufeff" + text).splitlines(), None)
    assert [n.name for n in analysis.networks] == ["CifarCNN"] and not analysis.diagnostics
    assert analysis.networks[0].span.line == 8
    assert migrate("\ufeff" + text) == "\ufeff" + migrate(text)


@pytest.mark.parametrize("path", TRAINING, ids=lambda p: p.stem)
def test_tab_indented_file_migrates_as_its_spaced_twin(path):
    """Generated lines in a tab-indented block are tab-indented (space-indented ones were a TabError)."""
    text = path.read_text()
    got = migrate(tabs(text))
    ast.parse(got)
    assert got == tabs(migrate(text))


def test_spaces_for_the_model_tabs_for_the_training_code():
    text = EXAMPLE.read_text()
    head, _, tail = text.partition("def train(")
    mixed = head + "def train(" + tabs(tail)
    got = migrate(mixed)
    ast.parse(got)
    expected = migrate(text)
    e_head, _, e_tail = expected.partition("def train(")
    assert got == e_head + "def train(" + tabs(e_tail)


def test_a_form_feed_line_does_not_shift_the_training_edits():
    """Python does not end a line at a form feed (str.splitlines does): the edits land where they belong."""
    text = EXAMPLE.read_text().replace("\n\ndef train", "\n\x0c\ndef train")
    assert migrate(text) == migrate(EXAMPLE.read_text()).replace("\n\ndef train", "\n\x0c\ndef train")


def test_nul_byte_reported_on_its_line_by_the_analysis():
    text = "import torch\n\nx = 'a\x00'\n"
    (diag,) = engine.analyze_text(text, text.splitlines(), None).diagnostics
    assert diag.code == "PIV001" and (diag.span.line, diag.span.col) == (3, 6)


@pytest.mark.slow
def test_a_mix_of_tabs_and_spaces_libcst_cannot_read_migrates_and_verifies(tmp_path):
    """Python accepts a tab-and-spaces indent under a four-space one; libcst's tokenizer does not: the definition
    is read with the indents' tabs expanded, migrated, and proven equivalent."""
    from pivot.verify import Job, verify_file

    text = ("import torch.nn as nn\n\n\nclass M(nn.Module):\n    def __init__(self):\n\t    super().__init__()\n"
            "\t    self.fc = nn.Linear(4, 2)\n\n    def forward(self, x):\n        return self.fc(x)\n")
    ast.parse(text)
    result = engine.migrate_source(text, "tensorflow")
    assert result.ok and result.migrated == ("M",), result.diagnostics
    ast.parse(result.text)
    path = tmp_path / "mixed.py"
    path.write_text(text)
    (verdict,) = verify_file(Job(str(path), "tensorflow", ["M"], [2, 4], "float32", 1e-5, 1e-4), timeout=300)
    assert verdict["equivalent"] is True, verdict

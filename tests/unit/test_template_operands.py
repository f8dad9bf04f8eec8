"""Operands written into a catalog template keep their grouping: `F.cosine_similarity(x, x + 1.0)` became
`keras.ops.sum(x * x + 1.0, ...)` (exit 0 and wrong) before operands were parenthesised where needed."""
import ast

from pivot.backends.common import operand
from pivot.migrate import migrate_source

SOURCE = """import torch.nn as nn
import torch.nn.functional as F


class Net(nn.Module):
    def forward(self, x):
        return F.cosine_similarity(x, x + 1.0, dim=-1) + F.pairwise_distance(-x, x * 2.0 - 1.0)
"""


def test_a_compound_operand_is_parenthesised_in_a_template():
    text = migrate_source(SOURCE, "keras", ["Net"]).text
    ast.parse(text)
    assert "keras.ops.sum(x * (x + 1.0), axis=-1)" in text
    assert "keras.ops.norm((-x) - (x * 2.0 - 1.0)" in text


def test_operands_that_bind_tighter_than_any_operator_are_kept_as_written():
    for code in ("x", "self.fc(x)", "x[:, 0]", "h.t", "1.0", "(a, b)"):
        assert operand(code) == code
    for code in ("x + 1", "-x", "a if c else b", "-1.0", "a @ b"):
        assert operand(code) == f"({code})"

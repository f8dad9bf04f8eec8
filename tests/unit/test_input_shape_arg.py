"""`--input-shape` is read by one parser (pivot.inputs): verify takes one shape per input, convert-weights one
shape of positive sizes with a batch axis; each command keeps its message."""
import pytest

from pivot.cli import main
from pivot.errors import PivotError
from pivot.inputs import parse_input_shape

MODEL = "import torch.nn as nn\n\nclass Net(nn.Module):\n    def __init__(self):\n        super().__init__()\n" \
        "        self.fc = nn.Linear(4, 2)\n\n    def forward(self, x):\n        return self.fc(x)\n"


def test_verify_form_takes_several_inputs():
    assert parse_input_shape("8,3,32,32") == [8, 3, 32, 32]
    assert parse_input_shape("2,16;2,8") == [[2, 16], [2, 8]]
    assert parse_input_shape("4") == [4]  # verify reports a shape the model cannot take when it runs it
    with pytest.raises(PivotError, match=r"comma-separated integers \(';' between inputs\): 2,x"):
        parse_input_shape("2,x")


@pytest.mark.parametrize("text", ["2,x,3", "4", "2,0,3", "2,-1", "2,16;2,8"])
def test_convert_form_takes_one_positive_shape_with_a_batch_axis(text):
    with pytest.raises(PivotError, match=f"comma-separated positive integers with a batch axis, e.g. 2,3,32,32: {text}"):
        parse_input_shape(text, several=False)
    assert parse_input_shape("2,3,32,32", several=False) == [2, 3, 32, 32]


def test_each_command_reports_its_message(tmp_path, capsys):
    model = tmp_path / "net.py"
    model.write_text(MODEL)
    assert main(["verify", str(model), "--to", "tensorflow", "--input-shape", "Net=2,four"]) == 2
    assert "(';' between inputs): 2,four" in capsys.readouterr().err
    assert main(["convert-weights", str(tmp_path / "w.pt"), "--model", str(model), "--to", "tensorflow",
                 "-o", str(tmp_path / "o.weights.h5"), "--input-shape", "2,three"]) == 2
    assert "with a batch axis, e.g. 2,3,32,32: 2,three" in capsys.readouterr().err

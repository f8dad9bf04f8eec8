"""verify compares a model's outputs tensor by tensor: a tuple nested in the output tuple (a seq2seq encoder's
`return outputs, (hidden, cell)`) is flattened in order, the same way in both frameworks; a dict stays named."""
from pivot.verify import Keyed, _leaves


def test_a_nested_tuple_is_flattened_in_order():
    assert _leaves(("out", ("h", "c")), str.upper) == ["OUT", "H", "C"]
    assert _leaves("y", str.upper) == ["Y"]


def test_named_outputs_keep_their_keys():
    found = _leaves({"b": "y2", "a": "y1"}, str.upper)
    assert isinstance(found, Keyed) and list(found) == ["Y1", "Y2"] and found.names == ("a", "b")

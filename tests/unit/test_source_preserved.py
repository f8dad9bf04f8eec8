"""Bytes outside the migrated class, other than imports, are unchanged."""
from pivot.migrate import migrate_source

BEFORE = '''"""Module docstring stays."""
import os
import torch.nn as nn

SEED = 1234  # a constant with a comment


def helper(path):
    # helpers are not models: untouched
    return os.path.join(path, "x")


'''
CLASS = '''class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.fc = nn.Linear(4, 2)

    def forward(self, x):
        return self.fc(x)
'''
AFTER = '''

if __name__ == "__main__":
    print(helper("."),   SEED)   # odd spacing kept
'''


def test_only_the_class_and_imports_change():
    text = migrate_source(BEFORE + CLASS + AFTER, "tensorflow").text
    assert text.endswith(AFTER)
    start = text.index("class Net(keras.Model):")
    head = text[:start]
    expected = BEFORE.replace("import torch.nn as nn\n", "")
    assert [l for l in head.splitlines() if "import keras" not in l and "from keras" not in l] == \
        expected.splitlines()
    assert "import os" in head

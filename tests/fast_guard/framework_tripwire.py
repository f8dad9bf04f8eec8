"""An import hook that refuses torch, TensorFlow and Keras: the fast suite must run without them."""
import importlib.abc
import sys

FRAMEWORKS = ("torch", "tensorflow", "keras", "tf_keras")


class FrameworkTripwire(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path=None, target=None):
        if name.partition(".")[0] in FRAMEWORKS:
            raise ImportError(f"{name} imported in the fast suite: mark the test `slow` (it needs a framework)")
        return None


def install() -> None:
    if not any(isinstance(f, FrameworkTripwire) for f in sys.meta_path):
        sys.meta_path.insert(0, FrameworkTripwire())

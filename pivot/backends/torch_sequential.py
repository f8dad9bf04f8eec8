"""A `keras.Sequential` subclass written back as an `nn.Sequential` subclass (the mirror of what the Keras backend
writes for `class Block(nn.Sequential)`): the list given to `super().__init__` becomes its positional modules, and
`add` becomes `append`, except where it only repeats an attribute PyTorch already runs in assignment order."""
from __future__ import annotations

import builtins

import libcst as cst

from pivot.frontends.chains import self_attribute
from pivot.frontends.source import walk


def sequential_init(call: cst.Call) -> cst.Call:
    """`super().__init__([a, b])`, `([*layers])`, `(list(d.values()))` or `(layers)` of keras.Sequential as
    nn.Sequential's `super().__init__(a, b)` / `(*layers)` / `(*d.values())`; Keras-only keywords (`name=`) go."""
    given = next((a for a in call.args if a.keyword is None or a.keyword.value == "layers"), None)
    if given is None:
        return call.with_changes(args=[])
    value = given.value
    if isinstance(value, cst.List):
        args = [cst.Arg(el.value, star="*" if isinstance(el, cst.StarredElement) else "") for el in value.elements]
    elif isinstance(value, cst.Call) and isinstance(value.func, cst.Name) and value.func.value == "list" \
            and len(value.args) == 1 and not value.args[0].star:
        args = [cst.Arg(value.args[0].value, star="*")]
    else:
        args = [cst.Arg(value, star="*")]
    return call.with_changes(args=args)


def added_value(call: cst.Call, receivers: set[str]) -> cst.BaseExpression | None:
    """The layer of `self.add(x)` (receiver "self") or `self.features.add(x)` (receiver "features") when the
    receiver is one of `receivers`; None for any other call."""
    func = call.func
    if not (isinstance(func, cst.Attribute) and func.attr.value == "add" and len(call.args) == 1
            and not call.args[0].keyword and not call.args[0].star):
        return None
    owner = func.value
    if isinstance(owner, cst.Name) and owner.value == "self":
        name = "self"
    elif isinstance(owner, cst.Attribute) and isinstance(owner.value, cst.Name) and owner.value.value == "self":
        name = owner.attr.value
    else:
        return None
    return call.args[0].value if name in receivers else None


def run_orders(cls: cst.ClassDef) -> tuple[list, list]:
    """In a keras.Sequential subclass: the order PyTorch runs its modules in (an attribute assigned an object built
    by a call, `self.norm = layers.BatchNormalization()`, where it is assigned; `self.add(x)` of anything else where
    it is added) and the order Keras runs them in (where each is added), both after the list given to
    `super().__init__`, which both run first."""
    torch_order: list = []
    keras_order: list = []

    def enter(node: cst.CSTNode) -> bool:
        if isinstance(node, (cst.ClassDef, cst.Lambda)) and node is not cls:
            return False
        if isinstance(node, cst.Assign) and isinstance(node.value, cst.Call) and len(node.targets) == 1:
            name = self_attribute(node.targets[0].target)
            func = node.value.func
            if name and not (isinstance(func, cst.Name) and hasattr(builtins, func.value)):
                torch_order.append(name)
        if isinstance(node, cst.Call):
            value = added_value(node, {"self"})
            if value is not None and self_attribute(value):
                keras_order.append(self_attribute(value))
            elif value is not None:
                torch_order.append(id(value))
                keras_order.append(id(value))
        return True

    walk(cls, enter)
    return torch_order, keras_order

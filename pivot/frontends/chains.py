"""The chains of layers a Keras block builds by code and runs one after the other: the list given to
`keras.Sequential(...)` or to a keras.Sequential subclass's `super().__init__(...)` (then its `self.add(...)`
calls), also through a list variable filled by `append` / `extend` / `+=`. Such a block has no dataflow of its own
(it declares no input), so the input rank of a layer in it (which of BatchNorm1d/2d/3d a BatchNormalization is)
comes from its neighbours in the chain (`pivot.shapes.chain_ranks`); a layer factory (`norm_layer = lambda c:
layers.BatchNormalization()`) takes the rank of every place the chains call it, when it is called nowhere else."""
from __future__ import annotations

from dataclasses import replace

import libcst as cst

from pivot.frontends.source import Chunk, walk
from pivot.model import INPUT_RANK, Attrs, Layer, Span, iter_layers
from pivot.shapes import ANY_CLASS, chain_ranks

SEQUENTIAL = "keras.Sequential"
TORCH_SEQUENTIAL = "torch.nn.Sequential"  # its layers given one by one (`nn.Sequential(a, *xs)`), not as one list
_UNKNOWN = object()  # a chain element Pivot cannot follow (any rank in and out)


class _Scope:
    """One function body read in statement order: its list variables, factories and layer attributes."""

    def __init__(self, chunk: Chunk, by_span: dict[Span, Layer], sequential_class: bool,
                 sequential: str = SEQUENTIAL) -> None:
        self.chunk, self.by_span, self.sequential_class = chunk, by_span, sequential_class
        self.sequential = sequential  # the container whose calls are chains (keras.Sequential, nn.Sequential)
        self.lists: dict[str, list] = {}  # name -> [(element expression | _UNKNOWN, optional)]
        self.factories: dict[str, Layer] = {}  # name bound to `lambda ...: layers.X(...)` -> that layer
        self.factory_nodes: dict[str, cst.CSTNode] = {}  # where each is bound (its own name is no use of it)
        self.values: dict[str, cst.BaseExpression] = {}  # `x = layers.X(...)`, `self.x = ...`: name -> value
        self.chains: list[list] = []
        self.starts: dict[Span, cst.BaseExpression] = {}  # a `keras.Sequential(...)` call -> its first element
        self.own: list | None = None  # a keras.Sequential subclass's own chain (super().__init__, then self.add)
        # a caller may pass any factory for a parameter: what its calls build is unknown (their input rank is not)
        self.param_names: set[str] = set()
        self.attribute_chains: dict[str, list] = {}  # `self.features = keras.Sequential([...])`: its chain
        self.chain_of: dict[Span, list] = {}  # a `keras.Sequential(...)` call -> its chain
        # `self.bn1 = norm_layer(c)`, `setattr(self, f"bn{i}", layers.X(...))`: (attribute as `call()` names it,
        # the element assigned as `now` saw it)
        self.attributes: list[tuple[str, cst.BaseExpression]] = []
        # `self._norm_layer`, an attribute `__init__` keeps a factory in -> that factory's layer (None: a parameter's):
        # `norm_layer = self._norm_layer` in another method binds the same factory
        self.held: dict[str, Layer | None] = {}

    def function(self, fn: cst.FunctionDef) -> None:
        for param in fn.params.params:
            self.param_names.add(param.name.value)
            if param.default is not None:
                self.bind(param.name.value, param.default, param)
        self.block(fn.body.body, optional=False)

    def bind(self, name: str, value: cst.BaseExpression, node: cst.CSTNode) -> None:
        if self_attribute(value) in self.held:
            self.factories[name] = self.held[self_attribute(value)]
            self.factory_nodes[name] = node
            return
        body = value
        if isinstance(body, cst.Call) and self.chunk.qualify(body.func) == "functools.partial" and body.args:
            body = body.args[0].value  # partial(lambda c, eps=...: ..., eps=0.001): the same layer
        if isinstance(body, cst.Lambda) and self.by_span.get(self.chunk.span(body.body)) is not None:
            self.factories[name] = self.by_span[self.chunk.span(body.body)]
            self.factory_nodes[name] = node
        else:
            self.values[name] = value

    def block(self, stmts, optional: bool) -> None:
        for stmt in stmts:
            if isinstance(stmt, cst.SimpleStatementLine):
                for small in stmt.body:
                    self.small(small, optional)
            elif isinstance(stmt, cst.If):
                self.touched(stmt.test)
                self.nested(stmt.body.body)
                orelse = stmt.orelse
                while orelse is not None:
                    self.nested(orelse.body.body)
                    orelse = getattr(orelse, "orelse", None)
            elif isinstance(stmt, cst.For) and stmt.orelse is None:
                self.touched(stmt.iter)
                for _ in range(2):  # the second pass sees what the first appended: every iteration's lists
                    self.nested(stmt.body.body)
            else:  # a while, with, try: what it adds to a list is not followed (the list is broken there)
                self.touched(stmt)
                self.sequentials(stmt)

    def nested(self, stmts) -> None:
        """The body of an `if` or a loop: it may not run (what it adds is optional); the names it binds hold
        their values inside it, and after it either these or the ones before."""
        values, factories, lists = dict(self.values), dict(self.factories), dict(self.lists)
        attribute_chains = dict(self.attribute_chains)
        self.block(stmts, True)
        for name in [n for n in self.attribute_chains if self.attribute_chains[n] is not attribute_chains.get(n)]:
            del self.attribute_chains[name]
        for name in [n for n in self.values if self.values[n] is not values.get(n)]:
            del self.values[name]
        for name in [n for n in self.factories if n not in factories or self.factories[n] is not factories[n]]:
            if name in factories or name not in self.param_names:
                del self.factories[name]
            # else `if norm_layer is None: norm_layer = lambda c: ...`: the name holds the caller's factory or this
            # one (a parameter's calls have no known effect in chains: `ranked`), so its calls may build its layer
        for name in list(self.lists):
            if name not in lists:
                del self.lists[name]
            elif self.lists[name] is not lists[name]:  # rebound inside: the list before may hold anything
                lists[name].append((_UNKNOWN, False))
                self.lists[name] = lists[name]

    def touched(self, node: cst.CSTNode) -> None:
        """Whatever `node` does with the lists (and, in a keras.Sequential subclass, `self.add`) is not followed:
        each list it names, and the subclass's own chain, may hold anything from here on."""
        def enter(n: cst.CSTNode) -> None:
            if isinstance(n, (cst.Name, cst.Attribute)) and _list_key(n) in self.lists:
                self.lists[_list_key(n)].append((_UNKNOWN, False))
            if isinstance(n, cst.Call) and isinstance(n.func, cst.Attribute) and n.func.attr.value == "add":
                owner = n.func.value
                if self.own is not None and isinstance(owner, cst.Name) and owner.value == "self":
                    self.own.append((_UNKNOWN, False))
                if isinstance(owner, cst.Attribute) and owner.attr.value in self.attribute_chains:
                    self.attribute_chains[owner.attr.value].append((_UNKNOWN, False))
        walk(node, enter)

    def small(self, small: cst.BaseSmallStatement, optional: bool) -> None:
        if isinstance(small, (cst.Assign, cst.AnnAssign)) and small.value is not None:
            targets = [t.target for t in small.targets] if isinstance(small, cst.Assign) else [small.target]
            if len(targets) == 1:
                self.assign(targets[0], small.value, optional)
                return
        if isinstance(small, cst.AugAssign) and _list_key(small.target) in self.lists and \
                isinstance(small.operator, cst.AddAssign):
            self.extend(_list_key(small.target), small.value, optional)
            return
        if isinstance(small, cst.Expr) and isinstance(small.value, cst.Call) and self.method(small.value, optional):
            return
        self.touched(small)
        self.sequentials(small)

    def assign(self, target: cst.BaseExpression, value: cst.BaseExpression, optional: bool) -> None:
        self.sequentials(value)
        if not isinstance(value, cst.List):
            self.touched(value)  # `b = a` then `b.append(x)` would change `a` unseen
        if isinstance(target, cst.Name):
            self.lists.pop(target.value, None)
            self.factories.pop(target.value, None)
            if isinstance(value, cst.List):
                self.lists[target.value] = [(item, False) for item in self.items(value)]
            else:
                self.bind(target.value, value, target)
        elif isinstance(target, cst.Attribute) and isinstance(target.value, cst.Name) and \
                target.value.value == "self":
            # `self.mid = [...]`, `self.mid.extend([...])`, then `self.mid = nn.Sequential(*self.mid)` (FSRCNN)
            self.lists.pop(f"self.{target.attr.value}", None)
            if isinstance(value, cst.List) and self.sequential == TORCH_SEQUENTIAL:
                self.lists[f"self.{target.attr.value}"] = [(item, False) for item in self.items(value)]
            self.values[f"self.{target.attr.value}"] = value
            self.attributes.append((target.attr.value, self.now(value)))
            self.attribute_chains.pop(target.attr.value, None)
            if isinstance(value, cst.Call) and self.chunk.span(value) in self.chain_of:
                # `self.features.add(...)` extends the chain of `self.features = keras.Sequential([...])`
                self.attribute_chains[target.attr.value] = self.chain_of[self.chunk.span(value)]

    def method(self, call: cst.Call, optional: bool) -> bool:
        """`xs.append(x)`, `xs.extend([...])`, and `self.add(x)` / `super().__init__([...])` in a keras.Sequential
        subclass; False for any other call."""
        func = call.func
        if isinstance(func, cst.Name) and func.value == "setattr" and len(call.args) == 3 and \
                not any(a.keyword or a.star for a in call.args) and isinstance(call.args[0].value, cst.Name) and \
                call.args[0].value.value == "self":  # `setattr(self, f"bn{i}", ...)`, read as `getattr(self, f"bn{i}")`
            key, value = call.args[1].value, call.args[2].value
            self.sequentials(value)
            self.touched(value)
            name = key.evaluated_value if isinstance(key, cst.SimpleString) else self.chunk.text(key)
            self.attributes.append((name, self.now(value)))
            return True
        if not isinstance(func, cst.Attribute):
            return False
        owner, name = func.value, func.attr.value
        args = [a.value for a in call.args if a.keyword is None and not a.star]
        if _list_key(owner) in self.lists and name in ("append", "extend") and len(args) == len(call.args) == 1:
            if name == "append":
                self.sequentials(args[0])
                self.lists[_list_key(owner)].append((self.now(args[0]), optional))
            else:
                self.extend(_list_key(owner), args[0], optional)
            return True
        if name == "add" and len(args) == len(call.args) == 1 and isinstance(owner, cst.Attribute) and \
                isinstance(owner.value, cst.Name) and owner.value.value == "self" and \
                owner.attr.value in self.attribute_chains:
            self.sequentials(args[0])
            self.attribute_chains[owner.attr.value].append((self.now(args[0]), optional))
            return True
        if not self.sequential_class:
            return False
        if name == "__init__" and isinstance(owner, cst.Call) and isinstance(owner.func, cst.Name) and \
                owner.func.value == "super":
            given = next((a.value for a in call.args if a.keyword is None or a.keyword.value == "layers"), None)
            if given is not None:
                self.sequentials(given)
            self.own = self.layer_list(given) if given is not None else []
            return True
        if name == "add" and isinstance(owner, cst.Name) and owner.value == "self" and len(args) == 1:
            self.sequentials(args[0])
            if self.own is not None:
                self.own.append((self.now(args[0]), optional))
            return True
        return False

    def extend(self, name: str, value: cst.BaseExpression, optional: bool) -> None:
        self.sequentials(value)
        items = self.items(value) if isinstance(value, (cst.List, cst.Tuple)) else [_UNKNOWN]
        self.lists[name].extend((item, optional) for item in items)

    def items(self, value: cst.List | cst.Tuple) -> list:
        out: list = []
        for el in value.elements:
            if isinstance(el, cst.StarredElement):
                inner = el.value
                out.extend(item for item, _ in self.lists[_list_key(inner)]) if _list_key(inner) in self.lists \
                    else out.append(_UNKNOWN)
            else:
                out.append(self.now(el.value))
        return out

    def now(self, item: cst.BaseExpression) -> cst.BaseExpression:
        """What a name (or `self.name`) holds where it is put in a chain (it may be rebound, or go out of scope,
        later)."""
        if isinstance(item, cst.Name):
            return self.values.get(item.value, item)
        name = self_attribute(item)
        return self.values.get(f"self.{name}", item) if name else item

    def layer_list(self, given: cst.BaseExpression) -> list:
        """The chain a Sequential is given: `[a, b]`, `[*xs]`, `xs`, `list(xs)`; unknown otherwise."""
        if isinstance(given, cst.Call) and isinstance(given.func, cst.Name) and given.func.value == "list" and \
                len(given.args) == 1:
            given = given.args[0].value
        if _list_key(given) in self.lists:
            return list(self.lists[_list_key(given)])
        if isinstance(given, cst.List):
            return [(item, False) for item in self.items(given)]
        return [(_UNKNOWN, False)]

    def sequentials(self, node: cst.CSTNode) -> None:
        """Every `keras.Sequential([...])` under `node`: a chain (elements as they are now)."""
        def enter(n: cst.CSTNode) -> bool:
            if isinstance(n, cst.Lambda):
                return False
            if isinstance(n, cst.Call) and self.chunk.qualify(n.func) == self.sequential:
                given = next((a.value for a in n.args if a.keyword is None or a.keyword.value == "layers"), None)
                if self.sequential == TORCH_SEQUENTIAL:  # nn.Sequential(a, *xs, b): its arguments are the chain
                    given = cst.List([cst.StarredElement(a.value) if a.star == "*" else cst.Element(a.value)
                                      for a in n.args]) if n.args and all(a.keyword is None and a.star != "**"
                                                                          for a in n.args) else None
                if given is not None:
                    chain = self.layer_list(given)
                    self.chains.append(chain)
                    self.chain_of[self.chunk.span(n)] = chain
                    first = chain[0][0] if chain and not chain[0][1] else _UNKNOWN
                    if first is not _UNKNOWN:
                        self.starts[self.chunk.span(n)] = first
            return True
        walk(node, enter)

    def resolve(self, item) -> tuple[Layer | None, str | None]:
        """The layer a chain element (as `now` saw it) is, and the factory that made it, if one did."""
        if not isinstance(item, cst.Call):
            return None, None
        if isinstance(item.func, cst.Name) and item.func.value in self.factories:
            return self.factories[item.func.value], item.func.value
        if isinstance(item.func, cst.Name) and item.func.value in self.param_names:
            return None, item.func.value
        return self.by_span.get(self.chunk.span(item)), None

    def ranked(self, chain: list) -> list[tuple[Layer | None, str | None, int | None, object]]:
        """Each element of a chain as (layer, factory, input rank, the element's expression)."""
        resolved = [(self.resolve(item) if item is not _UNKNOWN else (None, None), optional)
                    for item, optional in chain]
        effects = [(None if factory in self.param_names else layer, optional)
                   for (layer, factory), optional in resolved]
        return [(layer, factory, rank, item) for ((layer, factory), _), rank, (item, _) in
                zip(resolved, chain_ranks(effects), chain)]


def chain_input_ranks(node: cst.CSTNode, chunk: Chunk, layers: tuple[Layer, ...], sequential_class: bool,
                      sequential: str = SEQUENTIAL) -> dict[Span, int]:
    """The input rank of each layer (by span) that the chains built in `node`'s functions fix, when every place
    the layer (or the factory making it) runs agrees on it."""
    by_span = {layer.span: layer for layer in iter_layers(layers)}
    seen: dict[Span, set] = {}
    for fn in _functions(node):
        scope = _Scope(chunk, by_span, sequential_class, sequential)
        scope.function(fn)
        chains = scope.chains + ([scope.own] if scope.own else [])
        calls: dict[str, set] = {}  # factory -> its calls found in chains (one list's element may be in several)
        for chain in chains:
            for layer, factory, rank, item in scope.ranked(chain):
                if layer is not None:
                    seen.setdefault(layer.span, set()).add(rank)
                if factory:
                    calls.setdefault(factory, set()).add(id(item))
        for name, layer in scope.factories.items():  # called anywhere else (or passed on): its rank is unknown
            count, passes = _uses(fn, name, scope.factory_nodes[name], chunk)
            if count != len(calls.get(name, ())) or passes:
                seen.setdefault(layer.span, set()).add(None)
    return {span: ranks.pop() for span, ranks in seen.items() if len(ranks) == 1 and None not in ranks}


def block_chains(cls: cst.ClassDef, chunk: Chunk, layers: tuple[Layer, ...], templates: tuple[Layer, ...],
                 sequential_class: bool) -> tuple:
    """`Network.block_chains` of a class: every chain its methods build, each element as (kind, reference,
    optional): ("template", index), ("layer", name), ("class", model class of the file), ("factory", index of the
    template a local lambda builds: its effect, never ranked here) or ("unknown", None); the subclass's own chain
    (keras.Sequential's list) marked True. `pivot.shapes.with_chain_ranks` ranks them knowing the file's classes."""
    by_span = {layer.span: layer for layer in iter_layers(layers + templates)}
    index = {t.span: i for i, t in enumerate(templates)}
    named = {layer.span: layer.name for layer in iter_layers(layers)}
    out = []
    for fn in _functions(cls):
        scope = _Scope(chunk, by_span, sequential_class)
        scope.function(fn)
        for chain in scope.chains + ([scope.own] if scope.own is not None else []):
            elements = []
            for (layer, factory, _, item), (_, optional) in zip(scope.ranked(chain), chain):
                local = chunk.local_class(item.func) if isinstance(item, cst.Call) else None
                if factory and factory not in scope.param_names and layer is not None and layer.span in index:
                    element = ("factory", index[layer.span])
                elif factory or layer is None:
                    element = ("class", local) if local and not factory else ("unknown", None)
                elif layer.span in index:
                    element = ("template", index[layer.span])
                else:
                    element = ("layer", named[layer.span]) if layer.span in named else ("unknown", None)
                elements.append((*element, optional))
            out.append((chain is scope.own, tuple(elements)))
    return tuple(out)


def factory_uses(cls: cst.ClassDef, chunk: Chunk, layers: tuple[Layer, ...], templates: tuple[Layer, ...],
                 sequential_class: bool) -> tuple:
    """`Network.factories` of a class: each constructor parameter or local lambda its `__init__` calls in a chain
    or passes to a model class of the file (`Conv2dNormActivation(..., norm_layer=norm_layer)`), with the ranks of
    its calls there; `pivot.shapes.with_factory_ranks` follows the passes across the file's classes."""
    init = next((s for s in cls.body.body if isinstance(s, cst.FunctionDef) and s.name.value == "__init__"), None)
    if init is None:
        return ()
    by_span = {layer.span: layer for layer in iter_layers(layers + templates)}
    scope = _Scope(chunk, by_span, sequential_class)
    scope.function(init)
    ranks: dict[str, dict] = {}  # factory -> its calls in chains -> their ranks
    for chain in scope.chains + ([scope.own] if scope.own else []):
        for _, factory, rank, item in scope.ranked(chain):
            if factory:
                ranks.setdefault(factory, {}).setdefault(id(item), set()).add(rank)
    for _, item in scope.attributes:  # `self.bn1 = norm_layer(c)`: ranked where `call()` runs it (Network.attribute_templates)
        _, factory = scope.resolve(item) if item is not _UNKNOWN else (None, None)
        if factory:
            ranks.setdefault(factory, {}).setdefault(id(item), set())
    names = dict.fromkeys([*(p.name.value for p in init.params.params if p.name.value != "self"),
                           *scope.factories])
    out = []
    for name in names:
        binding = scope.factory_nodes.get(name) or next(p for p in init.params.params if p.name.value == name)
        count, passes = _uses(init, name, binding, chunk, classes_in=_param_names(init) - {name})
        calls = ranks.get(name, {})
        found = [r for call in calls.values() for r in call]
        held: list[str] = []
        for attr in _kept(init, name):  # `self._norm_layer = norm_layer`: its uses in the other methods
            followed = _held_uses(cls, init, attr, scope.factories.get(name), chunk, by_span, sequential_class)
            if followed is not None:
                count -= 1
                held.append(attr)
                found += followed[0]
                passes += followed[1]
        if not calls and not passes and not found:
            continue
        layer = scope.factories.get(name)
        index = next((i for i, t in enumerate(templates) if layer is not None and t.span == layer.span), -1)
        out.append((name, index, tuple(found), tuple(passes), count != len(calls), tuple(held)))
    return tuple(out)


def attribute_reads(cls: cst.ClassDef) -> tuple[str, ...]:
    """`Network.attribute_reads`: every `self.<name>` the class body mentions."""
    out: dict[str, None] = {}

    def enter(n: cst.CSTNode) -> bool:
        if self_attribute(n):
            out[self_attribute(n)] = None
        return True

    walk(cls, enter)
    return tuple(out)


def _kept(init: cst.FunctionDef, name: str) -> list[str]:
    """The attributes `__init__` keeps the factory `name` in (`self._norm_layer = norm_layer`, a statement of its
    own at any depth)."""
    out: list[str] = []

    def enter(n: cst.CSTNode) -> bool:
        if isinstance(n, cst.Assign) and len(n.targets) == 1 and self_attribute(n.targets[0].target) and \
                isinstance(n.value, cst.Name) and n.value.value == name:
            out.append(self_attribute(n.targets[0].target))
        return not isinstance(n, (cst.Lambda, cst.FunctionDef)) or n is init

    walk(init, enter)
    return out


def _held_uses(cls: cst.ClassDef, init: cst.FunctionDef, attr: str, layer: Layer | None, chunk: Chunk,
               by_span: dict[Span, Layer], sequential_class: bool) -> tuple[list, list] | None:
    """The uses of a factory `__init__` keeps in `self.<attr>`, followed through the class's other methods: each
    reads it only as `norm_layer = self.<attr>` (torchvision's `_make_layer`), and that name only in chains (the
    ranks of its calls there) or passed to a model class of the file, or to a class a parameter holds (ANY_CLASS).
    None when the attribute is assigned again, read any other way (also in `__init__`, or by a nested function),
    or the name is used otherwise: then the factory's rank stays a guess (`pivot.shapes.with_factory_ranks`).
    A subclass of the file mentioning the attribute makes it unknown again (`pivot.shapes.factory_ranks`)."""
    reads = 0

    def enter(n: cst.CSTNode) -> bool:
        nonlocal reads
        if self_attribute(n) == attr:
            reads += 1
        return True

    walk(cls, enter)
    found: list = []
    passes: list = []
    aliases = 0
    for fn in _functions(cls):
        if fn is init:
            continue
        scope = _Scope(chunk, by_span, sequential_class)
        scope.held = {attr: layer}
        scope.function(fn)
        bound = [(name, node) for name, node in scope.factory_nodes.items() if _alias_of(node, fn) == attr]
        calls: dict[str, dict] = {}
        for chain in scope.chains + ([scope.own] if scope.own else []):
            for _, factory, rank, item in scope.ranked(chain):
                if factory:
                    calls.setdefault(factory, {})[id(item)] = rank
        for name, node in bound:
            count, more = _uses(fn, name, node, chunk, classes_in=_param_names(fn) - {name})
            if count != len(calls.get(name, {})):
                return None
            found += calls.get(name, {}).values()
            passes += more
        aliases += _alias_count(fn, attr)
        if len(bound) != _alias_count(fn, attr):
            return None
    return (found, passes) if reads == 1 + aliases else None  # 1: the assignment in `__init__`


def _alias_of(node: cst.CSTNode, fn: cst.FunctionDef) -> str | None:
    """The attribute a name bound at `node` (an assignment's target) is read from: `norm_layer = self._norm_layer`."""
    found: list = []

    def enter(n: cst.CSTNode) -> bool:
        if isinstance(n, cst.Assign) and len(n.targets) == 1 and n.targets[0].target is node:
            found.append(self_attribute(n.value))
        return True

    walk(fn, enter)
    return found[0] if found else None


def _alias_count(fn: cst.FunctionDef, attr: str) -> int:
    """How many `name = self.<attr>` statements `fn` holds."""
    count = 0

    def enter(n: cst.CSTNode) -> bool:
        nonlocal count
        if isinstance(n, cst.Assign) and len(n.targets) == 1 and isinstance(n.targets[0].target, cst.Name) and \
                self_attribute(n.value) == attr:
            count += 1
        return True

    walk(fn, enter)
    return count


def _param_names(fn: cst.FunctionDef) -> frozenset[str]:
    params = fn.params
    return frozenset(p.name.value for p in [*params.posonly_params, *params.params, *params.kwonly_params]
                     if p.name.value != "self")


def _list_key(node: cst.CSTNode) -> str | None:
    """The name a list is followed by: a local (`xs`) or an attribute of self (`self.xs`)."""
    if isinstance(node, cst.Name):
        return node.value
    name = self_attribute(node)
    return f"self.{name}" if name else None


def _functions(node: cst.CSTNode) -> list[cst.FunctionDef]:
    if isinstance(node, cst.FunctionDef):
        return [node]
    return [s for s in getattr(node.body, "body", ()) if isinstance(s, cst.FunctionDef)]


def _uses(fn: cst.FunctionDef, name: str, binding: cst.CSTNode, chunk: Chunk,
          classes_in: frozenset[str] = frozenset()) -> tuple[int, list]:
    """How often `name` is read in `fn` (not where it is bound, nor as an argument to a model class of the
    file), and those arguments: (class, keyword or position); a call of a parameter in `classes_in` (one holding
    a class: `block(...)`) passes it to (ANY_CLASS, its positional arguments' count, its keywords)."""
    count = 0
    passes: list = []

    def enter(n: cst.CSTNode) -> bool:
        nonlocal count
        if n is binding:
            return False
        held = isinstance(n, cst.Call) and isinstance(n.func, cst.Name) and n.func.value in classes_in and \
            not any(a.star for a in n.args)
        if isinstance(n, cst.Call) and (chunk.local_class(n.func) or held):
            # a class a parameter holds: any class of the file taking the call's arguments (count, keywords)
            local = (ANY_CLASS, sum(a.keyword is None for a in n.args),
                     tuple(a.keyword.value for a in n.args if a.keyword)) if held else chunk.local_class(n.func)
            for i, arg in enumerate(n.args):
                if isinstance(arg.value, cst.Name) and arg.value.value == name and not arg.star:
                    passes.append((local, arg.keyword.value if arg.keyword else i))
                else:
                    walk(arg.value, enter)
            return False
        if isinstance(n, cst.Arg):  # a keyword's own name is no use
            walk(n.value, enter)
            return False
        if isinstance(n, cst.Param):  # the parameter's own name is no use; its default may be
            if n.default is not None:
                walk(n.default, enter)
            return False
        if isinstance(n, cst.Comparison) and all(isinstance(c.operator, (cst.Is, cst.IsNot))
                                                 for c in n.comparisons):
            return False  # `norm_layer is None` only tests it
        if isinstance(n, cst.Attribute):  # `self.norm_layer` reads an attribute, not the name
            walk(n.value, enter)
            return False
        if isinstance(n, cst.Name) and n.value == name:
            count += 1
        return True

    walk(fn, enter)
    return count, passes


def first_blocks(node: cst.CSTNode, chunk: Chunk, sequential_class: bool) -> dict[Span, str]:
    """The model class of the file that each `keras.Sequential(...)` built in `node`'s functions starts with,
    also when it is filled from a list (`features = [Conv2dNormActivation(...)]` ... `keras.Sequential([*features])`):
    what the Sequential reads is what that block reads."""
    out: dict[Span, str] = {}
    for fn in _functions(node):
        scope = _Scope(chunk, {}, sequential_class)
        scope.function(fn)
        for span, item in scope.starts.items():
            local = chunk.local_class(item.func) if isinstance(item, cst.Call) else None
            if local:
                out[span] = local
    return out


def self_attribute(node: cst.BaseExpression) -> str | None:
    """`self.name`: the name (None for any other expression)."""
    if isinstance(node, cst.Attribute) and isinstance(node.value, cst.Name) and node.value.value == "self":
        return node.attr.value
    return None


def attribute_templates(cls: cst.ClassDef, chunk: Chunk, templates: tuple[Layer, ...], sequential_class: bool
                        ) -> tuple:
    """`Network.attribute_templates` of a class: each attribute its `__init__` assigns a layer built by code
    (`self.bn1 = norm_layer(planes)`, `setattr(self, f"bn{i}", layers.BatchNormalization())`), as `call()` names
    it, with the index of the template building it (-1: a factory parameter's call) and the factory called ("" for
    a template assigned itself)."""
    init = next((s for s in cls.body.body if isinstance(s, cst.FunctionDef) and s.name.value == "__init__"), None)
    if init is None:
        return ()
    index = {t.span: i for i, t in enumerate(templates)}
    scope = _Scope(chunk, {t.span: t for t in templates}, sequential_class)
    scope.function(init)
    out = []
    for attr, item in scope.attributes:
        layer, factory = scope.resolve(item) if item is not _UNKNOWN else (None, None)
        at = index.get(layer.span, -1) if layer is not None else -1
        if factory or at >= 0:
            out.append((attr, at, factory or ""))
    return tuple(out)


def with_input_rank(layer: Layer, ranks: dict[Span, int], depends) -> Layer:
    """The layer and its children (a Sequential a helper returns) told the input rank their chain fixes, each whose
    migrated layer depends on it (`depends(layer)`): a child left untold had no rank in the other framework (an
    nn.Dropout2d in a `_make_block` helper's nn.Sequential: an error where the chain fixes its rank 4)."""
    attrs = layer.attrs
    if layer.span in ranks and depends(layer):
        attrs = Attrs.of(attrs.as_dict() | {INPUT_RANK: ranks[layer.span]})
    return replace(layer, attrs=attrs, children=tuple(with_input_rank(c, ranks, depends) for c in layer.children))

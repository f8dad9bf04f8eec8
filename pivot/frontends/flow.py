"""The forward dataflow: reading `forward`/`call` bodies and functional-API statements into pivot nodes."""
from __future__ import annotations

import ast
import re

import libcst as cst

from pivot import diagnostics as D
from pivot.catalog import CATALOG, OpSpec, lookups
from pivot.catalog import op as catalog_op
from pivot.catalog.merge import number_arith
from pivot.catalog.recurrent import STORAGE_METHODS
from pivot.catalog.sampling import not_migrated_reason
from pivot.catalog.tensor import POSITIONS
from pivot.frontends.calls import bind, bind_support, is_initializer
from pivot.frontends.source import TENSOR_KEYWORDS, Chunk, dotted_name, literal, walk, written_width_tree
from pivot.model import FLAT_WIDTH, TORCH_ORDER, Attrs, Diagnostic, Expr, Node

# Calls that compute on Python values, not tensors: left alone, never reported.
PYTHON_BUILTINS = {"len", "int", "float", "range", "print", "isinstance", "super", "list", "tuple", "min", "max",
                   "zip", "enumerate", "getattr", "hasattr", "str", "bool", "dict", "sum", "abs", "round"}
SHAPE_METHODS = {"size"}
# `x.dim()` / `x.ndimension()`: the number of axes, the same in both layouts (Keras spells it `x.ndim`)
RANK_METHODS = {"dim", "ndimension"}

def _forward_of_layer(func: cst.BaseExpression, layers: set[str]) -> bool:
    """`self.conv_reduce.forward`: a submodule's forward called by name (prlz77's ResNeXt), the same as calling it."""
    return isinstance(func, cst.Attribute) and func.attr.value == "forward" and \
        isinstance(func.value, cst.Attribute) and isinstance(func.value.value, cst.Name) and \
        func.value.value.value == "self" and func.value.attr.value in layers


def operator_op(operator: cst.CSTNode) -> str | None:
    """The entry a Python operator spells (`a + b`, `a *= b`), by its libcst class; None: plain arithmetic."""
    spec = lookups().python_operator.get(type(operator).__name__)
    return spec.name if spec else None


# MultiHeadAttention's mask arguments (a padding mask as `attention_mask`)
_ATTENTION_MASKS = ("attention_mask", "query_mask", "value_mask", "key_mask")


class FlowReader:
    """Reads statements into nodes; `layers` are the names callable as declared layers."""

    def __init__(self, chunk: Chunk, framework: str, layers: set[str]) -> None:
        self.chunk = chunk
        self.framework = framework
        self.layers = layers
        self.nodes: list[Node] = []
        self.diagnostics: list[Diagnostic] = []
        self.tensors: set[str] = set()
        self.probes: set[str] = set()  # `weight = next(self.parameters())`: names read only for `.new(...).zero_()`
        self.outputs: list[str] = []
        self.layer_aliases: dict[str, str] = {}
        self.fresh_layers: set[str] = set()  # layers whose call returns a new tensor (see classes._allocates)
        self.scope: dict[str, str] = {}  # names of an inlined block -> the values they stand for
        self.tensor_lists: dict[str, tuple[str, ...]] = {}  # `states = [h, c]`: a Python list of tensors
        self.parameters: set[str] = set()  # the model's nn.Parameter attributes: tensors, their methods tensor ops
        self.comprehended: set[str] = set()  # lists of tensors a list comprehension built
        self.size_names: dict[str, tuple[str, int, int]] = {}  # `h = x.shape[1]`: name -> (tensor, axis, mark)
        self.call_inputs: dict[str, tuple[str, ...]] = {}  # layer -> its entry's `keras_call_inputs`
        self.lambdas: dict[str, cst.Lambda] = {}  # `self.concat = lambda a, b: torch.cat([a, b], dim=1)`
        self.counters: set[str] = set()  # `i` of `for i, emb in enumerate(...)` / `for i in range(n)`: an int
        self._fresh = 0

    # -- statements --------------------------------------------------------------------------------------
    def read_body(self, body: cst.BaseSuite) -> None:
        stmts = getattr(body, "body", ())
        branch = inference_branch(stmts)
        if branch is not None:  # `if self.training: <draw> else: return mu`: at inference, the else branch
            at, chosen = branch
            stmts = tuple(stmts[:at]) + tuple(chosen) + tuple(stmts[at + 1:])
            self.diagnostics.append(D.make(
                "PIV203", self.chunk.span(branch_if(body, at)), "`if self.training:` with an else or a return: the "
                "training branch runs only in training (a VAE's sampling, auxiliary heads); the migrated code is the "
                "inference branch",
                severity="information"))
        exit_at = inference_exit(stmts)
        for stmt in stmts[:None if exit_at is None else exit_at]:
            self.statement(stmt)
        if exit_at is not None:  # `if not self.training: return x`: at inference the block is that return
            self.statement(stmts[exit_at].body.body[0])
            self.diagnostics.append(D.make(
                "PIV203", self.chunk.span(stmts[exit_at]), "the code after `if not self.training: return ...` "
                "runs only in training (stochastic depth, drop path): the migrated block is its inference "
                "identity, that return", severity="information"))

    def statement(self, stmt: cst.CSTNode) -> None:
        if isinstance(stmt, cst.SimpleStatementLine):
            for small in stmt.body:
                self.small_statement(small)
        elif isinstance(stmt, (cst.For, cst.While)):
            self.loop(stmt)
        elif isinstance(stmt, (cst.If, cst.With, cst.Try)):
            # Structured control flow is kept as written by the backends; its expressions are still read.
            for child in stmt.children:
                if isinstance(child, cst.BaseExpression):
                    self.expr(child)
                elif isinstance(child, (cst.BaseSuite, cst.If, cst.Else, cst.ExceptHandler, cst.Finally)):
                    self.statement(child) if not isinstance(child, cst.BaseSuite) else self.read_body(child)
        elif isinstance(stmt, (cst.Else, cst.ExceptHandler, cst.Finally)):
            self.read_body(stmt.body)
        elif isinstance(stmt, cst.IndentedBlock):
            self.read_body(stmt)

    def loop(self, stmt: cst.For | cst.While) -> None:
        """A loop is kept as written by the backends; its body's shapes are followed for every iteration when
        the count is a literal (`range(3)`, a tuple), else the values it rebinds get unknown sizes."""
        if isinstance(stmt, cst.For) and _self_attr(_iterated(stmt.iter)):
            # `for block in self.blocks:` binds layers, not tensors; `for conv, bn in zip(self.convs, self.bns):`
            # each name one container's
            for name, container in _loop_aliases(stmt):
                self.layer_aliases[name] = container
        else:
            iterated = self.expr(stmt.iter if isinstance(stmt, cst.For) else stmt.test)
            if isinstance(stmt, cst.For):
                self.each_of_unbind(stmt.target, iterated)
        start, before = len(self.nodes), set(self.tensors)
        count = loop_count(stmt)
        counters = _counter_names(stmt) - self.counters if isinstance(stmt, cst.For) else set()
        self.counters |= counters
        for i in range(count or 1):
            mark = len(self.diagnostics)
            self.read_body(stmt.body)
            if i:  # a diagnostic is reported once, not per iteration
                del self.diagnostics[mark:]
        self.counters -= counters
        if not count:
            self.widen_loop(stmt, start, before)
        if stmt.orelse is not None:
            self.read_body(stmt.orelse.body)

    def each_of_unbind(self, target: cst.BaseExpression, iterated: str | None) -> None:
        """`for x_t in x.unbind(dim=1):` binds each tensor of the unbind (an `Item` of it, as a comprehension's
        over a list of tensors): the layer the loop runs on `x_t` reads a value of the graph (it read an unknown
        name, so input inference did not see the steps reach a cell)."""
        made = next((n for n in reversed(self.nodes) if iterated is not None and iterated in n.outputs), None)
        spec = CATALOG.get(made.op) if made is not None else None
        if not isinstance(target, cst.Name) or spec is None or spec.shape != "unbind":
            return
        each = self.fresh()
        self.add(Node("Item", (iterated,), (each,), form="loop"))
        self.tensors.add(each)
        self.bind_target(target, each)

    def widen_loop(self, stmt: cst.For | cst.While, start: int, before: set[str]) -> None:
        """After the body of a loop run an unknown number of times: `Loop` nodes (no span, no code) compare the
        values the loop carries before and after one pass (see `shapes`)."""
        bound = [o for n in self.nodes[start:] for o in n.outputs if not o.startswith("%") and o in self.tensors]
        bound = list(dict.fromkeys(bound))
        carried = [v for v in bound if v in before]
        self.nodes[start:start] = [Node("Loop", (v,), (f"{v}@{start}",), form="loop") for v in carried]
        pairs = tuple(x for v in carried for x in (v, f"{v}@{start}"))
        for v in bound:
            self.add(Node("Loop", (v,) + pairs, (v,), form="loop"))

    def small_statement(self, small: cst.BaseSmallStatement) -> None:
        if self.framework == "torch" and parameter_probe(small):
            # `weight = next(self.parameters()).data`: for `weight.new(...).zero_()` only (see new_zeros_sizes); the
            # Keras code drops the line, so any other read of the name is an error (see expr)
            self.probes.add(small.targets[0].target.value)
            return
        if isinstance(small, cst.Assign):
            target0 = small.targets[0].target
            picked = _self_attr(small.value.value if isinstance(small.value, cst.Subscript) else small.value)
            if isinstance(target0, cst.Name) and picked in self.layers:  # act = self.activations[name]: a layer
                self.layer_aliases[target0.value] = picked
                return
            if (isinstance(small.value, cst.Tuple) and isinstance(target0, cst.Tuple)
                    and len(small.value.elements) == len(target0.elements)):  # q, k = a[0], a[1]
                for t, v in zip(target0.elements, small.value.elements):
                    self.note_size(t.value, v.value)
                    self.bind_target(t.value, self.expr(v.value))
                return
            if isinstance(target0, cst.Name) and len(small.targets) == 1:
                self.note_size(target0, small.value)
            if isinstance(target0, cst.Tuple) and isinstance(small.value, cst.Name) and len(small.targets) == 1 and \
                    len(self.tensor_lists.get(small.value.value, ())) == len(target0.elements):  # x, y = vects
                for t, v in zip(target0.elements, self.tensor_lists[small.value.value]):
                    self.bind_target(t.value, v)
                return
            if isinstance(target0, cst.Name) and isinstance(small.value, (cst.List, cst.Tuple)):
                items = self.tensor_items(small.value)
                if items:
                    self.tensor_lists[target0.value] = items
                    return
            if isinstance(target0, cst.Tuple) and _is_shape_of(small.value):  # n, c, h, w = x.shape
                base = self.expr(small.value.value if isinstance(small.value, cst.Attribute)
                                 else small.value.func.value)
                if base:
                    self.add(Node("Size", (base,), (), attrs=Attrs.of({"dim": None}), span=self.chunk.span(small.value),
                                  source=self.chunk.text(small.value), form="unpack"))
                return
            value = self.expr(small.value)
            for target in small.targets:
                self.bind_target(target.target, value)
        elif isinstance(small, cst.AnnAssign) and small.value is not None:
            self.bind_target(small.target, self.expr(small.value))
        elif isinstance(small, cst.AugAssign):
            left, right = self.expr(small.target), self.expr(small.value)
            name = dotted_name(small.target)
            op = operator_op(small.operator)
            if name and left:
                ins = tuple(v for v in (left, right) if v)
                self.add(Node(op or "Arith", ins, (name,), span=self.chunk.span(small),
                              source=self.chunk.text(small), form="operator"))
                self.tensors.add(name)
        elif isinstance(small, cst.Return) and small.value is not None:
            value = small.value
            # the elements of a returned tuple; a single value as is (a Name's `.value` is its identifier)
            items = [el.value for el in value.elements] if isinstance(value, cst.Tuple) else \
                [a.value for a in value.args] if _makes_record(value, self.chunk) else [value]
            if isinstance(value, cst.Dict) and value.elements and all(
                    isinstance(el, cst.DictElement) and isinstance(el.key, cst.SimpleString) for el in value.elements):
                items = [el.value for el in value.elements]  # `return {"churn": p, "ltv": v}`: named outputs
            for item in items:
                v = self.expr(item)
                if v:
                    self.outputs.append(v)
        elif isinstance(small, cst.Expr) and self.framework == "torch" and self.layer_method(small.value):
            pass
        elif isinstance(small, cst.Expr):
            self.expr(small.value)
        elif isinstance(small, cst.Assert):  # `assert x.shape[-1] == 3`: its sizes move with the layout
            self.expr(small.test)

    def layer_method(self, call: cst.BaseExpression) -> bool:
        """`self.lstm.flatten_parameters()` as a statement: a method of a held PyTorch layer called for its effect.
        A storage method (`STORAGE_METHODS`, no value changes) is dropped with a note; any other is named (the Keras
        layer has no such method: it was exit 0 and `'TorchRNN' object has no attribute ...` when called)."""
        func = call.func if isinstance(call, cst.Call) else None
        layer = _self_attr(func.value) if isinstance(func, cst.Attribute) else None
        if layer is None or layer not in self.layers or func.attr.value == "forward" or \
                f"{layer}.{func.attr.value}" in self.layers:
            return False
        if func.attr.value in STORAGE_METHODS and not call.args:
            self.diagnostics.append(D.make("PIV203", self.chunk.span(call), f"`{self.chunk.text(call)}` re-packs the "
                                           "recurrent weights in memory (cuDNN) and changes no value: dropped",
                                           severity="information"))
            return True
        ins = tuple(v for a in call.args for v in self.tensor_items(a.value))
        self.opaque(call, f"`{self.chunk.text(call)}` calls a method of the PyTorch layer `self.{layer}` for its "
                    "effect, which the migrated layer has not; migrate it by hand", ins)
        return True

    def note_size(self, target: cst.BaseExpression, value: cst.BaseExpression) -> None:
        """`h = x.shape[1]` (or `h, w, c = x.shape[1], x.shape[2], x.shape[3]`): the name holds that size of the
        tensor as it is here (see `size_of`)."""
        if not isinstance(target, cst.Name):
            return
        self.size_names.pop(target.value, None)
        if isinstance(value, cst.Subscript) and isinstance(value.value, cst.Attribute) and \
                value.value.attr.value == "shape" and len(value.slice) == 1 and \
                isinstance(value.slice[0].slice, cst.Index):
            axis = literal(value.slice[0].slice.value, self.chunk)
            tensor = self.scope.get(dotted_name(value.value.value) or "", dotted_name(value.value.value))
            if isinstance(axis, int) and not isinstance(axis, bool) and tensor in self.tensors:
                self.size_names[target.value] = (tensor, axis, self.producer_mark(tensor))

    def producer_mark(self, value: str) -> int:
        """Where `value` was last bound (the index of the node that made it), -1 before any."""
        return next((i for i in range(len(self.nodes) - 1, -1, -1) if value in self.nodes[i].outputs), -1)

    def size_of(self, code: str, tensor: str, rank: int) -> int | None:
        """The axis (from 0, of a `rank`-axis tensor) of `tensor` that `code` reads: `x.shape[-1]` or a name bound
        to it while the tensor was the same value; None otherwise."""
        code = code.replace(" ", "")
        found = re.fullmatch(r"([A-Za-z_][\w.]*)\.shape\[(-?\d+)\]", code)
        if found and self.scope.get(found.group(1), found.group(1)) == tensor:
            axis = int(found.group(2))
        elif code in self.size_names and self.size_names[code][0] == tensor and \
                self.size_names[code][2] == self.producer_mark(tensor):
            axis = self.size_names[code][1]
        else:
            return None
        return axis % rank if -rank <= axis < rank else None

    def batch_size_of(self, code: str, tensor: str) -> bool:
        """`x.size(0)` / `x.shape[0]` / `x.size()[0]` (or a name bound to it) of `tensor` itself: a reshape to
        (that, n) keeps the batch and flattens the rest, as PyTorch allows only when n is their product."""
        code = re.sub(r"\.size\((-?\d+)\)$|\.size\(\)\[(-?\d+)\]$", lambda m: f".shape[{m.group(1) or m.group(2)}]",
                      code.replace(" ", ""))
        return self.size_of(code, tensor, 8) == 0  # (a rank above any real one: `x.shape[-1]` is not axis 0)

    def positions_shape(self, texts: list[str], receiver: str) -> bool:
        """`tf.reshape(x, [-1, h * w, c])` of an (N, H, W, C) tensor, its sizes read from it (`h, w, c =
        x.shape[1], x.shape[2], x.shape[3]`): the sequence of its positions, each with its channels."""
        if len(texts) != 3:
            return False
        first, middle, last = (t.replace(" ", "") for t in texts)
        factors = middle.split("*")
        axes = {self.size_of(f, receiver, 4) for f in factors} if len(factors) == 2 else set()
        return self.size_of(last, receiver, 4) == 3 and (
            (first == "-1" and axes == {1, 2}) or (self.size_of(first, receiver, 4) == 0 and (
                axes == {1, 2} or middle == "-1")))

    def bind_target(self, target: cst.BaseExpression, value: str | None) -> None:
        if value is None:
            return
        if isinstance(target, cst.Name):
            self.rename(value, self.bound_name(target.value))
        elif isinstance(target, (cst.Tuple, cst.List)):
            for i, el in enumerate(target.elements):
                if isinstance(el.value, cst.Name):  # `*rest` binds a list (marked: Keras states passed on)
                    where = {"index": i, "rest": True} if isinstance(el, cst.StarredElement) else {"index": i}
                    self.add(Node("Getitem", (value,), (el.value.value,), attrs=Attrs.of(where),
                                  span=self.chunk.span(el.value), form="unpack"))
                    self.tensors.add(el.value.value)
                elif isinstance(el.value, (cst.Tuple, cst.List)) and not isinstance(el, cst.StarredElement):
                    # `out, (h_n, c_n) = self.lstm(x)`: the states pair, unpacked in turn
                    inner = self.fresh()
                    self.add(Node("Getitem", (value,), (inner,), attrs=Attrs.of({"index": i}),
                                  span=self.chunk.span(el.value), form="unpack"))
                    self.tensors.add(inner)
                    self.bind_target(el.value, inner)

    def bound_name(self, name: str) -> str:
        """The name an assignment binds (an inlined block renames its locals that would clobber the caller's)."""
        return name

    def rename(self, value: str, name: str) -> None:
        """Bind a fresh value to a variable name: the producing node gets the name as output."""
        if value.startswith("%") and self.nodes and self.nodes[-1].outputs == (value,):
            last = self.nodes[-1]
            self.nodes[-1] = Node(last.op, last.inputs, (name,), last.layer, last.attrs, last.span, last.source,
                                  last.form, last.tensor_args)
        elif value != name:
            self.add(Node("Alias", (value,), (name,), form="alias"))
        self.tensors.add(name)
        if value in self.comprehended:  # `conved = [...]`: the name holds the list
            self.comprehended.add(name)
        elif value != name:
            self.comprehended.discard(name)

    # -- expressions -------------------------------------------------------------------------------------
    def fresh(self) -> str:
        self._fresh += 1
        return f"%{self._fresh}"

    def add(self, node: Node) -> None:
        self.nodes.append(node)

    def expr(self, e: cst.BaseExpression) -> str | None:
        """Read an expression; returns the name of the tensor value it produces, if any."""
        if isinstance(e, cst.Name):
            if e.value in self.probes:
                return self.opaque(e, f"`{e.value}` (a parameter taken by `next(self.parameters())`) is read other "
                                   "than as `.new(...).zero_()`/`.new_zeros(...)`: Pivot does not migrate that "
                                   "read; migrate it by hand", ())
            name = self.scope.get(e.value, e.value)
            return name if name in self.tensors else None
        if isinstance(e, cst.Call):
            return self.call(e)
        if isinstance(e, cst.NamedExpr) and isinstance(e.target, cst.Name):
            # `(_flat := self.pool(x))`: Pivot's own Keras flatten binds its input once to read its shape
            value = self.expr(e.value)
            self.bind_target(e.target, value)
            return self.expr(e.target) if value else None
        if isinstance(e, cst.BinaryOperation):
            left, right = self.expr(e.left), self.expr(e.right)
            ins = tuple(v for v in (left, right) if v)
            if not ins:
                return None
            op = operator_op(e.operator) if left and right else None
            out = self.fresh()
            self.add(Node(op or "Arith", ins, (out,), attrs=self.constant_operand(e, left, right),
                          span=self.chunk.span(e), source=self.chunk.text(e), form="operator"))
            return out
        if isinstance(e, cst.UnaryOperation):
            inner = self.expr(e.expression)
            if inner:
                out = self.fresh()
                self.add(Node("Arith", (inner,), (out,), span=self.chunk.span(e), source=self.chunk.text(e),
                              form="operator"))
                return out
            return None
        if isinstance(e, (cst.Tuple, cst.List)):
            for el in e.elements:
                self.expr(el.value)
            return None
        listed = self.expr(e.for_in.iter) if isinstance(e, cst.ListComp) and isinstance(e.for_in.iter, cst.Name) \
            and isinstance(e.for_in.target, cst.Name) else None
        if isinstance(e, cst.ListComp) and e.for_in.inner_for_in is None and not e.for_in.ifs and (
                _self_attr(_iterated(e.for_in.iter)) in self.layers or listed in self.comprehended):
            # `[F.relu(conv(x)) for conv in self.convs]`: one tensor per layer of the container, a list of tensors
            # as `outs.append(...)` in a loop over it builds; `[F.max_pool1d(c, c.shape[2]) for c in conved]` over
            # such a list: `c` is each of its tensors
            if listed is None:
                for name, container in _loop_aliases(e.for_in):
                    self.layer_aliases[name] = container
            else:
                each = self.fresh()
                self.add(Node("Item", (listed,), (each,), form="loop"))
                self.tensors.add(each)
                self.scope[e.for_in.target.value] = each
            counters = _counter_names(e.for_in) - self.counters
            self.counters |= counters
            item = self.expr(e.elt)
            self.counters -= counters
            if listed is not None:
                self.scope.pop(e.for_in.target.value, None)
            if not item:
                return None
            out = self.fresh()
            self.add(Node("Append", (item,), (out,), span=self.chunk.span(e), source=self.chunk.text(e),
                          form="method"))
            self.tensors.add(out)
            self.comprehended.add(out)
            return out
        if isinstance(e, cst.IfExp):  # `self.norm(x, training=t) if self.use_bn else self.norm(x)`
            self.expr(e.test)
            body, orelse = self.expr(e.body), self.expr(e.orelse)
            if body and self._same_application(body, orelse):
                return body
            if body and orelse:  # `x if self.equalInOut else self.convShortcut(x)`; `out + x if i > 0 else out`
                # whichever branch runs (WideResNet): the sizes both branches agree on (in Keras too: the name was
                # left bound to its old value, the width before a loop of layers, and the way back wrote that width
                # into the next nn.Linear: exit 0 and a RuntimeError)
                out = self.fresh()
                self.add(Node("Either", (body, orelse), (out,), span=self.chunk.span(e), source=self.chunk.text(e),
                              form="operator"))
                self.tensors.add(out)
                return out
            return None
        if isinstance(e, (cst.Comparison, cst.BooleanOperation)):  # `x.shape[1] == 3`: its sizes are read
            ins = tuple(v for v in [self.expr(e.left)] + [
                self.expr(part.comparator if isinstance(part, cst.ComparisonTarget) else part.right)
                for part in (e.comparisons if isinstance(e, cst.Comparison) else (e,))] if v)
            if ins and isinstance(e, cst.Comparison) and len(e.comparisons) == 1 and isinstance(
                    e.comparisons[0].operator, _ELEMENTWISE_COMPARISONS):
                # `x > 0`, `a <= b`: an elementwise comparison of tensors (a mask of booleans), the same in both
                out = self.fresh()
                self.add(Node("Arith", ins, (out,), span=self.chunk.span(e), source=self.chunk.text(e),
                              form="operator"))
                return out
            return None
        picked = _picked_from_pair(e)
        if picked is not None and self.framework == "torch" and self.pair_call(picked[0]):
            return self.pair_part(picked[0], picked[1], e)
        if isinstance(e, cst.Attribute):
            base = self.expr(e.value)
            return self.tensor_attribute(e, base) if base else None
        whole_size = isinstance(e, cst.Subscript) and isinstance(e.value, cst.Call) and not e.value.args and \
            isinstance(e.value.func, cst.Attribute) and e.value.func.attr.value == "size" and self.framework == "torch"
        if isinstance(e, cst.Subscript) and (whole_size or isinstance(e.value, cst.Attribute)
                                             and e.value.attr.value == "shape"):
            # x.shape[1], x.size()[2:]: axes of x, which may move with the layout
            base = self.expr(e.value.func.value if whole_size else e.value.value)
            index = literal(e.slice[0].slice.value, self.chunk) if len(e.slice) == 1 and \
                isinstance(e.slice[0].slice, cst.Index) else None
            if base:
                self.add(Node("Size", (base,), (), attrs=Attrs.of({"dim": index, "axes": _size_slice(e, self.chunk)}),
                              span=self.chunk.span(e), source=self.chunk.text(e), form="subscript"))
            return None
        if isinstance(e, cst.Subscript) and self.framework == "keras" and isinstance(e.value, cst.Call) and \
                len(e.value.args) == 1 and isinstance(e.value.args[0].value, cst.Name) and len(e.slice) == 1 and \
                self.chunk.qualify(e.value.func) in ("keras.ops.shape", "tensorflow.shape"):
            # keras.ops.shape(x)[1]: an axis of x as x.shape[1] is (it moves with the layout; was read back unmoved,
            # the channels of a sequence in PyTorch: exit 0 and wrong)
            base = self.expr(e.value.args[0].value)
            self.expr(e.value)  # keras.ops.shape(x) itself: x.shape
            index = literal(e.slice[0].slice.value, self.chunk) if isinstance(e.slice[0].slice, cst.Index) else None
            if base:
                self.add(Node("Size", (base,), (), attrs=Attrs.of({"dim": index, "axes": _size_slice(e, self.chunk)}),
                              span=self.chunk.span(e), source=self.chunk.text(e), form="subscript"))
            return None
        if isinstance(e, cst.Subscript) and isinstance(e.value, cst.Name) and e.value.value in self.tensor_lists \
                and len(e.slice) == 1 and isinstance(e.slice[0].slice, cst.Index) and \
                isinstance(literal(e.slice[0].slice.value, self.chunk), int):  # `v[1]` of a list of tensors
            items, index = self.tensor_lists[e.value.value], literal(e.slice[0].slice.value, self.chunk)
            if -len(items) <= index < len(items):
                return items[index]
        if isinstance(e, cst.Subscript):
            base = self.expr(e.value)
            for el in e.slice:
                if isinstance(el.slice, cst.Index):
                    self.expr(el.slice.value)
                else:  # `pos[:, :x.size(1)]`: the sizes a slice reads
                    for part in (el.slice.lower, el.slice.upper, el.slice.step):
                        if part is not None:
                            self.read_sizes(part)
            if base:  # the same in both frameworks unless the layout changes (checked by the backend)
                out = self.fresh()
                items = _index_items(e, self.chunk, self.counters)
                self.add(Node("Index", (base,), (out,), attrs=Attrs.of({"items": items}),
                              span=self.chunk.span(e), source=self.chunk.text(e), form="operator"))
                return out
            return None
        return None

    def constant_operand(self, e: cst.BinaryOperation, left: str | None, right: str | None) -> Attrs:
        """`x / 255.0`: attributes a backend may write the operation from (Keras's functional reader gives which
        operand is the tensor and the other's code, for a tensor the source names otherwise); none here."""
        return Attrs()

    def read_sizes(self, e: cst.BaseExpression) -> None:
        """The sizes of tensors an expression reads (`x.size(1) // 2`, `x.shape[-1]`), as Size nodes: the
        backends translate each (and move its axis with the layout)."""
        found: list[cst.BaseExpression] = []

        def enter(node) -> bool:
            if _is_size_read(node):
                found.append(node)
                return False
            return True

        walk(e, enter)
        for size in found:
            self.expr(size)

    def _same_application(self, a: str, b: str | None) -> bool:
        """Two values made by the same layer from the same inputs (the branches of a conditional expression that
        differ only in keywords): one value, whichever branch runs."""
        made = {n.outputs[0]: n for n in self.nodes if n.outputs and n.outputs[0] in (a, b)}
        first, second = made.get(a), made.get(b or "")
        return first is not None and second is not None and first.op == second.op == "layer" and \
            first.layer == second.layer and first.inputs == second.inputs

    def tensor_attribute(self, e: cst.Attribute, base: str) -> str | None:
        """`x.shape` (recorded: its axes move with an image's layout), `x.ndim`...; others are reported."""
        name = e.attr.value
        if name == "shape":
            self.add(Node("Size", (base,), (), attrs=Attrs.of({"dim": None}), span=self.chunk.span(e),
                          source=self.chunk.text(e), form="attribute"))
        if name in lookups().tensor_attribute:
            return None
        return self.opaque(e, f"tensor attribute `.{name}` is not supported yet; migrate it by hand", (base,))

    def pair_call(self, call: cst.Call) -> tuple[OpSpec, int] | None:
        """`x.max(...)` / `torch.max(x, ...)`: the (values, indices) entry and how many tensor arguments lead."""
        qual = self.chunk.qualify(call.func)
        spec = lookups().torch_function.get(qual or "")
        if spec is not None and spec.pair:
            return spec, 1
        if qual is None and isinstance(call.func, cst.Attribute):
            spec = lookups().torch_method.get(call.func.attr.value)
            if spec is not None and spec.pair:
                return spec, 0
        return None

    def pair_part(self, call: cst.Call, index: int, where: cst.CSTNode) -> str | None:
        """`x.max(dim=1)[0]` / `.values` (index 0), `[1]` / `.indices` (1): one result of a (values, indices) op."""
        spec, skip = self.pair_call(call)
        receiver = self.expr(call.args[0].value if skip else call.func.value)
        if receiver is None:
            return None
        part = catalog_op(spec.pair[index])
        bound = bind(call, part, "torch", self.chunk, skip=skip, what=self.chunk.text(call.func))
        return self.op_node(part, receiver, bound, where, "subscript")

    def pair_op(self, call: cst.Call, spec: OpSpec, receiver: str, skip: int, form: str) -> str | None:
        """`torch.max(a, b)` (elementwise), `x.max()` (over all axes), `x.max(dim=1)` (values and indices, a
        tuple in Keras too, so `values, idx = x.max(1)` unpacks as written)."""
        rest = [a for a in call.args if a.keyword is None][skip:]
        other = self.expr(rest[0].value) if rest else None
        if other is not None:
            if form != "function":
                return self.opaque(call, f"`{self.chunk.text(call)}`: the elementwise form of this method is not "
                                   f"supported; write torch.{spec.elementwise.lower()}(a, b)", (receiver, other))
            both = catalog_op(spec.elementwise)
            out = self.fresh()
            self.add(Node(both.name, (receiver, other), (out,), span=self.chunk.span(call),
                          source=self.chunk.text(call), form="function", tensor_args=(0, 1)))
            return out
        bound = bind(call, spec, "torch", self.chunk, skip=skip, what=self.chunk.text(call.func))
        if "dim" not in bound.explicit:
            spec = catalog_op(spec.pair[0])
        return self.op_node(spec, receiver, bound, call, form)

    def opaque(self, e: cst.CSTNode, message: str, inputs: tuple[str, ...] = (), code: str = "PIV102") -> str:
        span = self.chunk.span(e)
        self.diagnostics.append(D.make(code, span, message))
        out = self.fresh()
        self.add(Node("opaque", inputs, (out,), span=span, source=self.chunk.text(e), form="opaque"))
        return out

    def call(self, call: cst.Call) -> str | None:
        func = call.func
        # self.layer(...), self.blocks[i](...), or a loop variable over self.blocks: a layer (or a method)
        if isinstance(func, cst.Attribute) and isinstance(func.value, cst.Name) and func.value.value == "self":
            if func.attr.value in self.lambdas:
                return self.held_lambda(call, self.lambdas[func.attr.value])
            return self.layer_call(call, func.attr.value)
        if self.framework == "torch" and _forward_of_layer(func, self.layers):  # self.conv.forward(x): self.conv(x)
            return self.layer_call(call, func.value.attr.value)
        if isinstance(func, cst.Subscript) and _self_attr(func.value):
            return self.layer_call(call, _self_attr(func.value))
        if isinstance(func, cst.Name) and func.value in self.layer_aliases:
            return self.layer_call(call, self.layer_aliases[func.value])
        if self.looked_up(func):
            return self.layer_call(call, self.looked_up(func))
        if isinstance(func, cst.Call) and dotted_name(func.func) in self.chunk.ctx.keras_support:
            return self.support_applied(call, func)
        if isinstance(func, cst.Call) and _is_constructor(self.chunk.qualify(func.func) or "", self.framework):
            return self.applied_where_built(call, func)
        if isinstance(func, cst.Attribute) and _self_attr(func.value) in self.parameters:
            # `self.class_token.expand(n, -1, -1)`: a tensor method, migrated or reported like any other
            return self.method_call(call, func.attr.value, _self_attr(func.value))
        qual = self.chunk.qualify(func)
        if qual is not None:
            return self.function_call(call, qual)
        sizes = new_zeros_sizes(call) if self.framework == "torch" else None
        if sizes is not None:  # `weight.new(n, b, h).zero_()`, `x.new_zeros(n, b, h)`: torch.zeros(n, b, h)
            for a in sizes:
                self.expr(a.value)
            out = self.fresh()
            self.add(Node("Zeros", (), (out,), span=self.chunk.span(call), source=self.chunk.text(call),
                          form="function"))
            return out
        if _appends_to(call):
            return self.append_to_list(call)
        if isinstance(func, cst.Attribute):
            receiver = self.expr(func.value)
            if receiver:
                return self.method_call(call, func.attr.value, receiver)
        name = dotted_name(func)
        if name is not None and self.chunk.ctx.is_local_name(name):
            args = tuple(v for v in (self.expr(a.value) for a in call.args) if v)
            out = self.fresh()  # a helper of this file: migrated with it, called as written
            self.add(Node("Call", args, (out,), attrs=Attrs.of({"function": name}), span=self.chunk.span(call),
                          source=self.chunk.text(call), form="call"))
            return out
        if name in PYTHON_BUILTINS or (name or "").startswith("super"):
            for arg in call.args:
                self.expr(arg.value)
            return None
        args = [v for a in call.args for v in self.tensor_items(a.value)]
        if args:
            return self.opaque(call, f"`{self.chunk.text(func)}(...)` is not an op Pivot knows; migrate it by hand",
                               tuple(args))
        return None

    def held_lambda(self, call: cst.Call, fn: cst.Lambda) -> str | None:
        """`self.concat(a, b)` of `self.concat = lambda a, b: torch.cat([a, b], dim=1)` held by the constructor
        (LSTM-FCN): the lambda's expression read with its parameters bound to the call's arguments (its ops lie
        in the lambda, migrated there; the call stays as written)."""
        params = [p.name.value for p in fn.params.params]
        args = [a.value for a in call.args]
        if len(args) != len(params) or any(a.keyword or a.star for a in call.args):
            ins = tuple(v for a in args for v in self.tensor_items(a))
            return self.opaque(call, f"`{self.chunk.text(call)}` does not pass the held lambda's parameters one "
                               "by one; migrate it by hand", ins)
        values = [self.expr(a) for a in args]
        saved = dict(self.scope)
        for param, value in zip(params, values):
            self.scope[param] = value or "%not-a-tensor"  # a name of the caller is not the lambda's
        try:
            return self.expr(fn.body)
        finally:
            self.scope = saved

    def applied_where_built(self, call: cst.Call, built: cst.Call) -> str | None:
        """`layers.Dot(axes=1)([a, b])` / `nn.ReLU()(x)` in forward/call: an op without weights becomes the
        op itself; a layer with weights built on every call is reported."""
        qual = self.chunk.qualify(built.func) or ""
        table = lookups().torch_module if self.framework == "torch" else lookups().keras_layer
        spec = table.get(qual)
        ins = tuple(v for a in call.args if a.keyword is None for v in self.tensor_items(a.value))
        # (an nn.Dropout built in forward stays in training mode: it drops even in eval)
        if spec is None or spec.weights is not None or spec.kind not in ("merge", "activation", "reshape") \
                and not (spec.mode_dependent and self.framework == "keras"):
            return self.opaque(call, f"`{self.chunk.text(built)}` is built inside forward/call (new weights or a "
                               "module in training mode on every call, or no catalog entry); Pivot migrates only "
                               "weightless ops built there: migrate it by hand", ins, code="PIV105")
        bound = bind(built, spec, "torch" if self.framework == "torch" else "keras", self.chunk, what=qual)
        self.diagnostics.extend(bound.diagnostics)
        out = self.fresh()
        self.add(Node(spec.name, ins, (out,), attrs=Attrs.of(bound.attrs), span=self.chunk.span(call),
                      source=self.chunk.text(call), form="inline", tensor_args=tuple(range(len(ins)))))
        return out

    def support_applied(self, call: cst.Call, built: cst.Call) -> str | None:
        """`TorchPixelShuffle(2)(x)`: Pivot's stateless support layer made where it is applied (F.pixel_shuffle's
        Keras form), the op itself; one with weights is reported as any layer built in call()."""
        found = bind_support(built, self.chunk)
        ins = tuple(v for a in call.args if a.keyword is None for v in self.tensor_items(a.value))
        if found is None or found[0].weight_rule is not None:
            return self.opaque(call, f"`{self.chunk.text(built)}` is built inside call(); Pivot migrates only "
                               "weightless ops built there: migrate it by hand", ins, code="PIV105")
        spec, bound = found
        self.diagnostics.extend(bound.diagnostics)
        out = self.fresh()
        self.add(Node(spec.name, ins, (out,), attrs=Attrs.of(bound.attrs), span=self.chunk.span(call),
                      source=self.chunk.text(call), form="inline", tensor_args=tuple(range(len(ins)))))
        return out

    def looked_up(self, func: cst.BaseExpression) -> str | None:
        """`getattr(self, f"conv{i}")`: a submodule found by name (registered with add_module); its name, or the
        name expression as written when it is computed."""
        if not (isinstance(func, cst.Call) and isinstance(func.func, cst.Name) and func.func.value == "getattr"
                and len(func.args) == 2 and isinstance(func.args[0].value, cst.Name)
                and func.args[0].value.value == "self"):
            return None
        name = func.args[1].value
        return name.evaluated_value if isinstance(name, cst.SimpleString) else self.chunk.text(name)

    def append_to_list(self, call: cst.Call) -> None:
        """`outs.append(branch(x))`: `outs` becomes a list of tensors (later concatenated or stacked)."""
        item = self.expr(call.args[0].value)
        if item:
            name = call.func.value.value
            # `features = [x]` then `features.append(out)`: the list is no longer its literal's tensors, it holds
            # tensors like each of them (a later `torch.cat(features, -1)` has a width not known statically)
            for held in self.tensor_lists.pop(name, ()):
                self.add(Node("Append", (held,), (name,), form="method"))
            self.add(Node("Append", (item,), (name,), span=self.chunk.span(call), source=self.chunk.text(call),
                          form="method"))
            self.tensors.add(name)
        return None

    def new_tensor(self, e: cst.BaseExpression) -> bool:
        """`e` calls a layer whose result is a new tensor (`self.bn1(...)`, `conv(x)` over a ModuleList of such
        layers): an in-place op on it changes no other value. So is an arithmetic result (`(x + 3.).clamp_(0., 6.)`)
        and an in-place op on a new tensor (`conv(x).add_(3.).clamp_(0., 6.)`: the same new tensor, changed)."""
        if isinstance(e, cst.BinaryOperation) or isinstance(e, cst.UnaryOperation) and \
                isinstance(e.operator, (cst.Minus, cst.BitInvert)):  # (`+x` is x itself: torch.positive)
            return True
        if not isinstance(e, cst.Call):
            return False
        func = e.func
        if isinstance(func, cst.Attribute) and func.attr.value.endswith("_") and not func.attr.value.startswith("_"):
            return self.new_tensor(func.value)
        if isinstance(func, cst.Attribute) and isinstance(func.value, cst.Name) and func.value.value == "self":
            return func.attr.value in self.fresh_layers
        if isinstance(func, cst.Subscript):
            return _self_attr(func.value) in self.fresh_layers
        return isinstance(func, cst.Name) and self.layer_aliases.get(func.value) in self.fresh_layers

    def layer_call(self, call: cst.Call, layer: str) -> str:
        # `self.merge([a, b])`: each tensor of the list is an input (their shapes decide the merge's axis)
        inputs = self.positional_inputs(call, self.call_inputs.get(layer, ()))
        ins = tuple(v for a in inputs for v in self.tensor_items(a.value))
        out = self.fresh()
        extra, states = self.call_keywords(call, inputs)
        self.add(Node("layer", ins + states, (out,), layer=layer, attrs=Attrs.of(extra),
                      span=self.chunk.span(call), source=self.chunk.text(call), form="call"))
        return out

    def positional_inputs(self, call: cst.Call, names: tuple[str, ...]) -> list[cst.Arg]:
        """The arguments a layer call passes its inputs in, in order: the positional ones, then
        (`attention(query=q, value=v, key=k)`) those its layer's entry names (`keras_call_inputs`) passed by keyword,
        when they fill the next positions in order (else they stay keywords, reported)."""
        positional = [a for a in call.args if a.keyword is None]
        if self.framework != "keras" or not names:
            return positional
        named = {a.keyword.value: a for a in call.args if a.keyword and a.keyword.value in names[len(positional):]}
        given = names[len(positional):len(positional) + len(named)]
        if not named or set(given) != set(named) or any(a.star for a in call.args):
            return positional
        return positional + [named[n] for n in given]

    def tensor_items(self, e: cst.BaseExpression) -> tuple[str, ...]:
        """The tensors of a list or tuple expression, of a variable holding one, or the one tensor `e` is."""
        if isinstance(e, (cst.List, cst.Tuple)):
            return tuple(v for v in (self.expr(el.value) for el in e.elements) if v)
        if isinstance(e, cst.Name) and e.value in self.tensor_lists:
            return self.tensor_lists[e.value]
        value = self.expr(e)
        return (value,) if value else ()

    def call_keywords(self, call: cst.Call, inputs: list | None = None) -> tuple[dict, tuple[str, ...]]:
        """A layer call's keyword arguments: values as attributes, and the tensors of a Keras RNN's
        `initial_state` (appended to the call's inputs); any other keyword that passes a tensor is reported.
        `inputs`: the call's input arguments (`positional_inputs`: some passed by keyword), not read here."""
        extra: dict = {}
        states: tuple[str, ...] = ()
        taken = {id(a) for a in inputs or ()}
        for arg in (a for a in call.args if a.keyword and id(a) not in taken):
            key = arg.keyword.value
            tensors = self.tensor_items(arg.value)
            if key == "training" and self.framework == "keras" and literal(arg.value, self.chunk) is True:
                self.diagnostics.append(D.make("PIV105", self.chunk.span(arg), f"`{self.chunk.text(call)}`: "
                                               "training=True keeps training behaviour (dropout, batch statistics) "
                                               "at inference; Pivot does not migrate it"))
            elif key in _ATTENTION_MASKS and self.framework == "keras" and literal(arg.value, self.chunk) is not None:
                self.diagnostics.append(D.make("PIV105", self.chunk.span(arg), f"`{self.chunk.text(arg)}` masks the "
                                               f"positions `{self.chunk.text(call.func)}` attends to (Keras: 1 "
                                               "attends; PyTorch's attn_mask is the opposite, True masks, per head); "
                                               "Pivot does not migrate attention masks yet; migrate it by hand"))
            elif key == "mask" and self.framework == "keras" and literal(arg.value, self.chunk) is not None:
                self.diagnostics.append(D.make("PIV105", self.chunk.span(arg), f"`{self.chunk.text(call)}`: "
                                               f"`{self.chunk.text(arg)}` masks time steps or positions, and "
                                               "PyTorch layers take no mask; migrate it by hand"))
            elif not tensors and self.framework == "keras" and key != "training" and \
                    self.chunk.text(arg.value) not in ("None", "False"):
                # use_causal_mask=True, return_attention_scores=True...: a call option that changes the result
                self.diagnostics.append(D.make("PIV105", self.chunk.span(arg), f"`{self.chunk.text(call)}`: "
                                               f"the call option `{self.chunk.text(arg)}` is not migrated; "
                                               "migrate it by hand"))
            elif not tensors:
                extra[key] = literal(arg.value, self.chunk)
            elif key == "initial_state" and self.framework == "keras" and not states:
                states = tensors
                extra["initial_states"] = len(tensors)
            else:
                self.diagnostics.append(D.make("PIV105", self.chunk.span(arg), f"`{self.chunk.text(arg)}` passes a "
                                               f"tensor by keyword to `{self.chunk.text(call.func)}`, which Pivot "
                                               "does not migrate; migrate it by hand"))
        return extra, states

    def function_call(self, call: cst.Call, qual: str) -> str | None:
        if _is_constructor(qual, self.framework):
            return None  # a layer built outside __init__ (a template), not a tensor op
        if qual in _reshape_spellings(self.framework):
            return self.reshape(call, qual, None)
        if qual in _CREATION:
            for a in call.args:
                self.expr(a.value)
            out = self.fresh()
            self.add(Node(_CREATION[qual], (), (out,), span=self.chunk.span(call), source=self.chunk.text(call),
                          form="function"))
            return out
        if qual.startswith("torch.nn.init."):  # initialisation (Init layers): written or kept as a comment there
            return None
        if qual == "torch._assert":  # a check on sizes, written as Python's assert in Keras (see the backend)
            for a in call.args:
                self.expr(a.value)
            return None
        if qual == "keras.backend.sqrt" and _backend_sqrt(call, self.chunk):
            qual = "keras.ops.sqrt"
        if self.framework == "keras" and qual in _TRANSPOSING_MATMULS and (moved := self.transposed_matmul(call, qual)):
            return moved
        table = lookups().torch_function if self.framework == "torch" else lookups().keras_function
        spec = table.get(qual)
        if qual == "torch.rsub" and self.framework == "torch":  # `torch.rsub(x, 1.0)`: 1.0 - x
            ins = tuple(v for v in (self.expr(a.value) for a in call.args) if v)
            return self.number_arith(call, lookups().torch_function["torch.sub"], [a.value for a in call.args], ins, swapped=True) \
                or self.opaque(call, "`torch.rsub` is migrated of a tensor and a number only; migrate it by hand", ins)
        if spec is None and self.framework == "torch" and qual.endswith("_") and call.args and \
                call.args[0].keyword is None and self.new_tensor(call.args[0].value):
            spec = table.get(qual[:-1])  # F.relu_(self.bn1(self.conv1(x))): on a new tensor, F.relu
        if spec is not None and spec.shape == "pool" and self.framework == "keras":
            spec = pool_of_rank(spec, call, self.chunk)
            if spec is None:
                args = tuple(v for v in (self.expr(a.value) for a in call.args[:1]) if v)
                return self.opaque(call, f"`{qual}`: its pool size is not one size per spatial axis, so which "
                                   "PyTorch pooling (1-D, 2-D, 3-D) it is cannot be told; write a tuple", args)
        if qual in ("keras.ops.shape", "tensorflow.shape") and call.args:
            value = self.expr(call.args[0].value)
            self.add(Node("Shape", (value,) if value else (), (), span=self.chunk.span(call),
                          source=self.chunk.text(call), form="function", tensor_args=(0,)))
            return None
        if qual in _EPSILON and not call.args:  # Keras's fuzz factor: a number (see `_number`), no tensor
            return None
        if spec is None and is_initializer(qual):  # `tf.random_normal_initializer(0., 0.02)`: no tensor op; what
            return None  # it starts is not migrated (`*_initializer=` arguments: PIV203), the value copied
        if spec is None:
            root = qual.split(".")[0]
            if root in ("torch", "keras", "tensorflow"):
                args = tuple(v for v in (self.expr(a.value) for a in call.args) if v)
                return self.opaque(call, not_migrated_reason(qual) or f"`{qual.replace('torch.nn.functional.', 'F.')}` "
                                   "is not supported yet; migrate it by hand", args)
            return None
        if spec.leading_attr:
            return self.leading_attr_call(call, spec)
        if spec.kind == "passthrough" and self.framework == "torch" and call.args and call.args[0].keyword is None:
            return self.passthrough_function(call, spec)
        if spec.pair and call.args and call.args[0].keyword is None:
            receiver = self.expr(call.args[0].value)
            if receiver:
                return self.pair_op(call, spec, receiver, 1, "function")
        n_tensors = spec.function_tensors
        positional = [a for a in call.args if a.keyword is None]
        if self.framework == "keras" and spec.keras_tensor_position and len(positional) == 3 and \
                _number(positional[1].value, self.chunk) is None:
            # keras.ops.where(mask, value, x) is a masked_fill of a number `value` only; else torch.where's choice
            spec, n_tensors = lookups().torch_function["torch.where"], lookups().torch_function["torch.where"].function_tensors
        if spec.keras_code and f"{{{n_tensors - 1}}}" in spec.keras_code and len(positional) < n_tensors:
            # `torch.where(cond)` (the indices where it holds) is no elementwise choice of tensors
            return self.opaque(call, f"`{self.chunk.text(call)}`: Pivot migrates `{qual}` of {n_tensors} positional "
                               "arguments only; migrate it by hand",
                               tuple(v for v in (self.expr(a.value) for a in call.args) if v))
        tensor_nodes = [a.value for a in positional[:n_tensors]]
        at = spec.keras_tensor_position if self.framework == "keras" else 0
        read = call
        if at and len(positional) > at:  # keras.ops.where(mask, value, x): the tensor last, bound as the first
            read = call.with_changes(args=[positional[at]] + [a for a in call.args if a is not positional[at]])
            tensor_nodes = [positional[at].value]
        if spec.list_input or (spec.kind == "merge" and qual.startswith("keras.layers.")):
            # a list of tensors as the first argument
            lst = positional[0].value if positional else None
            # a list literal, a list of tensors built by appending (`torch.cat(outs, dim=1)`) or made by an op
            # (`torch.stack(h.chunk(2, dim=-1))`: it was copied unread, exit 0)
            tensor_nodes = [el.value for el in lst.elements] if isinstance(lst, (cst.List, cst.Tuple)) else \
                [lst] if isinstance(lst, (cst.Name, cst.ListComp, cst.Call)) else []
            n_tensors = 1
        for a in call.args:  # a tensor passed by keyword (`input=x`, tf.image's `images=x`)
            if a.keyword and a.keyword.value in TENSOR_KEYWORDS:
                tensor_nodes.append(a.value)
        if len(tensor_nodes) == 1 and isinstance(tensor_nodes[0], cst.Name) and \
                tensor_nodes[0].value in self.tensor_lists and n_tensors == 1:
            ins = self.tensor_lists[tensor_nodes[0].value]  # `outputs = [b1, b2, b3]` then `torch.cat(outputs, 1)`
        else:
            ins = tuple(v for v in (self.expr(t) for t in tensor_nodes) if v)
        if spec.list_input and not ins and positional and isinstance(positional[0].value, cst.Call):
            return self.opaque(call, f"`{self.chunk.text(call)}`: its tensors are not read (a list Pivot does not "
                               "follow); migrate it by hand", ())
        bound_by = _number(tensor_nodes[1], self.chunk) if spec.clamp_bound and \
            self.framework == "keras" and len(tensor_nodes) == 2 and len(ins) == 1 else None
        if bound_by is not None:  # `ops.maximum(sum_square, keras.backend.epsilon())`: a clamp of the tensor
            out = self.fresh()
            self.add(Node(spec.name, ins, (out,), attrs=Attrs.of({"bound": bound_by}), span=self.chunk.span(call),
                          source=self.chunk.text(call), form="function", tensor_args=(0,)))
            return out
        numbered = self.number_arith(call, spec, tensor_nodes, ins)
        if numbered is not None:  # `torch.add(x, 1.0)`, `keras.ops.multiply(x, 0.5)`, `torch.div(x, 2)`
            return numbered
        if spec.kind == "merge" and n_tensors > 1 and len(tensor_nodes) == n_tensors and len(ins) < n_tensors:
            # `ops.maximum(t, 1e-7)`: a merge of a tensor and a number, which the merge's code (of its tensors) would
            # drop (it was `t` alone: exit 0)
            return self.opaque(call, f"`{self.chunk.text(call)}` combines a tensor with a value that is not one (a "
                               "number): Pivot migrates this op of tensors only; migrate it by hand", ins)
        side = "torch" if self.framework == "torch" else "keras"
        if spec.mode_dependent and side == "torch" and not _follows_mode(call, self.chunk):
            self.diagnostics.append(D.make("PIV105", self.chunk.span(call), f"`{self.chunk.text(call)}` drops in "
                                           "eval mode too (F.dropout's training defaults to True); Pivot migrates "
                                           "it with training=self.training only"))
        bound = bind(_without_keywords(read, TENSOR_KEYWORDS + ("training",)), spec, side, self.chunk,
                     skip=n_tensors, what=qual)
        self.diagnostics.extend(bound.diagnostics)
        for a in call.args:  # `torch.arange(x.size(1))`: a size read inside an argument is translated too
            if all(a.value is not t for t in tensor_nodes):
                self.read_sizes(a.value)
        if self.framework == "keras":  # keras.activations.leaky_relu: the function's defaults, not the layer's
            defaults = spec.keras_function_defaults + (spec.keras_ops_defaults if qual.startswith("keras.ops.") else ())
            bound.attrs.update({k: v for k, v in defaults if k not in bound.explicit})
        else:
            bound.attrs.update({k: v for k, v in spec.torch_call_defaults if k not in bound.explicit})
        out = self.fresh()
        self.add(Node(spec.name, ins, (out,), attrs=Attrs.of(bound.attrs), span=self.chunk.span(call),
                      source=self.chunk.text(call), form="function",
                      tensor_args=(at,) if read is not call else tuple(range(n_tensors))))
        return out

    def number_arith(self, call: cst.Call, spec: OpSpec, operands: list, ins: tuple, swapped: bool = False) -> str | None:
        """A merge with an operator (add, sub, mul, div) of one tensor and a literal number, nothing else passed
        (`x.add(1.0)`, `torch.div(x, 2)`, `keras.ops.subtract(1.0, x)`; `swapped`: the operator's operands are the
        call's in reverse, torch.rsub): a NumberArith node; None otherwise."""
        if len(operands) != 2 or not spec.operator:
            return None
        method = isinstance(call.func, cst.Attribute) and operands[0] is call.func.value
        if len(ins) != 1 or len(call.args) != (1 if method else 2) or any(
                a.keyword or a.star for a in call.args):
            return None
        constants = dict(self.chunk.ctx.module_constants)
        numbers = [Expr(o.value) if isinstance(o, cst.Name) and _numeric(constants.get(o.value)) else
                   _number(o, self.chunk) for o in operands]  # a number, or a module constant's name (`SCALE`)
        if numbers.count(None) != 1:  # (the other operand gave the one tensor read)
            return None
        first = numbers[0] is not None
        entry = number_arith(spec, numbers[0] if first else numbers[1], first != swapped)
        if entry is None:
            return None
        name, attrs = entry
        out = self.fresh()
        self.add(Node(name, ins, (out,), attrs=Attrs.of(attrs), span=self.chunk.span(call),
                      source=self.chunk.text(call), form="method" if method else "function",
                      tensor_args=(1 if first else 0,)))
        return out

    def leading_attr_call(self, call: cst.Call, spec: OpSpec) -> str | None:
        """`torch.einsum("bqd,bkd->bqk", q, k)` / `torch.einsum(eq, [q, k])` / `keras.ops.einsum(eq, q, k)`: the
        entry's leading attribute (a literal), then its tensors; any other form (a computed equation, a keyword, a
        list Pivot does not follow) is reported."""
        positional = [a.value for a in call.args if a.keyword is None]
        rest = positional[1:]
        operands = [el.value for el in rest[0].elements] if len(rest) == 1 and isinstance(
            rest[0], (cst.List, cst.Tuple)) else rest
        read = [(self.expr(t), _self_attr(t) in self.parameters) for t in operands]
        ins = tuple(v for v, _ in read if v)  # the model's own parameters (`self.W`) are no values of the flow
        given = literal(positional[0], self.chunk) if positional else None
        if not isinstance(given, str) or len(positional) != len(call.args) or not ins or any(
                v is None and not own for v, own in read) or any(
                a.star for a in call.args):
            return self.opaque(call, f"`{self.chunk.text(call)}`: Pivot migrates it with a literal "
                               f"{spec.leading_attr} followed by the tensors it reads only; migrate it by hand",
                               tuple(v for v in ins if v), "PIV103")
        out = self.fresh()
        self.add(Node(spec.name, ins, (out,), attrs=Attrs.of({spec.leading_attr: given}), span=self.chunk.span(call),
                      source=self.chunk.text(call), form="function", tensor_args=tuple(range(1, 1 + len(ins)))))
        return out

    def transposed_matmul(self, call: cst.Call, qual: str) -> str | None:
        """`tf.matmul(q, k, transpose_b=True)`: the product of the operands with their last two axes swapped where
        asked (the Matmul node's `transpose_a`/`transpose_b`, which the PyTorch backend writes as `.transpose(-2,
        -1)`); None without such a flag (the catalog's matmul), an error for a flag that is not a literal."""
        flags = {a.keyword.value: a.value for a in call.args if a.keyword and a.keyword.value in
                 ("transpose_a", "transpose_b")}
        operands = [a.value for a in call.args if a.keyword is None]
        if not flags:
            return None
        values = {k: literal(v, self.chunk) for k, v in flags.items()}
        if len(operands) != 2 or len(call.args) != 2 + len(flags) or not all(isinstance(v, bool)
                                                                            for v in values.values()):
            return self.opaque(call, f"`{self.chunk.text(call)}`: Pivot migrates tf.matmul with literal transpose_a/"
                               "transpose_b only; migrate it by hand",
                               tuple(v for v in (self.expr(o) for o in operands) if v), "PIV103")
        xs = tuple(self.expr(o) for o in operands)
        if None in xs:
            return None
        out = self.fresh()
        self.add(Node(lookups().keras_function[qual].name, xs, (out,), attrs=Attrs.of({k: v for k, v in values.items() if v}),
                      span=self.chunk.span(call), source=self.chunk.text(call), form="function", tensor_args=(0, 1)))
        return out

    def passthrough_function(self, call: cst.Call, spec: OpSpec) -> str | None:
        """`Variable(torch.zeros(...), requires_grad=True)`: a wrapper of its first argument that changes no value; the
        value is the argument's, a marker of the span lets the backend write the argument alone (its options, such as
        requires_grad=, concern training only)."""
        value = self.expr(call.args[0].value)
        self.add(Node(spec.name, (), (), span=self.chunk.span(call), source=self.chunk.text(call), form="function"))
        return value

    def method_call(self, call: cst.Call, method: str, receiver: str) -> str | None:
        if method == "size" and self.framework == "torch":
            self.add(Node("Size", (receiver,), (), attrs=Attrs.of({"dim": literal(call.args[0].value, self.chunk)
                                                                      if call.args else None}),
                          span=self.chunk.span(call), source=self.chunk.text(call), form="method"))
            return None
        if method in SHAPE_METHODS:
            return None
        if method in RANK_METHODS and not call.args and self.framework == "torch":
            # a marker of the span only, reading nothing: a rank read is no reader of the tensor's layout (an
            # input's first reader, its sizes), and is a Python int, not a tensor
            self.add(Node("Rank", (), (), span=self.chunk.span(call), source=self.chunk.text(call), form="method"))
            return None
        passthrough = lookups().torch_method.get(method)
        if getattr(passthrough, "kind", None) == "passthrough":
            if self.framework == "torch":  # no Keras spelling: the backend drops the call; a marker of the span
                # only, reading nothing (the value is the receiver's: every analysis sees its real readers)
                self.add(Node(passthrough.name, (), (), span=self.chunk.span(call),
                              source=self.chunk.text(call), form="method"))
            return receiver
        if method in ("view", "reshape"):
            return self.reshape(call, method, receiver)
        spec: OpSpec | None = lookups().torch_method.get(method) if self.framework == "torch" else None
        if spec is None and self.framework == "torch" and method.endswith("_") and \
                isinstance(call.func, cst.Attribute) and self.new_tensor(call.func.value):
            spec = lookups().torch_method.get(method[:-1])  # conv(x).unsqueeze_(1): nothing else sees the change
        if spec is None:
            return self.opaque(call, f"tensor method `.{method}()` is not supported yet; migrate it by hand",
                               (receiver,))
        if spec.pair:
            return self.pair_op(call, spec, receiver, 0, "method")
        if spec.function_tensors > 1:  # `y.matmul(z)`, `y.expand_as(x)`: the receiver and the leading arguments
            others = [a.value for a in call.args if a.keyword is None][:spec.function_tensors - 1]
            ins = tuple(v for v in (self.expr(t) for t in others) if v)
            numbered = self.number_arith(call, spec, [call.func.value, *others], (receiver, *ins))
            if numbered is not None:  # `x.mul(0.5)`, `x.div(2)`
                return numbered
            if len(ins) != spec.function_tensors - 1:
                return self.opaque(call, f"`.{method}()` of a value Pivot does not follow; migrate it by hand",
                                   (receiver, *ins))
            bound = bind(call, spec, "torch", self.chunk, skip=len(others), what=f".{method}()")
            self.diagnostics.extend(bound.diagnostics)
            out = self.fresh()
            tensors = (*ins[:spec.method_receiver], receiver, *ins[spec.method_receiver:])  # the function's order
            self.add(Node(spec.name, tensors, (out,), attrs=Attrs.of(bound.attrs),
                          span=self.chunk.span(call), source=self.chunk.text(call), form="method"))
            return out
        if spec.varargs and len(call.args) == 1 and call.args[0].star == "*":  # x.permute(*self.dims)
            bound = bind(call.with_changes(args=()), spec, "torch", self.chunk, what=f".{method}()",
                         given={spec.varargs: Expr(self.chunk.text(call.args[0].value))})
            return self.op_node(spec, receiver, bound, call, "method")
        if spec.varargs and len(call.args) > 1 and all(a.keyword is None for a in call.args):
            # x.permute(0, 2, 1): the positional arguments are one tuple
            values = tuple(literal(a.value, self.chunk) for a in call.args)
            bound = bind(call.with_changes(args=()), spec, "torch", self.chunk, what=f".{method}()",
                         given={spec.varargs: values})
        else:
            bound = bind(call, spec, "torch", self.chunk, what=f".{method}()")
        bound.attrs.update({k: v for k, v in spec.torch_call_defaults if k not in bound.explicit})
        return self.op_node(spec, receiver, bound, call, "method")

    def op_node(self, spec: OpSpec, receiver: str, bound, where: cst.CSTNode, form: str) -> str:
        """A catalog op applied to one tensor, with its bound attributes."""
        self.diagnostics.extend(bound.diagnostics)
        out = self.fresh()
        self.add(Node(spec.name, (receiver,), (out,), attrs=Attrs.of(bound.attrs), span=self.chunk.span(where),
                      source=self.chunk.text(where), form=form))
        return out

    def merges_batch(self, value: str, before: int) -> bool:
        """`value` (as the nodes before index `before` made it) may have more than the batch on its first axis: it
        comes, through layers and ops, from a `t.view(-1, W)` / `t.reshape(-1, W)` of a written width (which merges
        a sequence's steps into the batch: `lstm_out.contiguous().view(-1, self.hidden_dim)`). Then `v.view(
        batch_size, -1)` is no flatten of v's per-sample axes but the reshape as written (Udacity's sentiment RNN:
        `sig_out.view(batch_size, -1)[:, -1]` was flattened per row, exit 0 and another output shape)."""
        seen: set[str] = set()
        todo = [(value, before)]
        while todo:
            value, before = todo.pop()
            producer = next((i for i in range(before - 1, -1, -1) if value in self.nodes[i].outputs), None)
            if producer is None or (value, producer) in seen:
                continue
            seen.add((value, producer))
            node = self.nodes[producer]
            if node.op in (lookups().torch_method["flatten"].name, lookups().torch_function["torch.reshape"].name):
                if node.source and (written_width_tree(node.source) is not None or
                                    re.search(r"(?:view|reshape)\(\s*-1\s*,\s*[^-\s)][^)]*\)\s*$", node.source)):
                    return True
                continue
            todo.extend((v, producer) for v in node.inputs)
        return False

    def reshape(self, call: cst.Call, what: str, receiver: str | None) -> str:
        """`x.view(x.size(0), -1)`, `x.reshape(-1, n)`, `torch.flatten`-like reshapes become Flatten."""
        args = [a.value for a in call.args]
        stars = [a.star == "*" for a in call.args]
        form = "method"
        moved = self.framework == "keras" and receiver is None and args and _moved_channels_first(args[0], self.chunk)
        if moved:  # keras.ops.reshape(keras.ops.moveaxis(x, -1, 1), (-1, n)): the image itself, flattened that way
            args = [moved] + args[1:]
        if receiver is None and args:
            receiver = self.expr(args[0])
            args, stars = args[1:], stars[1:]
            form = "function"
        if len(args) == 1 and isinstance(args[0], (cst.Tuple, cst.List)):
            stars = [isinstance(el, cst.StarredElement) for el in args[0].elements]
            args = [el.value for el in args[0].elements]
        # (an unpacked size list keeps its star: `x.view(-1, *x.size()[1:])` is no (batch, -1) flatten; it was read
        # as one, exit 0 and the Keras code kept `x.size()`)
        texts = [("*" if star else "") + self.chunk.text(a).replace(" ", "") for a, star in zip(args, stars)]
        stars = [star and not _batch_sizes(a, receiver, self.chunk) for a, star in zip(args, stars)]
        texts = [f"{receiver}.size(0)" if t.startswith("*") and not star else t for t, star in zip(texts, stars)]
        if receiver and len(texts) == 2 and not any(stars) and ("-1" in texts and not (texts[0] != "-1" and self.merges_batch(
                receiver, len(self.nodes))) and not _own_axis_width(texts, receiver)
                                             or self.batch_size_of(texts[0], receiver)):
            out = self.fresh()
            width = literal(args[1], self.chunk) if texts[1] != "-1" else None
            width = {FLAT_WIDTH: width} if isinstance(width, int) and not isinstance(width, bool) and width > 0 else {}
            # the spelling `x.flatten()` names: reshapes to (batch, -1) are that entry
            self.add(Node(lookups().torch_method["flatten"].name, (receiver,), (out,),
                          attrs=Attrs.of({"start_dim": 1, "end_dim": -1} | ({TORCH_ORDER: True} if moved else {})
                                         | width),
                          span=self.chunk.span(call), source=self.chunk.text(call), form=form,
                          tensor_args=(0,)))
            return out
        out = self.fresh()
        positions = {POSITIONS: True} if self.framework == "keras" and receiver and \
            self.positions_shape([self.chunk.text(a) for a in args], receiver) else {}
        self.add(Node(lookups().torch_function["torch.reshape"].name, (receiver,) if receiver else (), (out,),
                      attrs=Attrs.of({"shape": tuple(texts)} | positions), span=self.chunk.span(call),
                      source=self.chunk.text(call), form=form, tensor_args=(0,)))
        return out


def _batch_sizes(e: cst.BaseExpression, receiver: str | None, chunk: Chunk) -> bool:
    """`x.size()[:1]` / `x.shape[0:1]` of the receiver: its batch size alone, as a list (`x.reshape(*x.size()[:1],
    -1)` is `x.reshape(x.size(0), -1)`)."""
    if not isinstance(e, cst.Subscript) or _size_slice(e, chunk) not in ((None, 1), (0, 1)):
        return False
    sizes = e.value
    if isinstance(sizes, cst.Call) and not sizes.args and isinstance(sizes.func, cst.Attribute) and \
            sizes.func.attr.value == "size":
        sizes = sizes.func.value
    elif isinstance(sizes, cst.Attribute) and sizes.attr.value == "shape":
        sizes = sizes.value
    else:
        return False
    return receiver is not None and chunk.text(sizes).replace(" ", "") == receiver


def _own_axis_width(texts: list, receiver: str) -> bool:
    """`(-1, out.shape[2])` / `(-1, out.size(-1))` / `(-1, keras.ops.shape(out)[2])` of `out`: the width is one
    axis of the value itself, past the batch, so the reshape keeps that axis and merges every other one, the batch
    too (a tagger's steps folded into the batch: `out.reshape(-1, out.shape[2])`); no flatten of the per-sample
    axes (which it equals only for a rank-2 value, where the reshape as written is the same). Was read back as
    `torch.flatten(out, 1)`: exit 0, a RuntimeError of the next view."""
    name = re.escape(receiver)
    axis = r"\[(?:-?[1-9]\d*)\]"
    return texts[0] == "-1" and bool(re.fullmatch(rf"(?:{name}\.shape{axis}|{name}\.size\((?:-?[1-9]\d*)\)|"
                                                  rf"(?:keras\.ops\.|ops\.)?shape\({name}\){axis})", texts[1]))


CONTAINER_QUALS = {"torch.nn.Sequential", "torch.nn.ModuleList", "torch.nn.ModuleDict", "keras.Sequential"}


_TRANSPOSING_MATMULS = ("tensorflow.matmul", "tensorflow.linalg.matmul")  # with transpose_a= / transpose_b=


def _size_slice(e: cst.Subscript, chunk: Chunk) -> tuple | None:
    """`x.size()[2:]`, `x.shape[1:3]`: the (start, stop) of a literal slice of the sizes (None: another subscript)."""
    if len(e.slice) != 1 or not isinstance(e.slice[0].slice, cst.Slice) or e.slice[0].slice.step is not None:
        return None
    ends = [None if part is None else literal(part, chunk) for part in (e.slice[0].slice.lower,
                                                                        e.slice[0].slice.upper)]
    return tuple(ends) if all(v is None or isinstance(v, int) for v in ends) else None


def _index_items(e: cst.Subscript, chunk: Chunk, counters: set[str] = frozenset()) -> tuple:
    """What each item of a subscript does to its axis: an int index (the axis goes), "int" (an int not known
    statically, a loop counter in `counters`: the axis goes too), ":" (kept whole), "part" (a narrower slice), "new"
    (`None`: a new axis of size 1), "list" (a list of indices), "..." (an ellipsis) or None (anything else: a
    tensor index)."""
    items = []
    for el in e.slice:
        if isinstance(el.slice, cst.Slice):
            whole = el.slice.lower is None and el.slice.upper is None and el.slice.step is None
            items.append(":" if whole else "part")
        elif isinstance(el.slice.value, cst.Name) and el.slice.value.value == "None":
            items.append("new")
        elif isinstance(el.slice.value, cst.Ellipsis):
            items.append("...")  # the axes between, kept whole (pivot.layout.expand_ellipsis)
        elif isinstance(el.slice.value, (cst.List, cst.ListComp)):
            items.append("list")  # `x[:, [0, 2]]`: advanced indexing
        elif isinstance(el.slice.value, cst.Name) and el.slice.value.value in counters:
            items.append("int")  # `x_cat[:, i]` of `for i, emb in enumerate(self.embeddings)`
        else:
            value = literal(el.slice.value, chunk)
            items.append(value if isinstance(value, int) and not isinstance(value, bool) else None)
    return tuple(items)


def _makes_record(e: cst.BaseExpression, chunk: Chunk) -> bool:
    """`Outputs(logits, aux)` of a namedtuple type of the file (its fields in the order written)."""
    return isinstance(e, cst.Call) and isinstance(e.func, cst.Name) and e.func.value in chunk.ctx.record_types


def _is_constructor(qual: str, framework: str) -> bool:
    if qual in CONTAINER_QUALS:
        return True
    if framework == "torch":
        return qual in lookups().torch_module or (qual.startswith("torch.nn.") and qual[9:10].isupper())
    return qual in lookups().keras_layer or (qual.startswith("keras.layers.") and qual[13:14].isupper())


def _picked_from_pair(e: cst.BaseExpression) -> tuple[cst.Call, int] | None:
    """`f(...)[0]` / `f(...).values` (0), `f(...)[1]` / `f(...).indices` (1): the call and the index."""
    if isinstance(e, cst.Attribute) and isinstance(e.value, cst.Call) and e.attr.value in ("values", "indices"):
        return e.value, ("values", "indices").index(e.attr.value)
    if (isinstance(e, cst.Subscript) and isinstance(e.value, cst.Call) and len(e.slice) == 1
            and isinstance(e.slice[0].slice, cst.Index) and isinstance(e.slice[0].slice.value, cst.Integer)
            and e.slice[0].slice.value.value in ("0", "1")):
        return e.value, int(e.slice[0].slice.value.value)
    return None


def _is_size_read(node: cst.CSTNode) -> bool:
    """`x.size(1)`, `x.size()`, `x.shape[1]`, `keras.ops.shape(x)[1]`: a size of a tensor (if `x` is one)."""
    if isinstance(node, cst.Subscript):
        shape = node.value.func if isinstance(node.value, cst.Call) else node.value
        return isinstance(shape, cst.Attribute) and shape.attr.value == "shape" or _is_shape_of(node.value)
    return isinstance(node, cst.Call) and isinstance(node.func, cst.Attribute) and node.func.attr.value == "size"


def _is_shape_of(node: cst.BaseExpression) -> bool:
    """`x.shape` or `x.size()`."""
    if isinstance(node, cst.Attribute):
        return node.attr.value == "shape"
    return (isinstance(node, cst.Call) and not node.args and isinstance(node.func, cst.Attribute)
            and node.func.attr.value == "size")


def _self_attr(node) -> str | None:
    if isinstance(node, cst.Attribute) and isinstance(node.value, cst.Name) and node.value.value == "self":
        return node.attr.value
    return None


def pool_of_rank(spec, call: cst.Call, chunk: Chunk):
    """`keras.ops.max_pool(x, (2, 2), ...)`: the pooling entry of as many spatial axes as its pool size has sizes
    (one function serves every rank); None when the pool size is not a tuple."""
    given = next((a.value for a in call.args if a.keyword and a.keyword.value == "pool_size"), None)
    positional = [a for a in call.args if a.keyword is None]
    node = given if given is not None else positional[1].value if len(positional) > 1 else None
    size = literal(node, chunk) if node is not None else None
    count = len(size) if isinstance(size, tuple) else _sizes_written(node, chunk)
    if count is None or not 1 <= count <= 3:
        return None
    return CATALOG.get(re.sub(r"\dd$", f"{count}d", spec.name))


def _sizes_written(node: cst.BaseExpression | None, chunk: Chunk) -> int | None:
    """How many sizes a pool size not known statically gives, where its spelling says: a tuple of sizes read from a
    tensor as `x.shape[i]` or `keras.ops.shape(x)[i]` (Pivot's `F.avg_pool1d(x, x.shape[-1])`, `x.size(-1)`: each
    read moves with the layout); None otherwise (a slice of a shape, a name: not moved to PyTorch's axes, an error)."""
    def read(el: cst.BaseElement) -> bool:
        v = el.value
        if not (isinstance(el, cst.Element) and isinstance(v, cst.Subscript) and len(v.slice) == 1
                and isinstance(v.slice[0].slice, cst.Index)
                and isinstance(v.slice[0].slice.value, (cst.Integer, cst.UnaryOperation))):
            return False
        if isinstance(v.value, cst.Call):  # keras.ops.shape(x)[i] of a name (flow's Size node)
            return len(v.value.args) == 1 and isinstance(v.value.args[0].value, cst.Name) and \
                chunk.qualify(v.value.func) in ("keras.ops.shape", "tensorflow.shape")
        return isinstance(v.value, cst.Attribute) and v.value.attr.value == "shape" and \
            not isinstance(v.value.value, cst.Call)
    if isinstance(node, (cst.Tuple, cst.List)) and node.elements and all(read(el) for el in node.elements):
        return len(node.elements)
    return None


def _loop_aliases(stmt: cst.For) -> list[tuple[str, str]]:
    """The loop's names bound to layers, each with the container (`self.X`'s X) it iterates: `zip(self.a, self.b)`
    binds its names in turn, `enumerate(self.blocks)` its second one; otherwise every name the container."""
    it, target = stmt.iter, stmt.target
    if isinstance(it, cst.Call) and isinstance(it.func, cst.Name) and isinstance(target, (cst.Tuple, cst.List)):
        if it.func.value == "zip" and len(it.args) == len(target.elements):
            return [(name, _self_attr(_iterated(arg.value)))
                    for el, arg in zip(target.elements, it.args) if _self_attr(_iterated(arg.value))
                    for name in _target_names(el.value)]
        if it.func.value == "enumerate" and len(target.elements) == 2:
            return [(name, _self_attr(_iterated(it))) for name in _target_names(target.elements[1].value)]
    return [(name, _self_attr(_iterated(it))) for name in _target_names(target)]


def _counter_names(loop: cst.For | cst.CompFor) -> set[str]:
    """The names a loop binds to ints: `i` of `for i, x in enumerate(...)` and of `for i in range(...)`."""
    it, target = loop.iter, loop.target
    if not (isinstance(it, cst.Call) and isinstance(it.func, cst.Name)):
        return set()
    if it.func.value == "range" and isinstance(target, cst.Name):
        return {target.value}
    if it.func.value == "enumerate" and isinstance(target, (cst.Tuple, cst.List)) and len(target.elements) == 2 \
            and isinstance(target.elements[0].value, cst.Name):
        return {target.elements[0].value.value}
    return set()


def _iterated(node: cst.BaseExpression):
    """`self.blocks`, from `self.blocks`, `self.blocks.values()`, `enumerate(self.blocks)`, `zip(self.a, ...)`,
    `self.blocks[:-1]` (some of its layers: each call is still one of them)."""
    if isinstance(node, cst.Call):
        if isinstance(node.func, cst.Attribute) and node.func.attr.value in ("values", "items", "children"):
            return node.func.value
        if isinstance(node.func, cst.Name) and node.func.value in ("enumerate", "zip", "reversed") and node.args:
            return _iterated(node.args[-1].value if node.func.value == "enumerate" else node.args[0].value)
    if isinstance(node, cst.Subscript) and len(node.slice) == 1 and isinstance(node.slice[0].slice, cst.Slice):
        return node.value
    return node


MAX_UNROLL = 64


def loop_count(stmt: cst.For | cst.While) -> int | None:
    """How often a loop body runs, when the source says so literally (`range(3)`, `range(1, 4)`, a tuple of
    literals) and nothing leaves it early; None otherwise."""
    if not isinstance(stmt, cst.For) or leaves_early(stmt.body):
        return None
    it = stmt.iter
    if isinstance(it, (cst.Tuple, cst.List)) and all(not isinstance(e, cst.StarredElement) for e in it.elements):
        count = len(it.elements)
    elif (isinstance(it, cst.Call) and isinstance(it.func, cst.Name) and it.func.value == "range"
          and 1 <= len(it.args) <= 3 and all(a.keyword is None and a.star == "" for a in it.args)):
        bounds = [a.value.evaluated_value if isinstance(a.value, cst.Integer) else None for a in it.args]
        if None in bounds or 0 in bounds[2:]:
            return None
        count = len(range(*bounds))
    else:
        return None
    return count if 0 < count <= MAX_UNROLL else None


def leaves_early(body: cst.BaseSuite) -> bool:
    """A break, continue or return in a loop body (not in a function defined there)."""
    found = False

    def enter(node: cst.CSTNode) -> bool:
        nonlocal found
        found = found or isinstance(node, (cst.Break, cst.Continue, cst.Return))
        return not found and not isinstance(node, cst.FunctionDef)

    walk(body, enter)
    return found


def _appends_to(call: cst.Call) -> bool:
    """`name.append(value)`."""
    func = call.func
    return (isinstance(func, cst.Attribute) and func.attr.value == "append" and isinstance(func.value, cst.Name)
            and len(call.args) == 1 and call.args[0].keyword is None)


def _target_names(target) -> list[str]:
    if isinstance(target, cst.Name):
        return [target.value]
    if isinstance(target, (cst.Tuple, cst.List)):
        return [n for el in target.elements for n in _target_names(el.value)]
    return []


def new_zeros_sizes(call: cst.Call) -> list[cst.Arg] | None:
    """The sizes of `t.new(n, b, h).zero_()` / `t.new_zeros(n, b, h)` (a zero tensor of `t`'s dtype and device:
    `torch.zeros(n, b, h)` where the dtype is float32), or None for another call."""
    func = call.func
    if not isinstance(func, cst.Attribute):
        return None
    if func.attr.value == "new_zeros" and call.args and all(a.keyword is None for a in call.args):
        return list(call.args)
    inner = func.value
    if func.attr.value == "zero_" and not call.args and isinstance(inner, cst.Call) and \
            isinstance(inner.func, cst.Attribute) and inner.func.attr.value == "new" and inner.args and \
            all(a.keyword is None for a in inner.args):
        return list(inner.args)
    return None


def parameter_probe(small: cst.CSTNode) -> bool:
    """`weight = next(self.parameters())` (`.data`): a parameter taken only for its dtype and device."""
    if not (isinstance(small, cst.Assign) and len(small.targets) == 1 and isinstance(small.targets[0].target, cst.Name)):
        return False
    value = small.value
    if isinstance(value, cst.Attribute) and value.attr.value == "data":
        value = value.value
    return isinstance(value, cst.Call) and isinstance(value.func, cst.Name) and value.func.value == "next" and \
        len(value.args) == 1 and isinstance(value.args[0].value, cst.Call) and \
        isinstance(value.args[0].value.func, cst.Attribute) and value.args[0].value.func.attr.value == "parameters" \
        and isinstance(value.args[0].value.func.value, cst.Name) and value.args[0].value.func.value.value == "self"


_CREATION = {"torch.zeros": "Zeros", "torch.ones": "Ones", "keras.ops.zeros": "Zeros", "keras.ops.ones": "Ones",
             "tensorflow.zeros": "Zeros", "tensorflow.ones": "Ones"}


def _reshape_spellings(framework: str) -> tuple[str, ...]:
    """The functions spelling the entry `torch.reshape` names, read by `FlowReader.reshape` ((batch, -1): a flatten)."""
    spec = lookups().torch_function["torch.reshape"]
    return spec.torch_functions if framework == "torch" else spec.keras_functions


def _moved_channels_first(node: cst.BaseExpression, chunk: Chunk) -> cst.BaseExpression | None:
    """The tensor of `keras.ops.moveaxis(x, -1, 1)` (the channels moved first, before a flatten), else None."""
    if not (isinstance(node, cst.Call) and chunk.qualify(node.func) == "keras.ops.moveaxis" and len(node.args) == 3
            and all(a.keyword is None for a in node.args)):
        return None
    return node.args[0].value if [literal(a.value, chunk) for a in node.args[1:]] == [-1, 1] else None


# Keras's fuzz factor (keras.config.epsilon(), unless the program sets another)
_EPSILON = {"keras.backend.epsilon": 1e-7, "keras.config.epsilon": 1e-7}


def _backend_sqrt(call: cst.Call, chunk: Chunk) -> bool:
    """`K.sqrt(K.maximum(sum_square, K.epsilon()))`: Keras 2's backend sqrt clamps its argument at 0 first; of a
    value already clamped at a bound >= 0 it is the plain square root (keras.ops.sqrt)."""
    inner = call.args[0].value if len(call.args) == 1 and call.args[0].keyword is None else None
    if not (isinstance(inner, cst.Call) and chunk.qualify(inner.func) in (
            "keras.ops.maximum", "tensorflow.maximum", "tensorflow.math.maximum") and len(inner.args) == 2):
        return False
    bound = _number(inner.args[1].value, chunk)
    return bound is not None and bound >= 0


def _number(node: cst.BaseExpression, chunk: Chunk) -> float | None:
    """A literal number (`1e-7`, `-1`), or Keras's default epsilon (`keras.backend.epsilon()`); None otherwise."""
    if isinstance(node, cst.Call) and not node.args and chunk.qualify(node.func) in _EPSILON:
        return _EPSILON[chunk.qualify(node.func)]
    value = literal(node, chunk)
    return value if isinstance(value, (int, float)) and not isinstance(value, bool) else None


# the Python comparisons that compare tensors elementwise (`is`, `in` do not)
_ELEMENTWISE_COMPARISONS = (cst.LessThan, cst.GreaterThan, cst.LessThanEqual, cst.GreaterThanEqual, cst.Equal,
                            cst.NotEqual)


def _numeric(code: str | None) -> bool:
    """A module constant's code that is a literal number (`SCALE = 0.25`, `EPS = -1e-5`)."""
    try:
        value = ast.literal_eval(code) if code else None
    except (ValueError, SyntaxError, TypeError, MemoryError, RecursionError):
        return False
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def _follows_mode(call: cst.Call, chunk: Chunk) -> bool:
    """`F.dropout(x, p, training=self.training)` (or positional, third): dropout only while training."""
    given = [a.value for a in call.args if a.keyword and a.keyword.value == "training"] or \
        [a.value for a in call.args if a.keyword is None][2:3]
    return bool(given) and chunk.text(given[0]).replace(" ", "") in ("self.training", "False")


def _without_keywords(call: cst.Call, names: tuple[str, ...]) -> cst.Call:
    return call.with_changes(args=[a for a in call.args if not (a.keyword and a.keyword.value in names)])


def inference_branch(stmts) -> tuple[int, list] | None:
    """(index, statements) of the first `if self.training: A else: B` (or `if not self.training: B else: A`) among
    `stmts`: at inference the block runs B in its place (a VAE's `reparameterize` drawing only while training).
    `if self.training: ...; return logits, aux` with no else (deep supervision, GoogLeNet's auxiliary heads): B is
    nothing, the statements after it are the inference path."""
    for i, stmt in enumerate(stmts):
        if not isinstance(stmt, cst.If) or isinstance(stmt.orelse, cst.If):
            continue
        test, negated = stmt.test, False
        if isinstance(test, cst.UnaryOperation) and isinstance(test.operator, cst.Not):
            test, negated = test.expression, True
        if _self_attr(test) != "training":
            continue
        if isinstance(stmt.orelse, cst.Else):
            return i, list((stmt.body if negated else stmt.orelse.body).body)
        if not negated and _ends_in_return(stmt.body):
            return i, []
    return None


def _ends_in_return(body: cst.BaseSuite) -> bool:
    last = getattr(body, "body", ())[-1:]
    return bool(last) and isinstance(last[0], cst.SimpleStatementLine) and isinstance(last[0].body[-1], cst.Return)


def branch_if(body: cst.BaseSuite, at: int) -> cst.If:
    return getattr(body, "body", ())[at]


def inference_exit(stmts) -> int | None:
    """The index of `if not self.training [or ...]: return x` (no else) among `stmts`: at inference the
    function returns there, and what follows is training-only."""
    for i, stmt in enumerate(stmts):
        if not isinstance(stmt, cst.If) or stmt.orelse is not None:
            continue
        test = stmt.test
        while isinstance(test, cst.BooleanOperation) and isinstance(test.operator, cst.Or):
            test = test.left
        body = getattr(stmt.body, "body", ())
        if (isinstance(test, cst.UnaryOperation) and isinstance(test.operator, cst.Not)
                and _self_attr(test.expression) == "training" and len(body) == 1
                and isinstance(body[0], cst.SimpleStatementLine) and len(body[0].body) == 1
                and isinstance(body[0].body[0], cst.Return)):
            return i
    return None

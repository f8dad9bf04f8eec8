"""Analysis of a whole file into pivot networks, cached per top-level definition.

The file is checked and split with Python's fast `ast`; each top-level definition (and each run of other
top-level statements) is parsed by libcst and read on its own, so an edit re-reads only what changed.
Never imports torch or tensorflow.
"""
from __future__ import annotations

import ast
import contextlib
import gc
import io
import itertools
import re
import threading
from dataclasses import dataclass, replace

from pivot import diagnostics as D
from pivot.catalog import lookups
from pivot.frontends import keras as keras_frontend
from pivot.frontends import torch as torch_frontend
from pivot.frontends.source import Chunk, Context, collect_context, parse_python, split_bom
from pivot.model import Analysis, Diagnostic, Layer, Network, Node, Span
from pivot.training import read_training


@dataclass(frozen=True)
class ChunkText:
    code: str
    first_line: int


class AnalysisCache:
    """Networks per (chunk text, file context); one cache per document.

    The context enters the key as a number given to each distinct context: hashing a large file's
    context (all its class names) for every piece made analysis quadratic in the file's size.
    """

    def __init__(self, limit: int = 4096) -> None:
        self._entries: dict[tuple[str, int], tuple[Network, ...]] = {}
        self._contexts: dict[Context, int] = {}
        self._last: tuple[Context, int] | None = None
        self._numbers = itertools.count()
        self._lock = threading.Lock()  # the language server analyses and migrates on different threads
        self._shifted: dict = {}
        self._limit = limit
        self.hits = 0
        self.misses = 0

    def fit(self, pieces: int) -> None:
        """Room for every piece of a file: evicted in order, a file larger than the limit missed every time."""
        self._limit = max(self._limit, 2 * pieces)

    def key(self, code: str, ctx: Context) -> tuple[str, int]:
        """The entry key of `code` read with `ctx`: the context is hashed once per context object."""
        last = self._last
        if last is None or last[0] is not ctx:
            with self._lock:
                number = self._contexts.get(ctx)
                if number is None:
                    if len(self._contexts) >= 64:
                        self._contexts.pop(next(iter(self._contexts)))
                    number = self._contexts[ctx] = next(self._numbers)
            last = self._last = (ctx, number)
        return code, last[1]

    def get(self, key: tuple[str, int]) -> tuple[Network, ...] | None:
        found = self._entries.get(key)
        if found is None:
            self.misses += 1
        else:
            self.hits += 1
        return found

    def shifted(self, key, nets: tuple[Network, ...], lines: int) -> tuple[Network, ...]:
        """`nets` moved down `lines` lines, remembered: typing within a line moves nothing."""
        found = self._shifted.get((key, lines))
        if found is None or found[0] is not nets:
            found = (nets, tuple(shift(n, lines) for n in nets))
            with self._lock:
                if len(self._shifted) >= self._limit:
                    self._shifted.pop(next(iter(self._shifted)), None)
                self._shifted[(key, lines)] = found
        return found[1]

    def put(self, key: tuple[str, int], nets: tuple[Network, ...]) -> None:
        with self._lock:
            if len(self._entries) >= self._limit:
                self._entries.pop(next(iter(self._entries)))
            self._entries[key] = nets


def source_lines(source: str) -> list[str]:
    """Lines as Python counts them (str.splitlines also breaks at form feeds and U+2028; Python does not)."""
    return io.StringIO(source, newline="").readlines()


def split_chunks(source: str, tree: ast.Module) -> list[ChunkText]:
    """Each def/class alone; maximal runs of other statements together (a module-level model spans them)."""
    lines = source_lines(source)
    chunks: list[ChunkText] = []
    run: list[tuple[int, int]] = []

    def flush() -> None:
        if run:
            start, end = run[0][0], run[-1][1]
            chunks.append(ChunkText("".join(lines[start - 1:end]), start))
            run.clear()

    for node in tree.body:
        start = min([node.lineno] + [d.lineno for d in getattr(node, "decorator_list", [])])
        end = node.end_lineno or node.lineno
        if isinstance(node, (ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)):
            flush()
            chunks.append(ChunkText("".join(lines[start - 1:end]), start))
        else:
            run.append((start, end))
    flush()
    return chunks


def syntax_error(source: str) -> Diagnostic | None:
    try:
        parse_python(source)
    except SyntaxError as err:
        line = err.lineno or 1
        col = max((err.offset or 1) - 1, 0)
        return D.make("PIV001", Span(line, col, line, col + 1), f"syntax error: {err.msg}")
    except (ValueError, RecursionError, MemoryError) as err:
        return D.make("PIV001", Span(1, 0, 1, 1), f"the file cannot be parsed: {err}")
    return None


_HEADS = ("def ", "class ", "async def ", "@")
_BLOCK = re.compile(r"def (\w+)\(")
_LAMBDA_OF_NAME = re.compile(r"Lambda\(\s*(?:function\s*=\s*)?([A-Za-z_]\w*)\s*[,)]")
_APPLIES_LAYER = re.compile(r"layers\.[A-Z]\w*\([^()]*(?:\([^()]*\)[^()]*)*\)\s*\(")  # layers.Dense(8)(x)
_RETURNS_LAYER = re.compile(r"\breturn\s+(?:keras\.)?layers\.[A-Z]\w*\(")  # a layer factory: return layers.Conv2D(..)
_RETURNS_ANY_LAYER = re.compile(r"\breturn\s+(?:(?:keras\.)?layers|(?:torch\.)?nn)\.[A-Z]\w*\(")  # or nn.Conv2d(..)
_AST_CACHE: dict[str, ast.Module] = {}
_AST_LOCK = threading.Lock()


def _parse_cached(code: str) -> ast.Module:
    tree = _AST_CACHE.get(code)
    if tree is None:
        tree = ast.parse(code)
        with _AST_LOCK:
            if len(_AST_CACHE) >= 8192:
                _AST_CACHE.pop(next(iter(_AST_CACHE)), None)
            _AST_CACHE[code] = tree
    return tree


def _text_pieces(lines: list[str]) -> list[int]:
    """Start lines (0-based) of pieces that each begin with a top-level def/class or its decorators.

    A textual cut, so that an edit re-parses one piece; lines inside a triple-quoted string are never cut
    (tracked by counting quotes, a heuristic checked afterwards by parsing each piece).
    """
    starts = [0]
    quoted = False
    decorating = False
    for i, line in enumerate(lines):
        head = not quoted and line.startswith(_HEADS)
        if head and i and not decorating:
            starts.append(i)
        if head:
            decorating = line.startswith("@")
        elif line.strip() and not line.startswith((" ", "\t", "#")):
            decorating = False
        if line.count('"""') % 2 or line.count("'''") % 2:
            quoted = not quoted
    return starts


def parse_incrementally(source: str) -> tuple[ast.Module, list[ChunkText]] | None:
    """The module parsed piece by piece (each piece cached by its text), or None to parse it whole."""
    lines = source_lines(source)
    starts = _text_pieces(lines) + [len(lines)]
    body: list[ast.stmt] = []
    chunks: list[ChunkText] = []
    for begin, end in zip(starts, starts[1:]):
        text = "".join(lines[begin:end])
        try:
            tree = _parse_cached(text)
        except (SyntaxError, ValueError, RecursionError, MemoryError):
            return None
        body.extend(tree.body)
        chunks.extend(ChunkText(c.code, c.first_line + begin) for c in split_chunks(text, tree))
    return ast.Module(body=body, type_ignores=[]), chunks


def analyze(source: str, cache: AnalysisCache | None = None) -> Analysis:
    """Every model in `source`, or a single PIV001 diagnostic when it does not parse."""
    source = split_bom(source)[1]  # Python accepts a UTF-8 BOM at the start of a file
    plan = file_plan(source)
    if plan is None:
        return Analysis(diagnostics=(syntax_error(source),))
    pieces, ctx = plan
    if cache is not None:
        cache.fit(len(pieces))
    networks: list[Network] = []
    diags: list[Diagnostic] = []
    with collector_paused():  # for the whole file: its pieces' results, kept, would otherwise trigger it
        for chunk in pieces:
            found, failed = read_piece(chunk, ctx, cache)
            networks.extend(found)
            diags.extend(failed)
    networks = inherit_forward(networks)
    training, training_diags = read_training(source, networks)
    return Analysis(tuple(networks), tuple(diags), training, training_diags)


_PLANS: dict[str, tuple[list[ChunkText], Context] | None] = {}
_PLANS_LOCK = threading.Lock()
_UNPLANNED = object()


def file_plan(source: str) -> tuple[list[ChunkText], Context] | None:
    """The pieces of `source` (each top-level definition; runs of other statements) and the file's
    context, or None when it does not parse. The language server reads a very large file piece by piece,
    then analyses it whole: the last few plans are kept, so that pass reuses the split and context object
    (other documents are analysed meanwhile)."""
    source = split_bom(source)[1]
    plan = _PLANS.get(source, _UNPLANNED)  # a plan may be None (the text does not parse)
    if plan is not _UNPLANNED:
        return plan
    plan = _plan(source)
    with _PLANS_LOCK:
        if len(_PLANS) >= 4:
            _PLANS.pop(next(iter(_PLANS)), None)
        _PLANS[source] = plan
    return plan


def _applies_layer(ctx: Context):
    """Whether a function's code applies a Keras layer it builds: `layers.Dense(8)(x)`, or with the classes
    imported by name (`from tensorflow.keras.layers import Conv2D`: `Conv2D(8, 3)(x)`, or `conv = Conv2D(...)`
    then `conv(x)`, as the Keras CIFAR-10 ResNet's resnet_layer)."""
    names = sorted(n for n, q in ctx.aliases if q.startswith("keras.layers.") and q.rsplit(".", 1)[-1][:1].isupper())
    if not names:
        return _APPLIES_LAYER.search
    alt = "|".join(map(re.escape, names))
    direct = re.compile(rf"(?<![\w.])(?:{alt})\([^()]*(?:\([^()]*\)[^()]*)*\)\s*\(")
    bound = re.compile(rf"^\s*(\w+)\s*=\s*(?:{alt})\(", re.M)

    def search(code: str) -> bool:
        return bool(_APPLIES_LAYER.search(code) or direct.search(code) or any(
            re.search(rf"(?<![\w.]){re.escape(m.group(1))}\(", code[m.end():]) for m in bound.finditer(code)))
    return search


def _plan(source: str) -> tuple[list[ChunkText], Context] | None:
    parsed = parse_incrementally(source)
    if parsed is None:
        try:
            tree = ast.parse(source)
        except (SyntaxError, ValueError, RecursionError, MemoryError):
            return None
        parsed = tree, split_chunks(source, tree)
    tree, pieces = parsed
    ctx = collect_context(tree)
    applies = _applies_layer(ctx)
    blocks = tuple((m.group(1), c.code, c.first_line) for c in pieces
                   for m in [_BLOCK.match(c.code)] if m and applies(c.code))
    factories = tuple((m.group(1), c.code, c.first_line) for c in pieces
                      for m in [_BLOCK.match(c.code)] if m and _RETURNS_LAYER.search(c.code)
                      and not applies(c.code))
    blocks += _blocks_of_blocks(pieces, blocks, factories)
    # `layers.Lambda(euclidean_distance)`: a function of the file a Lambda layer applies, inlined like a block
    lambdas = set(_LAMBDA_OF_NAME.findall(source)) - {name for name, *_ in blocks}
    blocks += tuple((m.group(1), c.code, c.first_line) for c in pieces
                    for m in [_BLOCK.match(c.code)] if m and m.group(1) in lambdas)
    if blocks:
        ctx = replace(ctx, keras_blocks=blocks)
    if factories:
        ctx = replace(ctx, keras_factories=factories)
    made = tuple((m.group(1), c.code, c.first_line) for c in pieces
                 for m in [_BLOCK.match(c.code)] if m and _RETURNS_ANY_LAYER.search(c.code))
    if made:
        ctx = replace(ctx, layer_factories=made)
    return pieces, ctx


def _blocks_of_blocks(pieces, blocks: tuple, factories: tuple) -> tuple:
    """Functions that apply layers only through other functional blocks or factories (`make_layer(x, ...)`
    calling `basic_block(x, ...)` in a loop): blocks too, inlined the same way. A builder (it makes an Input
    or a Model) is none."""
    found, names = [], {b[0] for b in blocks}
    applied = {f[0] for f in factories}
    while True:
        more = []
        for c in pieces:
            m = _BLOCK.match(c.code)
            if not m or m.group(1) in names or re.search(r"\b(?:Model|Input|Sequential)\(", c.code):
                continue
            body = c.code[m.end():]
            if any(re.search(rf"\b{re.escape(n)}\(", body) for n in names) or any(
                    re.search(rf"\b{re.escape(n)}\([^()]*(?:\([^()]*\)[^()]*)*\)\s*\(", body) for n in applied):
                more.append((m.group(1), c.code, c.first_line))
        if not more:
            return tuple(found)
        found += more
        names |= {b[0] for b in more}


def read_piece(chunk: ChunkText, ctx: Context,
               cache: AnalysisCache | None) -> tuple[tuple[Network, ...], tuple[Diagnostic, ...]]:
    """The networks of one piece at its lines (read once per text and context when cached), or a PIV104
    diagnostic when the frontend fails on it."""
    if not _may_hold_model(chunk.code, ctx):
        return (), ()
    key = cache.key(_dedent_key(chunk.code), ctx) if cache is not None else None
    found = cache.get(key) if cache else None
    if found is None:
        try:
            with collector_paused():
                found = tuple(_named_target(n) for n in _read_chunk(chunk.code, ctx))
        except Exception as err:  # a frontend bug must not hide the rest of the file
            return (), (D.make("PIV104", Span(chunk.first_line, 0, chunk.first_line, 1),
                               f"Pivot could not analyse this definition ({type(err).__name__}: "
                               f"{str(err).splitlines()[0][:200]}); it is not migrated"),)
        if cache is not None:
            cache.put(key, found)
    return (cache.shifted(key, found, chunk.first_line - 1) if cache
            else tuple(shift(n, chunk.first_line - 1) for n in found)), ()


_pause_lock = threading.Lock()
_pauses = 0
_resume_collector = False


@contextlib.contextmanager
def collector_paused():
    """Python's cycle collector off while one piece is read (threads may overlap; the last one out restores
    it). A piece's libcst tree outlives the young generations' collections, so without this every piece
    counted towards a full collection, which walks all live objects: those grew with the file, and the
    analysis of a 50,000-line file spent a third of its time there. Refcounting still frees the tree."""
    global _pauses, _resume_collector
    with _pause_lock:
        if _pauses == 0:
            _resume_collector = gc.isenabled()
            gc.disable()
        _pauses += 1
    try:
        yield
    finally:
        with _pause_lock:
            _pauses -= 1
            if _pauses == 0 and _resume_collector:
                gc.enable()


def inherit_forward(networks: list[Network]) -> list[Network]:
    """A subclass of a model class of the file has its base's layers (declared by the base's constructor, which
    `super().__init__` runs), minus those it declares again; without its own forward/call it also computes with
    its base's dataflow. Bases are resolved first (a chain of subclasses)."""
    by_name = {n.name: n for n in networks}
    done: dict[str, Network] = {}

    def resolved(net: Network, seen: tuple[str, ...] = ()) -> Network:
        if net.name in done:
            return done[net.name]
        base = next((by_name[b] for b in net.bases if b in by_name and b not in seen and b != net.name), None)
        if base is not None:
            base = resolved(base, seen + (net.name,))
            own = {layer.name for layer in net.layers}
            inherited = tuple(layer for layer in base.layers if layer.name not in own)
            if not net.nodes and base.nodes:
                net = replace(net, layers=inherited + net.layers, nodes=base.nodes, inputs=base.inputs,
                              outputs=base.outputs, input_shapes=base.input_shapes or net.input_shapes)
            elif inherited:
                net = replace(net, layers=inherited + net.layers)
        done[net.name] = net
        return net

    return [resolved(net) for net in networks]


def _named_target(net: Network) -> Network:
    """Diagnostics say which migration they concern (a PyTorch model's go to TensorFlow, and back)."""
    target = "keras" if net.framework == "torch" else "torch"
    return replace(net, diagnostics=tuple(D.retarget(d, target) for d in net.diagnostics))


def _dedent_key(code: str) -> str:
    return code


_WORD = re.compile(r"\w+")
_METHOD_CALL = re.compile(r"\.(\w+)\(")
_last_words: tuple[Context | None, frozenset[str]] = (None, frozenset())  # a file's pieces come in a row


def _may_hold_model(code: str, ctx: Context) -> bool:
    """A cheap textual test: the chunk names a framework (through any import alias), a model class or one of
    Pivot's Keras support layers.
    Linear in the chunk: its words are looked up in the file's set (not every name searched in the chunk)."""
    if not _model_words(ctx).isdisjoint(_WORD.findall(code)):
        return True
    # a function of a PyTorch file calling tensor methods only (`def swish(x): return x * x.sigmoid()`)
    return code.lstrip().startswith("def ") and any(qual.split(".")[0] == "torch" for _, qual in ctx.aliases) \
        and any(m in lookups().torch_method for m in _METHOD_CALL.findall(code))


def _model_words(ctx: Context) -> frozenset[str]:
    global _last_words
    last = _last_words
    if last[0] is not ctx:
        last = _last_words = (ctx, frozenset(
            [name for name, qual in ctx.aliases if qual.split(".")[0] in ("torch", "keras", "tensorflow")]
            + [name for name, _ in ctx.local_classes] + list(ctx.keras_support)))
    return last[1]


def _read_chunk(code: str, ctx: Context) -> list[Network]:
    chunk = Chunk(code, 1, ctx)
    return torch_frontend.find_networks(chunk) + keras_frontend.find_networks(chunk)


def shift(net: Network, lines: int) -> Network:
    """The network with every span moved down by `lines` (chunks are analysed at line 1)."""
    if lines == 0:
        return net

    def s(span: Span) -> Span:
        return span.shifted(lines) if span.line else span

    def layer(l: Layer) -> Layer:
        return replace(l, span=s(l.span), children=tuple(layer(c) for c in l.children))

    return replace(
        net, span=s(net.span), layers=tuple(layer(l) for l in net.layers),
        templates=tuple(layer(l) for l in net.templates),
        nodes=tuple(replace(n, span=s(n.span)) for n in net.nodes),
        diagnostics=tuple(replace(d, span=s(d.span)) for d in net.diagnostics),
        parts=tuple(s(p) for p in net.parts),
        grown=tuple((name, s(span)) for name, span in net.grown),
    )


def node_at(net: Network, line: int, col: int) -> Node | None:
    best = None
    for node in net.nodes:
        if node.span.line and node.span.contains(line, col):
            if best is None or node.span >= best.span:
                best = node
    return best

"""The last check on a generated class: every name its methods read is defined (issue 10: a builder's local
`width` once reached the generated `__init__` undefined, exit 0 then NameError)."""
from __future__ import annotations

import ast
import builtins


def undefined_names(code: str, known: set[str]) -> list[tuple[str, int]]:
    """(name, line in `code`) of each name a function of `code` reads that is neither its parameter, bound in
    it, bound at the top level of `code`, in `known` (the source file's top-level names) nor a builtin."""
    tree = ast.parse(code)
    top = known | set(dir(builtins)) | {n.id for stmt in tree.body for n in ast.walk(stmt)
                                        if isinstance(n, ast.Name) and isinstance(n.ctx, ast.Store)
                                        and not isinstance(stmt, (ast.FunctionDef, ast.ClassDef))}
    top |= {a.asname or a.name.split(".")[0] for stmt in tree.body if isinstance(stmt, (ast.Import, ast.ImportFrom))
            for a in stmt.names}
    top |= {s.name for s in ast.walk(tree) if isinstance(s, (ast.FunctionDef, ast.ClassDef))}
    found: list[tuple[str, int]] = []
    for fn in (n for n in ast.walk(tree) if isinstance(n, (ast.FunctionDef, ast.Lambda))):
        args = fn.args
        bound = {a.arg for a in args.posonlyargs + args.args + args.kwonlyargs}
        bound |= {a.arg for a in (args.vararg, args.kwarg) if a}
        bound |= {n.id for n in ast.walk(fn) if isinstance(n, ast.Name) and not isinstance(n.ctx, ast.Load)}
        bound |= {n.arg for n in ast.walk(fn) if isinstance(n, ast.arg)}  # nested lambdas' parameters
        for n in ast.walk(fn):
            if isinstance(n, ast.Name) and isinstance(n.ctx, ast.Load) and n.id not in bound | top \
                    and (n.id, n.lineno) not in found:
                found.append((n.id, n.lineno))
    return found

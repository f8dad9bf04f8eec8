"""Differential fuzzing of migrations: random models drawn from the catalog, migrated, verified, reduced.

`plan` draws a model (ops and argument values from the catalog's entries), `render` writes it as source text
in the styles people use, `check` migrates and verifies it (importing the frameworks once per worker), and
`reduce` shrinks a failure to a minimal reproducer. Only `check` imports torch/TensorFlow, and only when a
model is verified; the language server never imports this package.
"""

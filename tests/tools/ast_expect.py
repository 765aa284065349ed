#!/usr/bin/env python3
"""Write CPython's syntax tree of each program: X.py -> X.ast.

Usage: ast_expect.py FILE_OR_FOLDER...

The tree is ast.parse's, one top-level statement per line, in a canonical
S-expression form that tests/syntax/dump.rs writes for weft's tree:
`(NodeName field ...)` with fields in CPython's order (ctx, kind,
type_comment and type_ignores left out), lists in `[...]`, identifiers and
str constants in double quotes with non-printable or non-ASCII characters
as `\\u{hex}`, bytes as `b` + hex, floats as `f` + their IEEE-754 bits,
imaginary numbers as `j` + the bits of their imaginary part.
"""
import ast
import os
import struct
import sys

SKIP = {"ctx", "kind", "type_comment", "type_ignores"}


def quote(text):
    out = []
    for c in text:
        if " " <= c <= "~" and c not in '"\\':
            out.append(c)
        else:
            out.append("\\u{%x}" % ord(c))
    return '"' + "".join(out) + '"'


def bits(value):
    return struct.unpack("<Q", struct.pack("<d", value))[0]


def dump(node):
    if isinstance(node, ast.AST):
        fields = [f for f in node._fields if f not in SKIP]
        return "(" + " ".join([type(node).__name__] + [dump(getattr(node, f)) for f in fields]) + ")"
    if isinstance(node, list):
        return "[" + " ".join(dump(x) for x in node) + "]"
    if node is None or node is True or node is False or node is Ellipsis:
        return {None: "None", True: "True", False: "False", Ellipsis: "..."}[node]
    if isinstance(node, str):
        return quote(node)
    if isinstance(node, bytes):
        return "b" + node.hex()
    if isinstance(node, int):
        return str(node)
    if isinstance(node, float):
        return "f%d" % bits(node)
    if isinstance(node, complex):
        return "j%d" % bits(node.imag)
    raise TypeError(f"cannot dump {node!r}")


def files(paths):
    for path in paths:
        if os.path.isdir(path):
            for name in sorted(os.listdir(path)):
                if name.endswith(".py"):
                    yield os.path.join(path, name)
        else:
            yield path


def main():
    for path in files(sys.argv[1:]):
        with open(path, "rb") as f:
            tree = ast.parse(f.read(), path)
        with open(path[:-3] + ".ast", "w") as out:
            for stmt in tree.body:
                out.write(dump(stmt) + "\n")


if __name__ == "__main__":
    main()

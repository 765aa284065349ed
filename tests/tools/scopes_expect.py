#!/usr/bin/env python3
"""Write CPython's symbol tables of each program: X.py -> X.scopes.

Usage: scopes_expect.py FILE_OR_FOLDER...

One line per scope, depth-first in CPython's order, indented two spaces a
level: `TYPE NAME LINE: name=binding[,param] ...` with names sorted, where
binding is local, cell, free, global_explicit or global_implicit (CPython's
symtable scopes). tests/scopes.rs checks weft's scope analysis against it.
"""
import os
import symtable
import sys

BINDING = {1: "local", 2: "global_explicit", 3: "global_implicit", 4: "free", 5: "cell"}
SCOPE_OFFSET, SCOPE_MASK = 11, 15  # CPython 3.11's symtable.h


def lines(table, depth=0):
    symbols = []
    for sym in sorted(table.get_symbols(), key=lambda s: s.get_name()):
        binding = BINDING[(sym._Symbol__flags >> SCOPE_OFFSET) & SCOPE_MASK]
        symbols.append(f"{sym.get_name()}={binding}" + (",param" if sym.is_parameter() else ""))
    yield "  " * depth + f"{table.get_type()} {table.get_name()} {table.get_lineno()}: " + " ".join(symbols)
    for child in table.get_children():
        yield from lines(child, depth + 1)


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
        with open(path, encoding="utf-8") as f:
            table = symtable.symtable(f.read(), path, "exec")
        with open(path[:-3] + ".scopes", "w") as out:
            out.write("\n".join(lines(table)) + "\n")


if __name__ == "__main__":
    main()

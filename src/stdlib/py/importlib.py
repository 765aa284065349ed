"""importlib — import_module, as CPython's importlib resolves names.

Modules are found by weft's import system through __import__; a relative
name is made absolute against `package` first, as CPython's
importlib._bootstrap._resolve_name does.
"""

import sys

# A package in CPython: submodules are looked up (and not found) in it.
__path__ = []

__all__ = ["import_module", "invalidate_caches", "reload"]


def _resolve_name(name, package, level):
    bits = package.rsplit(".", level - 1)
    if len(bits) < level:
        raise ImportError("attempted relative import beyond top-level package")
    base = bits[0]
    return f"{base}.{name}" if name else base


def import_module(name, package=None):
    """Import a module by name and return it (not its top package)."""
    level = 0
    if name.startswith("."):
        if not package:
            raise TypeError("the 'package' argument is required to perform a "
                            f"relative import for {name!r}")
        for character in name:
            if character != ".":
                break
            level += 1
        name = _resolve_name(name[level:], package, level)
    __import__(name)
    return sys.modules[name]


def invalidate_caches():
    """Nothing is cached between imports that could go stale."""


def reload(module):
    raise NotImplementedError("importlib.reload() is not supported by weft")

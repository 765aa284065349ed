"""Print or format exceptions as the interpreter prints them.

CPython's traceback module, the part of it that formats exceptions:
format_exception, print_exception, format_exception_only, format_exc and
print_exc, with their arguments (limit, chain, file). The text comes from
the interpreter's own printer (_traceback), cut into the pieces CPython's
functions yield. Weft has no frame objects, so the functions that walk
traceback and frame objects (extract_tb, print_stack...) are not here.
"""

import sys
import _traceback

__all__ = ["format_exc", "format_exception", "format_exception_only",
           "print_exc", "print_exception"]

_sentinel = object()


def _parse_value_tb(exc, value, tb):
    if (value is _sentinel) != (tb is _sentinel):
        raise ValueError("Both or neither of value and tb must be given")
    if value is tb is _sentinel:
        if exc is not None:
            if isinstance(exc, BaseException):
                return exc, exc.__traceback__
            raise TypeError(f'Exception expected for value, '
                            f'{type(exc).__name__} found')
        return None, None
    return value, tb


def _pieces(text):
    """The text cut as CPython's format functions yield it: a frame with
    its source line, a chaining message with its blank lines, and each
    other line on its own."""
    lines = text.splitlines(keepends=True)
    out = []
    i = 0
    while i < len(lines):
        line = lines[i]
        if line.lstrip(" |").startswith("File "):
            j = i + 1
            margin = line[:len(line) - len(line.lstrip(" |"))]
            while j < len(lines) and lines[j].startswith(margin + "  ") \
                    and not lines[j].lstrip(" |").startswith("File "):
                j += 1
            out.append("".join(lines[i:j]))
            i = j
        elif line.strip() == "" and i + 2 < len(lines) and lines[i + 2].strip() == "":
            out.append("".join(lines[i:i + 3]))
            i += 3
        else:
            out.append(line)
            i += 1
    return out


def format_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None,
                     chain=True):
    value, tb = _parse_value_tb(exc, value, tb)
    if value is None:
        return ["NoneType: None\n"]
    return _pieces(_traceback.format(value, limit, chain, tb is not None))


def print_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None,
                    file=None, chain=True):
    value, tb = _parse_value_tb(exc, value, tb)
    if file is None:
        file = sys.stderr
    if value is None:
        lines = ["NoneType: None\n"]
    else:
        lines = _pieces(_traceback.format(value, limit, chain, tb is not None))
    for line in lines:
        print(line, file=file, end="")


def format_exception_only(exc, /, value=_sentinel):
    if value is _sentinel:
        value = exc
    if value is None:
        return ["NoneType: None\n"]
    return _pieces(_traceback.format_only(value))


def format_exc(limit=None, chain=True):
    return "".join(format_exception(sys.exception(), limit=limit, chain=chain))


def print_exc(limit=None, file=None, chain=True):
    print_exception(sys.exception(), limit=limit, file=file, chain=chain)

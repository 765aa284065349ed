#!/usr/bin/env python3
"""Write what CPython says of each broken program: X.py -> X.expected.

Usage: syntax_expect.py FILE...

CPython reports only the first syntax error of a file. X.expected holds it
as one line, `LINE:COLUMN: Kind: message`, or `ok` for a file CPython
compiles. The kind, message and line come from running the file as a script
(from its own folder, so that messages name it as weft's do); the column
(1-based, in characters) from compile()'s SyntaxError.offset, or `?` where
CPython shows none (null bytes, undecodable files). tests/syntax.rs checks
that weft's first error is the same.
"""
import os
import re
import subprocess
import sys


def compiles(path):
    with open(path, "rb") as f:
        data = f.read()
    try:
        compile(data, os.path.basename(path), "exec", dont_inherit=True)
        return True
    except (SyntaxError, ValueError):
        return False


def first_error(path):
    if compiles(path):
        return "ok"
    folder, name = os.path.split(os.path.abspath(path))
    run = subprocess.run([sys.executable, name], cwd=folder, capture_output=True, text=True,
                         errors="replace", stdin=subprocess.DEVNULL, timeout=10)
    lines = [l for l in run.stderr.splitlines() if l.strip()]
    if run.returncode == 0 or not lines:
        return "ok"
    last = lines[-1]
    kind, _, message = last.partition(": ")
    message = message.replace(folder + os.sep, "")
    line = "?"
    for l in lines:
        m = re.match(r'\s*File ".*", line (\d+)', l) or re.search(r" on line (\d+),", l)
        if m:
            line = m.group(1)
    column = "?"
    with open(path, "rb") as f:
        data = f.read()
    try:
        compile(data, name, "exec", dont_inherit=True)
    except SyntaxError as e:
        if e.msg == message and e.offset is not None:
            column = str(e.offset)
    except ValueError:
        pass
    return f"{line}:{column}: {kind}: {message}"


def main():
    for path in sys.argv[1:]:
        result = first_error(path)
        with open(os.path.splitext(path)[0] + ".expected", "w") as out:
            out.write(result + "\n")
        print(f"{path}: {result}")


if __name__ == "__main__":
    main()

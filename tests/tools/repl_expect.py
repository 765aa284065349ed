#!/usr/bin/env python3
"""Record what CPython 3.11 prints for the REPL sessions in tests/repl/.

Usage: repl_expect.py [SESSION.txt ...]   (default: every tests/repl/*.txt)

Each session is a file of lines typed at the prompt. They are fed, one by
one, to CPython's own interactive compiler (codeop, with top-level await
allowed, as `python -m asyncio` does) on the virtual clock of
../shared/oracle/vtpython.py, with the semantics `weft repl --clock virtual`
has when its input is a pipe:

  - one event loop for the session, marked running while a statement runs
    (so asyncio.run() raises), with asyncio imported;
  - a statement that awaits runs as a task until it is done;
  - between statements the loop runs one iteration when something is
    ready, and time stands still (no timer fires early);
  - expression statements print their repr; SystemExit ends the session.

X.txt's standard output is written to X.out, and a non-zero exit status to
X.status (removed when the status is 0). Standard error (tracebacks, which
weft words as CPython's plain REPL does) is not recorded: tests/repl.rs
snapshots it.
"""
import ast
import asyncio
import asyncio.events as events
import codeop
import glob
import os
import sys
import traceback
import types

HERE = os.path.dirname(os.path.abspath(__file__))
ORACLE = os.environ.get("WEFT_ORACLE", "/work/shared/oracle/vtpython.py")


def run_session(lines):
    """The session's stdout and exit status, in a fresh child process."""
    import subprocess

    r = subprocess.run(
        [sys.executable, __file__, "--child"],
        input="".join(lines),
        capture_output=True,
        text=True,
        timeout=30,
    )
    return r.stdout, r.returncode, r.stderr


def child():
    sys.path.insert(0, os.path.dirname(ORACLE))
    import vtpython  # noqa: F401  (installs the virtual clock and loop)

    loop = asyncio.new_event_loop()
    asyncio.set_event_loop(loop)
    ns = {"__name__": "__main__", "__doc__": None, "asyncio": asyncio}
    compiler = codeop.CommandCompiler()
    compiler.compiler.flags |= ast.PyCF_ALLOW_TOP_LEVEL_AWAIT

    def show(e):
        sys.stdout.flush()
        traceback.print_exception(e)
        sys.stderr.flush()

    def one_iteration():
        if loop._ready or (loop._scheduled and loop._scheduled[0].when() <= loop.time()):
            loop.call_soon(loop.stop)
            loop.run_forever()

    def execute(code):
        func = types.FunctionType(code, ns)
        events._set_running_loop(loop)
        try:
            coro = func()
        except SystemExit:
            raise
        except BaseException as e:
            show(e)
            return
        finally:
            events._set_running_loop(None)
        if not asyncio.iscoroutine(coro):
            return
        task = loop.create_task(coro)
        try:
            loop.run_until_complete(task)
        except SystemExit:
            raise
        except BaseException as e:
            show(e)

    buffer = []
    status = 0
    try:
        # Line by line: a statement that calls input() reads the next one.
        for line in iter(sys.stdin.readline, ""):
            buffer.append(line.rstrip("\n"))
            source = "\n".join(buffer)
            try:
                code = compiler(source, "<stdin>", "single")
            except (SyntaxError, OverflowError, ValueError) as e:
                buffer = []
                show(e)
                one_iteration()
                continue
            if code is None:
                continue
            buffer = []
            execute(code)
            sys.stdout.flush()
            one_iteration()
        if buffer:
            code = compiler("\n".join(buffer) + "\n", "<stdin>", "single")
            if code is not None:
                execute(code)
    except SystemExit as e:
        code = e.code
        status = code if isinstance(code, int) else (0 if code is None else 1)
    sys.stdout.flush()
    os._exit(status)


def main(paths):
    if not paths:
        paths = sorted(glob.glob(os.path.join(HERE, "..", "repl", "*.txt")))
    for path in paths:
        with open(path) as f:
            lines = f.readlines()
        out, status, err = run_session(lines)
        base = path[: -len(".txt")]
        with open(base + ".out", "w") as f:
            f.write(out)
        if status:
            with open(base + ".status", "w") as f:
                f.write(f"{status}\n")
        elif os.path.exists(base + ".status"):
            os.remove(base + ".status")
        print(f"{os.path.basename(path)}: status {status}", file=sys.stderr)


if __name__ == "__main__":
    if sys.argv[1:] == ["--child"]:
        child()
    else:
        main(sys.argv[1:])

#!/usr/bin/env python3
"""Record the expected outputs of weft's test programs, as CPython prints them.

Usage: expect.py PATH [PATH ...]

PATH is a .py file or a folder (searched recursively for *.py files). Each
program X.py runs under CPython 3.11 through the virtual-clock oracle

    python3 /work/shared/oracle/vtpython.py X.py

with X.py's folder as the working directory and stdin from /dev/null, and
its results are written beside it:

  X.out     the exact bytes the program wrote to standard output;
  X.status  only when the exit status is non-zero: two lines, the exit
            status, then the last non-blank line of standard error
            (e.g. "1" / "ZeroDivisionError: division by zero"; the second
            line is empty when nothing was written there). A stale
            X.status is removed when the program exits with status 0.

Programs in a folder named examples/ are checked by `weft test` instead,
so their results go to one file in its snapshot format:

  X.py.snap the exact stdout, preceded (when the exit status is non-zero)
            by a header: "[exit status N]", then "[stderr]", "..." (any
            traceback lines) and the last line of standard error, then
            "[stdout]"; a program that exits 0 but writes to standard
            error gets "[stderr]", all of it, then "[stdout]".

Every program runs twice (the second time under a different string-hashing
seed); if the two runs differ in stdout, exit status or that last stderr
line, or if a run takes longer than 5 seconds, nothing is written for that
program, it is named on standard error, and expect.py exits with status 1
after processing the rest. .out files are never edited by hand: change the
program and run this tool again.
"""
import os
import random
import subprocess
import sys

ORACLE = os.environ.get("WEFT_ORACLE", "/work/shared/oracle/vtpython.py")
TIMEOUT = 5.0


def programs(paths):
    for path in paths:
        if os.path.isfile(path):
            if path.endswith(".py"):
                yield path
            continue
        if not os.path.isdir(path):
            raise SystemExit(f"expect.py: no such file or folder: {path}")
        for root, dirs, files in os.walk(path):
            dirs.sort()
            for name in sorted(files):
                if name.endswith(".py"):
                    yield os.path.join(root, name)


def last_line(data):
    for line in reversed(data.decode("utf-8", "replace").splitlines()):
        if line.strip():
            return line.rstrip()
    return ""


def run(program, seed):
    folder = os.path.dirname(os.path.abspath(program))
    env = dict(os.environ)
    env["PYTHONHASHSEED"] = str(seed)
    env.pop("PYTHONSTARTUP", None)
    proc = subprocess.run(
        [sys.executable, ORACLE, os.path.basename(program)],
        cwd=folder,
        stdin=subprocess.DEVNULL,
        capture_output=True,
        timeout=TIMEOUT,
        env=env,
    )
    # The whole of stderr rides along for snapshots of programs that exit 0
    # (a warning the program prints is part of what it does).
    full_err = proc.stderr.decode("utf-8", "replace") if proc.returncode == 0 else ""
    return proc.returncode, proc.stdout, last_line(proc.stderr), full_err


def record(program):
    """Run one program twice; write its files. Returns an error message or None."""
    seeds = random.sample(range(1, 2**32 - 1), 2)
    results = []
    for seed in seeds:
        try:
            results.append(run(program, seed))
        except subprocess.TimeoutExpired:
            return f"timed out after {TIMEOUT:g} s"
    if results[0] != results[1]:
        names = ("exit status", "stdout", "stderr", "stderr")
        what = sorted({name for name, a, b in zip(names, *results) if a != b})
        return "two runs differ in " + ", ".join(what)
    status, out, err, full_err = results[0]
    if os.path.basename(os.path.dirname(os.path.abspath(program))) == "examples":
        write_snapshot(program, status, out, err, full_err)
        return None
    base = program[:-3]
    with open(base + ".out", "wb") as f:
        f.write(out)
    status_path = base + ".status"
    if status != 0:
        with open(status_path, "w", encoding="utf-8") as f:
            f.write(f"{status}\n{err}\n")
    elif os.path.exists(status_path):
        os.remove(status_path)
    return None


def write_snapshot(program, status, out, err, full_err):
    """X.py.snap in weft test's format (see src/snapshot/format.rs)."""
    text = out.decode("utf-8", "replace")
    first = text.split("\n", 1)[0]
    header = first in ("[stderr]", "[stdout]") or (
        first.startswith("[exit status ") and first.endswith("]")
    )
    if status != 0 or header or full_err:
        head = f"[exit status {status}]\n" if status != 0 else ""
        if full_err:
            head += "[stderr]\n" + full_err + ("" if full_err.endswith("\n") else "\n")
        elif err:
            head += f"[stderr]\n...\n{err}\n"
        text = head + ("[stdout]\n" + text if text else "")
    with open(program + ".snap", "w", encoding="utf-8") as f:
        f.write(text)


def main(argv):
    if not argv or argv[0] in ("-h", "--help"):
        print(__doc__)
        return 0 if argv else 2
    failed = []
    count = 0
    for program in programs(argv):
        count += 1
        error = record(program)
        if error:
            failed.append(program)
            print(f"expect.py: FAIL {program}: {error}", file=sys.stderr)
    print(f"expect.py: {count - len(failed)} recorded, {len(failed)} failed", file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

#!/usr/bin/env python3
"""Record what CPython 3.11 does when Ctrl-C arrives, for tests/interrupt/.

Usage: interrupt_expect.py [PATH ...]   (default: every tests/interrupt/*.py)

Each program runs under CPython with its folder as the working directory;
as soon as it prints its first line ("ready"), it gets SIGINT. Written
beside X.py:

  X.out     everything it printed on standard output;
  X.status  two lines: how it ended ("signal 2" when SIGINT killed it, as
            an uncaught KeyboardInterrupt does, else "exit N"), then the
            last non-blank line of standard error.

tests/interrupt.rs does the same to weft and compares.
"""
import glob
import os
import signal
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))


def run(path):
    proc = subprocess.Popen(
        [sys.executable, os.path.basename(path)],
        cwd=os.path.dirname(os.path.abspath(path)),
        stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    first = proc.stdout.readline()
    proc.send_signal(signal.SIGINT)
    rest, err = proc.communicate(timeout=30)
    code = proc.returncode
    how = f"signal {-code}" if code < 0 else f"exit {code}"
    lines = [l for l in err.decode().splitlines() if l.strip()]
    return (first + rest).decode(), f"{how}\n{lines[-1] if lines else ''}\n"


def main():
    paths = sys.argv[1:] or sorted(glob.glob(os.path.join(HERE, "..", "interrupt", "*.py")))
    for path in paths:
        out, status = run(path)
        stem = os.path.splitext(path)[0]
        with open(stem + ".out", "w") as f:
            f.write(out)
        with open(stem + ".status", "w") as f:
            f.write(status)
        print(f"{os.path.basename(path)}: {status.splitlines()[0]}")


if __name__ == "__main__":
    main()

# Traceback objects (tb_next from where an exception was caught to where
# it was raised, tb_lineno, tb_frame.f_code) and the traceback functions
# over them: walk_tb, extract_tb, FrameSummary, format_tb with limits,
# print_tb, format_list, the folding of repeated frames.
import io
import re
import sys
import traceback


def clean(text):
    return re.sub(r'File "[^"]*?([^/"]+)"', r'File "\1"', str(text).replace(__file__, "FILE"))


def inner(n):
    if n == 0:
        raise ValueError("deep")
    inner(n - 1)


def outer():
    inner(5)


try:
    outer()
except ValueError as e:
    tb = e.__traceback__
    print(tb.tb_lineno, tb.tb_next.tb_lineno, tb.tb_frame.f_code.co_name,
          tb.tb_next.tb_frame.f_code.co_name, tb.tb_next.tb_frame.f_lineno)
    print([(f.f_code.co_name, n) for f, n in traceback.walk_tb(tb)])
    summary = traceback.extract_tb(tb)
    print(type(summary).__name__, len(summary))
    for fs in summary:
        print(clean(repr(fs)), fs.lineno, fs.name, repr(fs.line), clean(fs.filename))
    filename, lineno, name, line = summary[-1]
    print(lineno, name, line, summary[-1] == (filename, lineno, name, line))
    print(clean("".join(traceback.format_tb(tb))))
    print(clean("".join(traceback.format_tb(tb, limit=2))))
    print(clean("".join(traceback.format_tb(tb, limit=-2))))
    buf = io.StringIO()
    traceback.print_tb(tb, limit=1, file=buf)
    print(clean(buf.getvalue()))
    print(traceback.format_list([("a.py", 1, "f", "x = 1"), ("b.py", 2, "g", None)]))
    print(clean(traceback.format_list(summary[:2])))


def rec(n):
    if n == 30:
        raise ZeroDivisionError("bottom")
    return rec(n + 1)


try:
    rec(0)
except ZeroDivisionError as e:
    lines = traceback.format_tb(e.__traceback__)
    print(len(lines), clean(lines[-2]), clean(lines[-1]))

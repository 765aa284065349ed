# The traceback module formats exceptions as the interpreter prints them:
# format_exc, format_exception (both signatures, limit, chain), format_exception_only
# with notes, print_exception to a file object, print_exc.
import io
import re
import sys
import traceback


def clean(text):
    return re.sub(r'File "[^"]*?([^/"]+)"', r'File "\1"', text)


def inner(n):
    if n == 0:
        raise ValueError("deep")
    inner(n - 1)


def outer():
    try:
        inner(2)
    except ValueError as e:
        raise KeyError("wrapped") from e


try:
    outer()
except KeyError:
    text = traceback.format_exc()
    print(clean(text))
    print(clean(traceback.format_exc(limit=1)))
    print(clean(traceback.format_exc(limit=-1)))
    print(clean(traceback.format_exc(chain=False)))
    lines = traceback.format_exception(sys.exception())
    print(len(lines), [clean(l) for l in lines])
    print(traceback.format_exception_only(sys.exception()))
    t, v, tb = sys.exc_info()
    print(clean("".join(traceback.format_exception(t, v, None))))
    buf = io.StringIO()
    traceback.print_exc(file=buf)
    print(clean(buf.getvalue()))

print(traceback.format_exc())
print(traceback.format_exception_only(ValueError("x")))
print(traceback.format_exception(ValueError("no tb")))
e = ValueError("noted")
e.add_note("first note")
e.add_note("second\nnote")
print(traceback.format_exception_only(e))
try:
    traceback.format_exception(3)
except TypeError as err:
    print(err)
try:
    traceback.format_exception(e, e)
except ValueError as err:
    print(err)


class Log:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)


log = Log()
try:
    raise KeyError("k")
except KeyError as exc:
    traceback.print_exception(exc, file=log)
    traceback.print_exception(type(exc), exc, exc.__traceback__, file=log, limit=0)
print([clean(p) for p in log.parts])
try:
    raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
except ExceptionGroup:
    print(clean(traceback.format_exc()))

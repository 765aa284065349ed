# io.StringIO and io.BytesIO as scripts use them: a buffer to print into
# (directly, as sys.stdout, under redirect_stdout), then to read back.
import contextlib
import io
import sys

buf = io.StringIO()
print("hello", 42, sep=", ", file=buf)
buf.write("second line\n")
buf.writelines(["a\n", "b\n"])
print(repr(buf.getvalue()), buf.tell())

with contextlib.redirect_stdout(io.StringIO()) as captured:
    print("inside")
    print(1, 2, 3)
print("captured:", repr(captured.getvalue()))

old = sys.stdout
sys.stdout = io.StringIO()
print("swapped")
text = sys.stdout.getvalue()
sys.stdout = old
print("swapped out:", repr(text))

r = io.StringIO("one\ntwo\nthree")
print(r.readline(), end="")
print(r.read(3), r.tell())
print(r.readlines())
r.seek(0)
print([line.rstrip() for line in r])
print(r.read(), repr(r.read()))

w = io.StringIO("abcdef")
w.seek(2)
w.write("XY")
print(w.getvalue(), w.tell())
w.seek(10)
w.write("!")
print(repr(w.getvalue()))
print(w.truncate(4), repr(w.getvalue()))
w.seek(0, io.SEEK_END)
print(w.tell())
try:
    w.seek(1, 1)
except OSError as e:
    print("OSError:", e)
try:
    w.write(5)
except TypeError as e:
    print("TypeError:", e)
try:
    io.StringIO(b"x")
except TypeError as e:
    print("TypeError:", e)
w.close()
print(w.closed)
try:
    w.getvalue()
except ValueError as e:
    print("ValueError:", e)

with io.StringIO("x\r\ny\rz\n", newline=None) as u:
    print(repr(u.read()))

b = io.BytesIO(b"head:")
b.seek(0, 2)
b.write(b"body\nmore\n")
b.write(bytearray(b"raw"))
print(b.getvalue(), b.tell())
b.seek(0)
print(b.readline(), b.read(4), b.read())
b.seek(-3, 2)
print(b.read())
try:
    b.write("text")
except TypeError as e:
    print("TypeError:", e)
print(isinstance(buf, io.TextIOBase), isinstance(b, io.BufferedIOBase), io.SEEK_CUR)
print(issubclass(io.UnsupportedOperation, OSError), issubclass(io.UnsupportedOperation, ValueError))

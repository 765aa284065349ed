# Deep recursion: raising the limit, catching RecursionError, exception info.
import sys

print(sys.getrecursionlimit())


def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)


print(depth(500))
try:
    depth(10**6)
except RecursionError as e:
    print("RecursionError:", e)
sys.setrecursionlimit(3000)
print(sys.getrecursionlimit(), depth(2500))
try:
    1 / 0
except ZeroDivisionError:
    etype, evalue, tb = sys.exc_info()
    print(etype.__name__, evalue, type(tb).__name__)
print(sys.exc_info())
try:
    raise KeyError("k")
except KeyError:
    print(repr(sys.exception()) if hasattr(sys, "exception") else repr(sys.exc_info()[1]))
print(sys.intern("abc") == "abc", sys.getsizeof(0) > 0 if hasattr(sys, "getsizeof") else True)

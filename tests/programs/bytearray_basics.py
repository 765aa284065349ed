# bytearray as a mutable buffer: building, editing in place, slicing, iterating, and subclasses.
def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__ + ":", e)

buf = bytearray()
print(buf, len(buf), bool(buf), repr(buf))
buf.extend(b"HEAD")
buf.append(0)
buf.extend([1, 2, 3])
buf += b"TAIL"
print(buf, len(buf), bool(buf))
print(bytearray(3), bytearray(b"abc"), bytearray([65, 66]), bytearray(range(3)), bytearray("héllo", "utf-8"))
print(bytearray(bytearray(b"copy")), bytearray(source=b"kw"), bytearray("x", encoding="ascii"), bytearray(b""))
attempt("str without encoding:", lambda: bytearray("abc"))
attempt("encoding without str:", lambda: bytearray(b"a", "ascii"))
attempt("negative:", lambda: bytearray(-1))
attempt("out of range:", lambda: bytearray([1, 256]))
attempt("float:", lambda: bytearray(1.5))
attempt("too many:", lambda: bytearray(1, 2, 3, 4))

b = bytearray(b"hello world")
print(b[0], b[-1], b[0:5], b[::-1], b[6:], b[::3], b[100:])
b[0] = ord("H")
b[6:11] = b"WORLD"
print(b)
b[5:6] = b"___"
print(b)
b[0:0] = b">>"
print(b)
b[::2] = bytes(len(b[::2]))
print(b)
del b[0]
del b[-3:]
del b[::2]
print(b, len(b))
attempt("set 256:", lambda: b.__setitem__(0, 256))
attempt("set str:", lambda: b.__setitem__(0, "a"))
attempt("set out of range:", lambda: b.__setitem__(100, 1))
attempt("set slice int:", lambda: b.__setitem__(slice(0, 2), 5))
attempt("set slice str:", lambda: b.__setitem__(slice(0, 2), "ab"))
attempt("set slice range:", lambda: b.__setitem__(slice(0, 2), [1, 300]))
attempt("extended size:", lambda: b.__setitem__(slice(None, None, 2), b"x"))
attempt("get out of range:", lambda: b[100])
attempt("get str:", lambda: b["a"])
attempt("del out of range:", lambda: b.__delitem__(100))

c = bytearray(b"abcdef")
c[::-1] = b"123456"
c[1:3] = [65, 66, 67]
c[1:3] = c
print(c)
c = bytearray(b"stack")
print(c.pop(), c.pop(0), c.pop(-2), c)
c.insert(0, 65)
c.insert(100, 90)
c.insert(-100, 97)
c.remove(ord("t"))
print(c)
attempt("pop empty:", lambda: bytearray().pop())
attempt("pop range:", lambda: bytearray(b"a").pop(5))
attempt("remove missing:", lambda: bytearray(b"a").remove(5))
attempt("remove bytes:", lambda: bytearray(b"a").remove(b"a"))
attempt("append 256:", lambda: bytearray().append(256))
attempt("append str:", lambda: bytearray().append("a"))
attempt("extend int:", lambda: bytearray().extend(5))
attempt("extend str:", lambda: bytearray().extend("ab"))
attempt("append no arg:", lambda: bytearray().append())
d = c.copy()
d.reverse()
c.clear()
print(c, d, d.copy() == d, d.copy() is d)

nums = bytearray(range(5))
total = 0
for x in nums:
    total += x
print(total, list(nums), list(reversed(nums)), sorted(bytearray(b"cab")), max(nums), 3 in nums, b"\x01\x02" in nums)
it = iter(nums)
print(type(it).__name__, next(it), next(it))
nums.append(99)
print(list(it))
print([i for i, x in enumerate(bytearray(b"abc")) if x != 98], dict(zip(b"ab", bytearray(b"xy"))))

class Frame(bytearray):
    def checksum(self):
        return sum(self) % 256

f = Frame(b"\x01\x02\x03")
f.append(4)
print(f, repr(f), f.checksum(), len(f), isinstance(f, bytearray), type(f).__name__)
print(type(f[0:2]).__name__, type(f + b"x").__name__, type(f.upper()).__name__, type(f.copy()).__name__)
print(bytes(f), f == b"\x01\x02\x03\x04", Frame.fromhex("ff 00"), type(Frame.fromhex("ff")).__name__)

class Sized(bytearray):
    def __init__(self, n, fill):
        super().__init__(bytes([fill]) * n)
        self.n = n

s = Sized(3, 120)
print(s, s.n, Sized.__name__)
print(bytearray.fromhex("de ad"), bytearray(b"hello").title(), bytearray(b"a,b").split(b","), bytearray(b"  x ").strip())
print(bytearray(b"abc").decode(), bytearray(b"abc").hex(":"), bytearray(b"x").join([b"1", b"2"]), b".".join([bytearray(b"a"), b"b"]))
print(bytearray(b"abc").find(b"c"), bytearray(b"abc").count(97), bytearray(b"abc").partition(b"b"), bytearray(b"abc").replace(b"b", b"B"))

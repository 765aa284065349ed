# bytearray with operators: concatenation, repetition, comparisons with bytes, membership,
# in-place operators, hashing and mixing with other types.
def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__ + ":", e)

a = bytearray(b"ab")
print(a + b"cd", a + bytearray(b"cd"), b"cd" + a, type(b"cd" + a).__name__, type(a + b"cd").__name__)
print(a * 3, 3 * a, a * 0, a * -2, a, True * a)
attempt("concat str:", lambda: a + "cd")
attempt("str concat:", lambda: "cd" + a)
attempt("concat int:", lambda: a + 1)
attempt("mul str:", lambda: a * "x")
attempt("mul float:", lambda: a * 1.5)
attempt("list plus:", lambda: [1] + a)

buf = bytearray(b"x")
alias = buf
buf += b"yz"
buf += bytearray(b"!")
buf *= 2
print(buf, alias is buf, alias)
buf += buf.copy()
print(buf)
def iadd_str():
    global buf
    buf += "no"
attempt("iadd str:", iadd_str)
def imul_str():
    global buf
    buf *= "no"
attempt("imul str:", imul_str)

x = bytearray(b"abc")
print(x == b"abc", b"abc" == x, x != b"abc", x == bytearray(b"abc"), x == "abc", x == [97, 98, 99], x == 5)
print(x < b"abd", b"abd" > x, x <= bytearray(b"abc"), x >= b"abd", bytearray() < bytearray(b"\x00"), x > b"ab")
attempt("lt str:", lambda: x < "abc")
attempt("gt int:", lambda: x > 1)
print(b"b" in x, 99 in x, bytearray(b"bc") in x, b"" in x, b"ca" in x, 120 in x)
attempt("in str:", lambda: "a" in x)
attempt("in 300:", lambda: 300 in x)
attempt("hash:", lambda: hash(x))
attempt("dict key:", lambda: {x: 1})
attempt("set member:", lambda: {bytearray(b"a")})
print(sorted([bytearray(b"b"), bytearray(b"a")]), max(bytearray(b"a"), bytearray(b"b")), [bytearray(b"q")] * 2)
print(bytearray(b"k") in [b"k"], b"k" in [bytearray(b"k")], [b"a", bytearray(b"a")].count(b"a"))
print(str(bytearray(b"s")), f"{bytearray(b'f')!r}", "%s" % bytearray(b"p"), bytearray(b"a\x00'\"\n"))
print(len(bytearray(10)), bool(bytearray()), bool(bytearray(1)), not bytearray())
print(bytes(bytearray(b"r")) == b"r", bytearray(b"r") is not bytearray(b"r"), list(map(hex, bytearray(b"\x0f\xf0"))))

class Tagged:
    def __radd__(self, other):
        return "Tagged.__radd__ got " + repr(other)
    def __rmul__(self, other):
        return "Tagged.__rmul__ got " + repr(other)

print(bytearray(b"t") + Tagged())
print(bytearray(b"t") * Tagged())

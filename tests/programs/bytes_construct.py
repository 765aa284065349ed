# bytes(): from counts, iterables, strings with encodings, __bytes__, bytearray; and how bytes
# values index, slice, compare and hash.
def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__ + ":", e)

class Packet:
    def __init__(self, kind, payload):
        self.kind = kind
        self.payload = payload

    def __bytes__(self):
        return bytes([self.kind, len(self.payload)]) + self.payload

class Bad:
    def __bytes__(self):
        return 42

class Count:
    def __index__(self):
        return 3

print(bytes(), bytes(4), bytes([72, 105]), bytes(range(65, 70)), bytes((x * 2 for x in range(3))))
print(bytes(b"copy"), bytes(bytearray(b"from array")), bytes(Packet(7, b"hi")), bytes(Count()), bytes(True))
print(bytes("héllo", "utf-8"), bytes("héllo", "latin-1"), bytes("é", "ascii", "replace"), bytes("é", encoding="ascii", errors="ignore"))
print(bytes(source=b"kw"), bytes({1: "a", 2: "b"}))
attempt("str without encoding:", lambda: bytes("abc"))
attempt("encoding without str:", lambda: bytes(b"a", "ascii"))
attempt("errors without str:", lambda: bytes(b"a", errors="strict"))
attempt("only encoding:", lambda: bytes(encoding="ascii"))
attempt("negative:", lambda: bytes(-1))
attempt("out of range:", lambda: bytes([1, 256]))
attempt("not ints:", lambda: bytes(["a"]))
attempt("float:", lambda: bytes(1.5))
attempt("None:", lambda: bytes(None))
attempt("bad __bytes__:", lambda: bytes(Bad()))
attempt("unencodable:", lambda: bytes("é", "ascii"))
attempt("unknown codec:", lambda: bytes("a", "klingon"))
attempt("encoding type:", lambda: bytes("a", 1))
attempt("too many:", lambda: bytes(1, 2, 3, 4))
attempt("bad keyword:", lambda: bytes(x=1))

data = b"\x00\x01abc\xff"
print(data[0], data[-1], data[2:5], data[::-1], data[::2], len(data), list(data[:3]), data[10:])
print(b"abc" == b"abc", b"abc" != b"abd", b"abc" < b"abd", b"ab" < b"abc", b"b" > b"abc", b"" <= b"")
print(b"abc" == "abc", b"abc" == bytearray(b"abc"), bytearray(b"abc") == b"abc", b"abc" < bytearray(b"abd"))
print(hash(b"key") == hash(b"key"), {b"k": 1}[b"k"], b"x" in {b"x", b"y"}, sorted([b"b", b"a", b"ab"]))
print(b"ab" + b"cd", b"ab" * 3, 2 * b"xy", b"ab" + bytearray(b"cd"), type(b"ab" + bytearray(b"cd")).__name__)
print(b"ell" in b"hello", 101 in b"hello", b"" in b"x", [c for c in b"hi"], max(b"hello"), sum(b"\x01\x02"))
print(repr(b"quote'"), repr(b'both\'"'), repr(b"\t\n\r\\"), str(b"x"), f"{b'fmt'}", b"%d" if False else "ok")
n = int.from_bytes(b"\x01\x00", "big")
print(n, n.to_bytes(2, "little"), int.from_bytes(bytearray(b"\x10"), "big"))
print(bytes.__name__, type(b""), isinstance(b"", bytes), isinstance(bytearray(), bytes), issubclass(bytes, object))

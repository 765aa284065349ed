# Type constructors: int, float, str, bool, list, tuple, dict, set, frozenset, bytes, and conversions.
print(int(), int(3.99), int(-3.99), int("42"), int("  -7 "), int("101", 2), int("ff", 16), int("z", 36), int(True))
print(float(), float(3), float("2.5"), float("-1e3"), float("inf"), float("-Infinity"), float(" nan "))
print(str(), str(42), str(3.0), str([1, "a"]), str(None), str(b"x"), str(True))
print(bool(), bool(0), bool(1), bool(""), bool("0"), bool([]), bool([[]]), bool(0.0), bool(None))
print(list(), list("abc"), list((1, 2)), list({"a": 1}), list(range(3)), list({3}))
print(tuple(), tuple([1, 2]), tuple("hi"), tuple(x for x in range(2)))
print(dict(), dict(a=1, b=2), dict([("x", 1), ("y", 2)]), dict({"k": "v"}, extra=0), dict(zip("ab", [1, 2])))
print(set(), set([1, 2, 2, 3]), set("aaa"), sorted(set("hello")), frozenset([1, 1, 2]))
print(bytes(3), bytes([65, 66]), bytes("é", "utf-8"), bytearray(b"ab"), bytes(range(3)))
print(complex(1, 2), complex("3+4j"), int(1e10), int(-0.0), float(10**20))
for bad in ["3.5", "abc", "", "1_", "0x10"]:
    try:
        int(bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    float("one")
except ValueError as e:
    print("ValueError:", e)
try:
    int([1])
except TypeError as e:
    print("TypeError:", e)
try:
    dict([1, 2])
except TypeError as e:
    print("TypeError:", e)
try:
    int(float("inf"))
except OverflowError as e:
    print("OverflowError:", e)
try:
    int(float("nan"))
except ValueError as e:
    print("ValueError:", e)
print(type(int).__name__, type(str()).__name__, int.__name__, isinstance(bool, type))
print(list(map(type, [1, 1.0, "", [], (), {}, set(), None]))[:4])
print(str(1e16), str(1e15), repr(1.10), str(12345.678e3), float("1e500"), float("-1e-500"))
print(int("0b1010", 0), int("0o777", 0), int("0XFF", 0), int("00", 0))

# repr() of built-in values, nested containers, recursive lists, and format()/str.format.
print(repr(1), repr(1.0), repr("s"), repr('q"s'), repr("q's"), repr(None), repr(True))
print(repr([1, [2, [3]]]), repr((1,)), repr(()), repr({1: {2: 3}}), repr({1, 2}), repr(set()))
print(repr(frozenset()), repr(frozenset({1})), repr(range(3)), repr(range(1, 9, 2)), repr(slice(1, 2)))
print(repr(b"\x00a'"), repr(bytearray(b"x")), repr(3 + 0j), repr(-1j), repr(1e100), repr(1e-100))
print(repr(float("inf")), repr(float("-inf")), repr(float("nan")), repr(-0.0), repr(2.0 ** 60))
a = [1, 2]
a.append(a)
print(repr(a))
d = {"self": None}
d["self"] = d
print(d)
print(repr(int), repr(str), repr(ValueError), repr(ValueError("x")), repr(KeyError("k")))
print(repr(print), repr(len))
print(repr(NotImplemented), repr(Ellipsis), repr(...))
print(repr("tab\t"), repr("uni\u00e9"), repr("ctrl\x01"), repr("\\"))
print(format(3.14159, ".2f"), format(10, "05d"), format("ab", ">4"), format([1, 2]), format(None))
print("{} + {} = {}".format(1, 2, 3), "{1}{0}{1}".format("a", "b"), "{x}{y}".format(x=1, y=2))
print("{0[0]} {0[1]} {1[key]} {2.real}".format([10, 20], {"key": "v"}, 3 + 4j))
print("{:>{}}".format("r", 4), "{{}}".format(), "{!r}".format("s"))
class P:
    def __init__(self, x):
        self.x = x
    def __repr__(self):
        return f"P(x={self.x!r})"
print(repr(P("a")), [P(1), P([P(2)])], {P(3): "k"} if False else {"k": P(3)})
print(str([1.0, "a", None]), str(("x",)), str({"a": [1.5]}))
try:
    "{} {}".format(1)
except IndexError as e:
    print("IndexError:", e)
try:
    "{missing}".format()
except KeyError as e:
    print("KeyError:", e)

# print() with sep, end, multiple arguments, no arguments, and objects with __str__.
print()
print("a", "b", "c")
print("a", "b", "c", sep="")
print("a", "b", "c", sep=" | ")
print("no newline", end="")
print(" <- continued", end="!\n")
print(1, 2.5, None, True, [1, "x"], (2,), {"k": None}, sep=";")
print("x", end="")
print()
print(*range(5), sep=", ", end=".\n")
print("multi\nline", "second")
print("", "", sep="-")
print(sep="ignored", end="only end\n")
print("tab", "sep", sep="\t")
print("a", "b", sep=None, end=None)
class Pretty:
    def __str__(self):
        return "Pretty!"
    def __repr__(self):
        return "Pretty()"
print(Pretty(), [Pretty()], (Pretty(),), {"p": Pretty()})
for i in range(3):
    print(i, end=" " if i < 2 else "\n")
print("done", flush=True)
try:
    print("x", sep=5)
except TypeError as e:
    print("TypeError:", e)
print("%d%%" % 50, "50" "%")
print(repr("a\nb"), str("a\nb").count("\n"))
print(-0.0, 1e100, 2**0.5, 10/3, [0.1, 1/3], {0.5: 1e-3})

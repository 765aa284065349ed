# Self-documenting f-strings: f"{x=}", with spaces, conversions and format specs.
x = 42
name = "weft"
items = [1, 2, 3]
print(f"{x=}")
print(f"{name=}")
print(f"{x = }")
print(f"{x=:>5}")
print(f"{x = :>5}")
print(f"{name=!s}")
print(f"{name = !r:^12}")
print(f"{x * 2 + 1=}")
print(f"{items[1:]=}")
print(f"{len(items)=}, {sum(items)=}")
print(f"{3.14159=:.2f}")
print(f"{x=:#x} {x=:08b}")
print(f"{name.upper()=}")
pi = 3.14159
print(f"{pi=}", f"{pi = :.3}", f"{pi=!s:>10}")
d = {"k": "v"}
print(f"{d['k']=}")
print(f"{x==42=}")
print(f"{  x  =}")
print(f"{None=} {True=} {'lit'=}")
class P:
    def __repr__(self):
        return "P()"
    def __str__(self):
        return "p-str"
p = P()
print(f"{p=}", f"{p=!s}", f"{p=:}")

# f-string conversions !r !s !a, and how they interact with __str__, __repr__ and format specs.
class Thing:
    def __str__(self):
        return "Thing-str"
    def __repr__(self):
        return "Thing-repr"
    def __format__(self, spec):
        return f"Thing-format[{spec}]"

t = Thing()
print(f"{t}|{t!s}|{t!r}|{t!a}|{t:spec}|{t!s:>12}|{t!r:*<14}")
s = "café\n"
print(f"{s!r} {s!a} {s!s}")
print(f"{'quote'!r} {42!r} {3.5!r} {None!r} {[1, 'a']!r}")
emoji = "😀"
print(f"{emoji!a} {emoji!r} {'é'!a}")
print(f"{'left'!r:<10}| {'right'!s:>10}|")
print(str(t), repr(t), ascii(t), format(t, "x"), format(t))
print("{} {!r} {!s} {!a}".format(t, t, t, "ü"))
print("{0!r:^16}".format("mid"))
print(f"{b'bytes'!r} {b'bytes'}")

class OnlyRepr:
    def __repr__(self):
        return "<OnlyRepr>"
print(f"{OnlyRepr()} {OnlyRepr()!s} {str(OnlyRepr())}")
class NoFormatSpec:
    def __str__(self):
        return "plain"
try:
    print(f"{NoFormatSpec():>10}")
except TypeError as e:
    print("TypeError:", e)
print(f"{NoFormatSpec()!s:>10}")

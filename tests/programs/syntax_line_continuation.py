# Explicit backslash continuation, implicit continuation inside brackets, and semicolons.
total = 1 + \
        2 + \
        3
print(total)
if total > 5 and \
   total < 10:
    print("in range")
values = [
    1, 2,
    3,
        4,  # odd indentation inside brackets is fine
]
print(values)
result = sum(
    v * 2
    for v in values
)
print(result)
config = {
    "name": "weft",
    "version": (0,
                1),
}
print(config)
def many_params(a,
                b,
                c=3):
    return a + b + c
print(many_params(1,
    2))
x = 1; y = 2; z = x + y; print(x, y, z)
if x: a = 1; b = 2; print("if-line", a, b)
for i in range(2): print("loop", i); print("again", i)
while False: pass
else: print("else on one line")
with_comment = 5  # trailing comment
# a comment line
    # an indented comment line is fine too
print(with_comment)
s = ("abc"
     "def")
chained = "a b c".upper() \
    .split() \
    [::-1]
print(s, chained)
assert total == 6, \
    "message on next line"
def f(): return "one-line def"
class C: attr = "one-line class"
print(f(), C.attr)
long_condition = (x == 1
                  and y == 2
                  or z == 0)
print(long_condition);
lam = lambda: (
    "lambda body in parens"
)
print(lam())

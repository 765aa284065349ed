# Chained comparisons, in / not in, is / is not, and short-circuit of and/or.
x = 5
print(1 < x < 10, 1 < x > 10, 0 <= x <= 5 < 6, 1 == 1 < 2 != 3)
print(10 > x >= 5 == 5.0, 3 < x < 4)

def val(tag, v):
    print("  eval", tag)
    return v
print(val("a", 1) < val("b", 2) < val("c", 0) < val("d", 5))
print(val("a", 5) < val("b", 2) < val("c", 9))

print(3 in [1, 2, 3], 4 not in [1, 2, 3], "ell" in "hello", "z" not in "hello")
print("key" in {"key": 1}, 1 in {"key": 1}, 2 in range(0, 10, 2), 3 in range(0, 10, 2))
print((1, 2) in [(1, 2), (3, 4)], [] in [[]], not 1 in [2])

a = [1, 2]
b = a
c = [1, 2]
print(a is b, a is c, a == c, a is not c, not a is c)
print(None is None, x is not None, type(x) is int, True is not False)

print(0 or "default", "" or None or [], 1 and 2 and 3, 1 and 0 and 3)
print(None and val("never", 1), val("run", 0) or val("also", "yes"))
print(not 0, not "x", not not [])
print(1 < 2 and 2 < 3 or 1 / 0)
print([] == False, 0 == False, 1 == True, 1.0 == 1, "1" == 1)
print(float("nan") == float("nan"), float("inf") > 10**300)
print((1, 2, 3) < (1, 2, 4), (1, 2) < (1, 2, 0), [2] > [1, 9], "B" < "a", "abc" < "abcd")
print({1, 2} < {1, 2, 3}, {1, 2} <= {1, 2}, {1, 2} > {3})
print(max(3, 1 < 2), min("b" > "a", 0))

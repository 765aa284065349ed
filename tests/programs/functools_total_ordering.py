# functools.total_ordering and functools.cmp_to_key.
from functools import total_ordering, cmp_to_key

@total_ordering
class Version:
    def __init__(self, text):
        self.parts = tuple(int(p) for p in text.split("."))

    def __eq__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts == other.parts

    def __lt__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts < other.parts

    def __repr__(self):
        return "v" + ".".join(map(str, self.parts))

vs = [Version(v) for v in ["1.10.0", "1.2.3", "1.2.10", "0.9"]]
print(sorted(vs), max(vs), min(vs))
a, b = Version("1.0"), Version("2.0")
print(a < b, a <= b, a > b, a >= b, a == Version("1.0"), a != b)
print(a.__gt__(5), a.__ge__(5), a.__le__(5))
try:
    a >= 5
except TypeError as exc:
    print("TypeError:", exc)

@total_ordering
class Score:
    def __init__(self, n):
        self.n = n

    def __eq__(self, other):
        return self.n == other.n

    def __gt__(self, other):
        return self.n > other.n

print(Score(1) < Score(2), Score(2) <= Score(2), Score(3) >= Score(4))

@total_ordering
class ByLe:
    def __init__(self, n):
        self.n = n

    def __eq__(self, other):
        return self.n == other.n

    def __le__(self, other):
        return self.n <= other.n

print(ByLe(1) < ByLe(2), ByLe(2) > ByLe(1), ByLe(2) >= ByLe(3))

@total_ordering
class ByGe:
    def __init__(self, n):
        self.n = n

    def __eq__(self, other):
        return self.n == other.n

    def __ge__(self, other):
        return self.n >= other.n

print(ByGe(1) < ByGe(2), ByGe(2) > ByGe(2), ByGe(2) <= ByGe(3))

try:
    @total_ordering
    class Nothing:
        pass
except ValueError as exc:
    print("ValueError:", exc)

# cmp_to_key: old-style comparison functions.
def by_length_then_alpha(x, y):
    if len(x) != len(y):
        return len(x) - len(y)
    return (x > y) - (x < y)

words = ["pear", "fig", "banana", "kiwi", "apple"]
print(sorted(words, key=cmp_to_key(by_length_then_alpha)))
print(sorted([5, 2, 9], key=cmp_to_key(lambda a, b: b - a)))
print(max(words, key=cmp_to_key(by_length_then_alpha)))

def largest_number(nums):
    strs = [str(n) for n in nums]
    strs.sort(key=cmp_to_key(lambda a, b: (b + a > a + b) - (b + a < a + b)))
    return "".join(strs)

print(largest_number([3, 30, 34, 5, 9]))
K = cmp_to_key(lambda a, b: a - b)
print(K(1) < K(2), K(3) == K(3), K(2) >= K(5), K(7).obj)
try:
    K(1) < 2
except TypeError as exc:
    print("TypeError:", exc)

# Word and letter counts with collections.Counter.
from collections import Counter

text = """the quick brown fox jumps over the lazy dog the dog barks
and the fox runs away while the lazy dog sleeps in the sun"""

words = text.split()
counts = Counter(words)
print(counts.most_common(3))
print(counts["the"], counts["dog"], counts["cat"])
print(len(counts), counts.total())
print(isinstance(counts, dict), type(counts).__name__)

# Ties keep first-seen order.
print(Counter("mississippi"))
print(Counter("mississippi").most_common())
print(Counter("abcabcab").most_common(2))

letters = Counter()
for w in words:
    letters.update(w)
top = letters.most_common(5)
for ch, n in top:
    print(f"{ch}: {'*' * n} ({n})")

# Counting with +=, missing keys are zero.
tally = Counter()
for w in ["apple", "pear", "apple", "fig", "apple", "pear"]:
    tally[w] += 1
print(tally)
print("kiwi" in tally, tally["kiwi"], "kiwi" in tally)

# Arithmetic.
a = Counter(a=3, b=1, c=0)
b = Counter(a=1, b=2, d=4)
print(a + b)
print(a - b)
print(b - a)
print(a | b)
print(a & b)
print(+Counter(x=2, y=-1, z=0))
print(-Counter(x=2, y=-1, z=0))

# update / subtract with iterables, mappings and keywords.
c = Counter("aab")
c.update({"a": 10, "z": 1})
c.update(b=5)
print(c)
c.subtract("aaa")
c.subtract({"z": 3})
print(c)
print(sorted(c.elements()))
c += Counter()
print(c)
d = Counter(x=5)
d -= Counter(x=7, y=1)
print(d)
d |= Counter(q=3)
print(d)
d &= Counter(q=1)
print(d)

# Comparisons treat missing counts as zero.
print(Counter(a=1) == Counter(a=1, b=0))
print(Counter(a=1) == {"a": 1}, {"a": 1} == Counter(a=1))
print(Counter(a=1) <= Counter(a=2, b=1), Counter(a=3) < Counter(a=3))
print(Counter(a=2) >= Counter(a=1), Counter(a=2) > Counter(a=2))

# Deleting a missing key is fine; dict methods work.
e = Counter(red=2, blue=1)
del e["green"]
del e["red"]
print(e, list(e.keys()), dict(e))
print(Counter({"x": 1.5, "y": 2}), Counter(), repr(Counter(a=0)))
print(Counter({"a": "text", "b": 1}))
print(Counter(e).copy(), type(e.copy()).__name__)

try:
    Counter.fromkeys("abc")
except NotImplementedError as exc:
    print("NotImplementedError:", exc)
try:
    Counter(1)
except TypeError as exc:
    print("TypeError:", exc)
try:
    Counter(a=3) + {"a": 1}
except TypeError as exc:
    print("TypeError:", exc)
print({"a": 1} | Counter(a=3))

class Tally(Counter):
    pass

t = Tally("hello")
print(t, t.most_common(1), type(t + t).__name__, type(t.copy()).__name__)

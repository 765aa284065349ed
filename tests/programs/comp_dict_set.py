# Dict and set comprehensions, including conditions, nesting and inversion.
words = ["apple", "banana", "avocado", "cherry", "blueberry", "apricot"]
lengths = {w: len(w) for w in words}
print(lengths)
by_letter = {w[0]: [x for x in words if x[0] == w[0]] for w in words}
print(by_letter)
inverted = {v: k for k, v in {"a": 1, "b": 2, "c": 1}.items()}
print(inverted)
squares = {n: n * n for n in range(6) if n % 2 == 0}
print(squares)
print({(i, j): i * j for i in range(3) for j in range(3) if i < j})
print({n % 5 for n in range(20)})
print(sorted({len(w) for w in words}))
print({x for x in [3, 1, 3, 2, 1]} == {1, 2, 3})
letters = sorted({c for w in words for c in w if c in "aeiou"})
print(letters)
counts = {c: "mississippi".count(c) for c in "mississippi"}
print(counts)
print({k: v for k, v in counts.items() if v > 1})
nested = {outer: {inner: outer * inner for inner in range(1, 3)} for outer in range(1, 4)}
print(nested)
print({i: i for i in range(3)} | {5: 5}, dict.fromkeys("ab", 0))
print(type({}).__name__, type({1}).__name__, type({x: x for x in ()}).__name__, type({x for x in ()}).__name__)

# List comprehensions: filters, nesting, multiple for clauses, and their own scope.
nums = list(range(10))
print([n * n for n in nums])
print([n for n in nums if n % 3 == 0])
print([n if n % 2 else -n for n in nums])
print([(x, y) for x in range(3) for y in range(x)])
print([[r * c for c in range(1, 4)] for r in range(1, 4)])
matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print([row[i] for i in range(3) for row in matrix])
print([[row[i] for row in matrix] for i in range(3)])
print([x for row in matrix for x in row if x % 2 if x > 2])
words = ["apple", "Banana", "cherry", "date"]
print([w.upper() for w in words if len(w) > 4])
print([(i, w[0]) for i, w in enumerate(words)])
print([c for c in "hello world" if c not in "lo "])
x = "outer"
print([x for x in "ab"], x)
print([y for y in range(3)])
try:
    print(y)
except NameError as e:
    print("NameError:", e)
print([i * j for i in range(1, 4) if i != 2 for j in range(i, 4) if (i + j) % 2 == 0])
funcs = [lambda a, n=n: a + n for n in range(3)]
print([f(10) for f in funcs])
print([[] for _ in range(3)], [0] * 3)
print([len(s) for s in words], sum([len(s) for s in words]))

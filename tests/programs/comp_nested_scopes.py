# Comprehension scoping: closures over comprehension variables, nested comprehensions, walrus inside.
def make_table(n):
    return [[f"{r}x{c}={r * c}" for c in range(1, n + 1)] for r in range(1, n + 1)]

for row in make_table(3):
    print(" ".join(row))

# each comprehension has its own scope
funcs = [lambda: i for i in range(3)]
print([f() for f in funcs])

def outer():
    base = 10
    return [base + i for i in range(3)]
print(outer())

class Holder:
    factor = 3
    values = [1, 2, 3]
    scaled = [v for v in values]
print(Holder.scaled)

# walrus binds in the enclosing scope
data = [5, 12, 7, 20, 3]
big = [y for x in data if (y := x * 2) > 15]
print(big, y)
running = 0
partials = [running := running + x for x in data]
print(partials, running)

# nested comprehension using an outer comprehension variable
print([[x for x in range(row)] for row in range(4)])
print({k: [v * k for v in range(3)] for k in (1, 2)})
flat = [cell for row in [[1, 2], [3], []] for cell in row]
print(flat)
transpose = [list(col) for col in zip(*[[1, 2, 3], [4, 5, 6]])]
print(transpose)
print([(a, b, c) for a in range(1, 20) for b in range(a, 20) for c in range(b, 20) if a * a + b * b == c * c])

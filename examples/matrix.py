# matrix.py -- a small matrix class with operator overloading.
#
# Shows: special methods for operators (+, -, *, @, ==, unary -),
# __getitem__ with tuple indices, __repr__, classmethods, and zip(*rows).


class Matrix:
    def __init__(self, rows):
        self.rows = [list(r) for r in rows]
        if len({len(r) for r in self.rows}) != 1:
            raise ValueError("all rows must have the same length")

    @classmethod
    def identity(cls, n):
        return cls([[1 if i == j else 0 for j in range(n)] for i in range(n)])

    @property
    def shape(self):
        return len(self.rows), len(self.rows[0])

    def __getitem__(self, index):          # m[i, j]
        i, j = index
        return self.rows[i][j]

    def __add__(self, other):
        return Matrix([[a + b for a, b in zip(r, s)] for r, s in zip(self.rows, other.rows)])

    def __neg__(self):
        return self * -1

    def __sub__(self, other):
        return self + (-other)

    def __mul__(self, scalar):             # m * 3
        return Matrix([[a * scalar for a in r] for r in self.rows])

    __rmul__ = __mul__                     # 3 * m

    def __matmul__(self, other):           # m @ n, the matrix product
        if self.shape[1] != other.shape[0]:
            raise ValueError(f"cannot multiply {self.shape} by {other.shape}")
        columns = list(zip(*other.rows))
        return Matrix([[sum(a * b for a, b in zip(row, col)) for col in columns] for row in self.rows])

    def __eq__(self, other):
        return isinstance(other, Matrix) and self.rows == other.rows

    def transpose(self):
        return Matrix(zip(*self.rows))

    def __repr__(self):
        width = max(len(str(x)) for row in self.rows for x in row)
        return "\n".join("| " + " ".join(f"{x:>{width}}" for x in row) + " |" for row in self.rows)


a = Matrix([[1, 2, 3], [4, 5, 6]])
b = Matrix([[7, 8], [9, 10], [11, 12]])
print("a =", a, sep="\n")
print("a @ b =", a @ b, sep="\n")
print("2 * a - a =", 2 * a - a, sep="\n")
print("a transposed =", a.transpose(), sep="\n")
print("shape", a.shape, "| a[1, 2] =", a[1, 2])
print("a @ I == a:", a @ Matrix.identity(3) == a)

# Fibonacci numbers from powers of [[1, 1], [1, 0]]
f = Matrix([[1, 1], [1, 0]])
power = Matrix.identity(2)
for _ in range(50):
    power = power @ f
print("fib(50) =", power[0, 1])

try:
    a @ a
except ValueError as e:
    print("error:", e)

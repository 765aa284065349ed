# Augmented assignment with every operator on ints, floats and sets.
x = 17
x += 3; print("+=", x)
x -= 5; print("-=", x)
x *= 4; print("*=", x)
x /= 8; print("/=", x)
x = 17
x //= 5; print("//=", x)
x = 17
x %= 5; print("%=", x)
x **= 5; print("**=", x)
x >>= 2; print(">>=", x)
x <<= 3; print("<<=", x)
x &= 0b111100; print("&=", x)
x |= 0b1; print("|=", x)
x ^= 0xFF; print("^=", x)

class Vec:
    def __init__(self, a, b):
        self.a, self.b = a, b
    def __matmul__(self, other):
        return self.a * other.a + self.b * other.b
    def __repr__(self):
        return f"Vec({self.a}, {self.b})"

v = Vec(1, 2)
v @= Vec(3, 4)
print("@=", v)

f = 2.5
f *= 2; f -= 0.5; f **= 2
print("float", f)
f //= 3; print("float //=", f)
f = -7.5
f %= 2; print("float %=", f)

s = {1, 2, 3}
s |= {4}; print(sorted(s))
s &= {2, 3, 4, 5}; print(sorted(s))
s ^= {3, 9}; print(sorted(s))
s -= {9}; print(sorted(s))

neg = -17
neg //= 5; print("neg //=", neg)
neg = -17
neg %= 5; print("neg %=", neg)

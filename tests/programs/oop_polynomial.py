# A Polynomial class: __call__ evaluates, + - * operators, __str__ pretty printing, derivative, equality.
class Polynomial:
    def __init__(self, *coeffs):
        # coeffs[i] is the coefficient of x**i
        coeffs = list(coeffs)
        while len(coeffs) > 1 and coeffs[-1] == 0:
            coeffs.pop()
        self.coeffs = coeffs or [0]

    @property
    def degree(self):
        return len(self.coeffs) - 1

    def __call__(self, x):
        result = 0
        for c in reversed(self.coeffs):
            result = result * x + c
        return result

    def __add__(self, other):
        n = max(len(self.coeffs), len(other.coeffs))
        a = self.coeffs + [0] * (n - len(self.coeffs))
        b = other.coeffs + [0] * (n - len(other.coeffs))
        return Polynomial(*(x + y for x, y in zip(a, b)))

    def __neg__(self):
        return Polynomial(*(-c for c in self.coeffs))

    def __sub__(self, other):
        return self + -other

    def __mul__(self, other):
        if not isinstance(other, Polynomial):
            other = Polynomial(other)
        out = [0] * (len(self.coeffs) + len(other.coeffs) - 1)
        for i, a in enumerate(self.coeffs):
            for j, b in enumerate(other.coeffs):
                out[i + j] += a * b
        return Polynomial(*out)

    __rmul__ = __mul__

    def __pow__(self, n):
        result = Polynomial(1)
        for _ in range(n):
            result = result * self
        return result

    def derivative(self):
        return Polynomial(*(i * c for i, c in enumerate(self.coeffs) if i)) if self.degree else Polynomial(0)

    def __eq__(self, other):
        return isinstance(other, Polynomial) and self.coeffs == other.coeffs

    def __str__(self):
        terms = []
        for i in range(self.degree, -1, -1):
            c = self.coeffs[i]
            if c == 0 and self.degree:
                continue
            sign = "-" if c < 0 else "+"
            mag = abs(c)
            body = ("" if mag == 1 and i else str(mag)) + ("x" if i else "") + (f"^{i}" if i > 1 else "")
            terms.append((sign, body))
        first_sign, first = terms[0]
        return ("-" if first_sign == "-" else "") + first + "".join(f" {s} {t}" for s, t in terms[1:])

    def __repr__(self):
        return f"Polynomial{tuple(self.coeffs)}"

p = Polynomial(-1, 0, 2)      # 2x^2 - 1
q = Polynomial(3, 1)          # x + 3
print(p, "|", q, "|", p + q, "|", p - q, "|", p * q, "|", 2 * q)
print([p(x) for x in range(-2, 3)], q(0.5), p.degree, (p * q).degree)
print((q ** 5), "|", (q ** 5).derivative())
print(Polynomial(1, 1) ** 2 == Polynomial(1, 2, 1), repr(p - p), str(p - p), Polynomial(0, -1))
binomial = Polynomial(1, 1) ** 10
print(binomial.coeffs, binomial(1) == 2 ** 10)

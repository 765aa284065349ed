# Big-integer arithmetic: digits of pi (Machin's formula), e by series, and sqrt(2) with integer sqrt.
def arctan_inv(x, digits):
    """arctan(1/x) scaled by 10**digits, with guard digits."""
    scale = 10 ** (digits + 10)
    total = term = scale // x
    x2 = x * x
    n = 1
    sign = -1
    while term:
        term //= x2
        total += sign * (term // (2 * n + 1))
        sign = -sign
        n += 1
    return total

def pi_digits(digits):
    pi = 4 * (4 * arctan_inv(5, digits) - arctan_inv(239, digits))
    return str(pi // 10 ** 10)

def e_digits(digits):
    scale = 10 ** (digits + 10)
    total, term, n = 0, scale, 0
    while term:
        total += term
        n += 1
        term //= n
    return str(total // 10 ** 10)

def isqrt(n):
    x = n
    y = (x + 1) // 2
    while y < x:
        x = y
        y = (x + n // x) // 2
    return x

p = pi_digits(100)
print(p[0] + "." + p[1:])
e = e_digits(60)
print(e[0] + "." + e[1:])
r2 = str(isqrt(2 * 10 ** 120))
print(r2[0] + "." + r2[1:])
print("digit counts in pi:", {d: p.count(d) for d in "0123456789"})
print(p[:10] == "3141592653", e[:6] == "271828", len(p))

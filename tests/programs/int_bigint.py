# Arbitrary-precision integers: powers, factorials, mixing with small ints, division and conversion.
print(2 ** 100)
print(2 ** 64 - 1, -(2 ** 63), 2 ** 63 - 1 + 1)
print(9223372036854775807 + 1, -9223372036854775808 - 1, 3037000500 * 3037000500)
print(10 ** 30 // 7, 10 ** 30 % 7, -(10 ** 30) // 7, divmod(-(10 ** 25), 10 ** 12))

def factorial(n):
    result = 1
    for k in range(2, n + 1):
        result *= k
    return result

print(factorial(20), factorial(21), factorial(25))
f50 = factorial(50)
print(f50)
print(len(str(f50)), sum(int(d) for d in str(f50)), str(f50).count("0"))
print(f50 // factorial(48), f50 % 1000003, f50 == factorial(50))
big = 3 ** 200
print(big.bit_length(), big % 10 ** 10, hex(big)[:20], big > 10 ** 95)
print(int(str(big)) == big, int("9" * 40) + 1)
print((2 ** 100) / (2 ** 99), 2 ** 100 / 3, float(2 ** 100), int(1e20) == 10 ** 20)
print(-(2 ** 100) >> 90, (2 ** 100) >> 90, (1 << 100) | 1, (2 ** 100 - 1) & 0xFFFF)
print(abs(-(10 ** 40)), pow(10, 40, 97), (10 ** 40).bit_count(), bin(2 ** 70).count("0"))
def fib(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a
print(fib(100), fib(300))
print(sorted([2 ** 70, -(2 ** 70), 5, 2 ** 64]), max(2 ** 65, 2.0 ** 66))
print(2 ** 100 == 2.0 ** 100, 2 ** 100 + 1 == 2.0 ** 100, 2 ** 53 + 1 > 2.0 ** 53)
print(f"{2 ** 100:,}", f"{2 ** 70:x}", f"{-(2 ** 70):e}")
try:
    float(10 ** 400)
except OverflowError as e:
    print("OverflowError:", e)
print(10 ** 400 // 10 ** 399, hash(2 ** 100) == hash(2 ** 100))

# Converting integers between bases by hand, including negatives, big numbers and validation.
DIGITS = "0123456789abcdefghijklmnopqrstuvwxyz"

def to_base(n, base):
    if not 2 <= base <= 36:
        raise ValueError(f"base must be in 2..36, got {base}")
    if n == 0:
        return "0"
    sign = "-" if n < 0 else ""
    n = abs(n)
    out = []
    while n:
        n, rem = divmod(n, base)
        out.append(DIGITS[rem])
    return sign + "".join(reversed(out))

def from_base(text, base):
    text = text.strip().lower()
    sign = -1 if text.startswith("-") else 1
    total = 0
    for ch in text.lstrip("-"):
        value = DIGITS.find(ch)
        if not 0 <= value < base:
            raise ValueError(f"invalid digit {ch!r} for base {base}")
        total = total * base + value
    return sign * total

for n in [0, 5, 255, -255, 1000, 2 ** 64]:
    row = [to_base(n, b) for b in (2, 8, 16, 36)]
    print(f"{n:>22}", row)
    assert all(from_base(s, b) == n for s, b in zip(row, (2, 8, 16, 36)))
    assert row[1:3] == [oct(n).replace("0o", ""), hex(n).replace("0x", "")]
print(from_base("ff", 16), from_base("-777", 8), from_base("weft", 36), int("weft", 36))
for bad in [("12", 2), ("g", 16)]:
    try:
        from_base(*bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    to_base(10, 1)
except ValueError as e:
    print("ValueError:", e)

def to_bijective_letters(n):
    """Spreadsheet column names: 1 -> A, 26 -> Z, 27 -> AA."""
    out = ""
    while n > 0:
        n, rem = divmod(n - 1, 26)
        out = chr(65 + rem) + out
    return out
print([to_bijective_letters(n) for n in (1, 2, 26, 27, 52, 53, 702, 703, 16384)])

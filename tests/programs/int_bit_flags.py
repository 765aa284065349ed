# Permission bit flags with every shifting and bitwise augmented operator, and hex/octal/binary literals.
READ, WRITE, EXEC = 0b100, 0b010, 0b001
FLAGS = {"r": READ, "w": WRITE, "x": EXEC}

def parse_mode(text):
    mode = 0o000
    for i, part in enumerate((text[0:3], text[3:6], text[6:9])):
        bits = 0
        for ch in part:
            if ch != "-":
                bits |= FLAGS[ch]
        mode <<= 3
        mode |= bits
    return mode

def render(mode):
    out = ""
    for shift in (6, 3, 0):
        bits = (mode >> shift) & 0o7
        out += "".join(ch if bits & FLAGS[ch] else "-" for ch in "rwx")
    return out

for text in ["rwxr-xr-x", "rw-r-----", "---------", "rwxrwxrwx"]:
    mode = parse_mode(text)
    print(f"{text} -> {mode:#o} {mode:#011b} {mode:#x} -> {render(mode)}")

mode = 0o644
mode |= 0o100        # owner may execute
mode &= ~0o044       # nobody else may read
mode ^= 0o002        # toggle write for others
print(f"{mode:o} {render(mode)}")
mask = 0xFF
mask >>= 4
mask <<= 8
mask ^= 0x0F0F
print(hex(mask), bin(mask), oct(mask))
value = 0b1011_0110
count = 0
while value:
    value &= value - 1   # clear the lowest set bit
    count += 1
print("bits set:", count, (0b1011_0110).bit_count())
gray = [n ^ (n >> 1) for n in range(8)]
print([f"{g:03b}" for g in gray])
reg = 1
for _ in range(70):
    reg <<= 1
reg >>= 60
print(reg, reg == 2 ** 10, -1 >> 5, -16 >> 2, 1 << 64)

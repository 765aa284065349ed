# chr, ord, hex, oct, bin, format with these bases, and int() round trips.
print(chr(65), chr(97), chr(8364), chr(0x1F600) == "\U0001F600", ord("A"), ord("€"), ord("\n"))
print([chr(c) for c in range(ord("a"), ord("f"))])
print("".join(chr(ord(c) + 1) for c in "HAL"))
print(hex(255), hex(-255), hex(0), oct(8), oct(-8), bin(5), bin(-5), bin(0))
print(hex(2**64), bin(2**10), oct(2**20))
for n in [0, 1, 10, 255, 4096]:
    print(f"{n:>5} {bin(n):>15} {oct(n):>7} {hex(n):>6} {n:08b}")
print(int(hex(1234), 16), int(oct(1234), 8), int(bin(1234), 2))
print(format(255, "x"), format(255, "#X"), format(-255, "b"), format(65, "c"))
try:
    chr(-1)
except ValueError as e:
    print("ValueError:", e)
try:
    chr(0x110000)
except ValueError as e:
    print("ValueError:", e)
try:
    ord("ab")
except TypeError as e:
    print("TypeError:", e)
try:
    hex(1.5)
except TypeError as e:
    print("TypeError:", e)
def caesar(text, shift):
    out = []
    for ch in text:
        if ch.isalpha():
            base = ord("A") if ch.isupper() else ord("a")
            out.append(chr((ord(ch) - base + shift) % 26 + base))
        else:
            out.append(ch)
    return "".join(out)
secret = caesar("Hello, World!", 3)
print(secret, caesar(secret, -3))
print(ord(b"A"), bytes([ord(c) for c in "hi"]), list("hi".encode()))
print((255).to_bytes(2, "big"), int.from_bytes(b"\x01\x00", "little"), (1024).to_bytes(2, "little"))

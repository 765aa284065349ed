# Classical ciphers: Caesar with str.maketrans, Vigenère with modular arithmetic, and a frequency crack.
import sys
LOWER = "abcdefghijklmnopqrstuvwxyz"
UPPER = LOWER.upper()

def caesar(text, shift):
    shift %= 26
    table = str.maketrans(LOWER + UPPER, LOWER[shift:] + LOWER[:shift] + UPPER[shift:] + UPPER[:shift])
    return text.translate(table)

def vigenere(text, key, decrypt=False):
    out, k = [], 0
    for ch in text:
        if ch.isalpha():
            base = ord("A") if ch.isupper() else ord("a")
            shift = ord(key[k % len(key)].lower()) - ord("a")
            if decrypt:
                shift = -shift
            out.append(chr((ord(ch) - base + shift) % 26 + base))
            k += 1
        else:
            out.append(ch)
    return "".join(out)

def crack_caesar(cipher):
    def score(text):
        common = "etaoinshr"
        return sum(text.lower().count(c) * (len(common) - i) for i, c in enumerate(common))
    best = max(range(26), key=lambda s: score(caesar(cipher, -s)))
    return best, caesar(cipher, -best)

msg = "Attack at Dawn! Meet me near the old oak tree at seven."
for s in (1, 13, 25, -3):
    print(f"caesar {s:>3}: {caesar(msg, s)}")
print("rot13 twice:", caesar(caesar(msg, 13), 13) == msg)
enc = vigenere(msg, "lemon")
print("vigenere:", enc)
print("decrypted:", vigenere(enc, "LEMON", decrypt=True))
shift, plain = crack_caesar(caesar(msg, 7))
print("cracked shift", shift, "->", plain)
print(sys.getrecursionlimit() >= 1000)
